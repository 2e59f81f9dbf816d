"""What a refused or failed action means, in the interface's language. The services raise
one-line English errors (for the command line and the logs); the screens show these instead:
a service's core.messages.Message through its translated template, the service's own line
for anything else not listed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from station_app.core.messages import Message
from station_app.storage.transaction import DatabaseBusy, is_busy


def explain(exc: BaseException) -> str:
    # imported here, when an error is explained: opening the window needs neither service
    from station_app.services.intake import AlreadyCollected
    from station_app.services.operators import NotAllowed
    from station_app.services.queue import DeskBusy, InvalidAction, ScanError, TicketNotFound

    if isinstance(exc, NotAllowed):
        return QCoreApplication.translate("messages", "Your role may not do this; the attempt was recorded.")
    if isinstance(exc, ScanError) and exc.args and isinstance(exc.args[0], Message):
        return translated(exc.args[0])  # neither a letter nor a ticket
    if isinstance(exc, ScanError):
        return QCoreApplication.translate("messages", "This code is not an invitation letter or ticket of this station: "
                             "nothing was changed.")
    if isinstance(exc, TicketNotFound):
        return QCoreApplication.translate("messages", "No such ticket today at this station.")
    if isinstance(exc, DeskBusy):
        return QCoreApplication.translate("messages", "This desk is still serving a ticket: finish, return or transfer "
                             "it first.")
    if isinstance(exc, InvalidAction):
        return QCoreApplication.translate("messages", "That cannot be done to this ticket now (%1).").replace(
            "%1", translated(exc.args[0], sentence=False))
    if isinstance(exc, AlreadyCollected):
        return QCoreApplication.translate("messages", "Already collected: %1").replace(
            "%1", translated(exc.args[0]))
    if is_busy(exc):  # the write lock did not come within the busy timeout
        return translated(DatabaseBusy().args[0])
    if exc.args and isinstance(exc.args[0], Message):
        return translated(exc.args[0])
    return " ".join(str(exc).split()) or type(exc).__name__


def translated(text: str, sentence: bool = True) -> str:
    """A Message in the interface language (its values translated in turn), as a sentence
    (the services' lines start in lower case, as command-line errors do); other text as is."""
    if not isinstance(text, Message):
        return text
    values = {key: translated(value, False) for key, value in text.values.items()}
    template = QCoreApplication.translate("messages", text.template)
    if sentence and template[:1].islower():  # not when it starts with a value: a file name
        template = template[:1].upper() + template[1:]
    return template.format(**values)

"""Messages a person reads, such as why a roster row was rejected: the English text, carrying
its template and values, so that the interface can show it in Vietnamese
(``station_app.ui.messages.translated``) while the command line and JSON keep the English.

Write ``Message("gender '{value}' is not Nam/Nữ", value=raw)`` with a literal template:
build/update_translations.py collects the templates from the source."""

from __future__ import annotations

__all__ = ["Message", "joined"]


class Message(str):
    template: str
    values: dict

    def __new__(cls, template: str, **values) -> Message:
        text = super().__new__(cls, template.format(**values))
        text.template = template
        text.values = values
        return text

    def __getnewargs_ex__(self):  # pickled through the roster-import worker's pipe
        return (self.template,), self.values


def joined(messages: list[str], separator: str = "; ") -> str:
    """Several messages as one, each still translatable."""
    if len(messages) == 1:
        return messages[0]
    values = {f"m{i}": m for i, m in enumerate(messages)}
    return Message(separator.join(f"{{{key}}}" for key in values), **values)

"""The keys of a screen, set when it is built (issue 23). Tab leaves every read-only table
(arrows move within it; Tab moving cell by cell kept the focus there for good). Alt keys: every
button of a screen gets one. A button whose text names no Alt key
(no '&') and shows no key of its own ("Call next (F5)", "1  Collected") is given the first
plain letter of its text that no menu and no other button of the screen uses, when the screen
is built; so a screen added later has its keys without anyone choosing them."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QMenuBar, QWidget

# a key shown on the button itself: "Call next (F5)", "1  Collected", "Transfer (Ctrl+T)"
SHOWN_KEY = re.compile(r"\((?:F\d+|Ctrl\+\w+|Esc|Enter)\)|^\d\s|\bF\d+\b")


def mnemonic(text: str) -> str | None:
    """The letter after a single '&' (Alt + that letter presses the button)."""
    found = re.search(r"(?<!&)&([^&\s])", text)
    return found.group(1).lower() if found else None


def with_alt_key(text: str, taken: set[str]) -> str:
    """``text`` with '&' before its first plain letter (a-z: one a keyboard has, not 'ư') not
    in ``taken``, which it joins; ``text`` as it is when every letter is taken."""
    for at, char in enumerate(text):
        letter = char.lower()
        if "a" <= letter <= "z" and letter not in taken:
            taken.add(letter)
            return text[:at] + "&" + text[at:]
    return text


def menu_letters(bar: QMenuBar) -> set[str]:
    return {mnemonic(action.text()) for action in bar.actions()} - {None}


def give_alt_keys(widget: QWidget, reserved: set[str]) -> None:
    buttons = [b for b in widget.findChildren(QAbstractButton) if b.text()]
    taken = set(reserved) | ({mnemonic(b.text()) for b in buttons} - {None})
    for button in buttons:
        text = button.text()
        if mnemonic(text) is None and not SHOWN_KEY.search(text):
            button.setText(with_alt_key(text.replace("&&", "&").replace("&", "&&"), taken))


def prepare_keys(screen: QWidget, reserved: set[str]) -> None:
    for view in screen.findChildren(QAbstractItemView):
        if view.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers:
            view.setTabKeyNavigation(False)
    give_alt_keys(screen, reserved)

"""Numbers in the interface's language (core/numbers.py's forms), for the screens."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from station_app.core.numbers import show_decimal, show_number, show_size


def language() -> str:
    """'vi' or 'en', as install_translators set the default locale."""
    return "vi" if QLocale().language() == QLocale.Language.Vietnamese else "en"


def number(value: float | None) -> str:
    return show_number(value, language())


def decimal(value: float | None, places: int = 1) -> str:
    return show_decimal(value, language(), places)


def size(value: int) -> str:
    return show_size(value, language())

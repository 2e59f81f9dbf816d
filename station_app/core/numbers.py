"""Numbers as a person reads them, in one form per language (issue 23): Vietnamese groups
thousands with '.' and writes decimals with ',' (6.835 people, 1,9 a day); English the other
way round (6,835 and 1.9). Screens, PDFs and messages for people use these; what a program
reads (``--json``, stored data) keeps plain numbers."""

from __future__ import annotations

__all__ = ["show_number", "show_decimal", "show_size", "day_bar_share"]

_SEPARATORS = {"vi": (".", ","), "en": (",", ".")}  # (thousands, decimal)


def _swap(text: str, language: str) -> str:
    thousands, point = _SEPARATORS[language]
    return text.translate(str.maketrans({",": thousands, ".": point}))


def show_number(value: float | None, language: str) -> str:
    """A whole number with its thousands grouped (a float is rounded); '–' for None."""
    if value is None:
        return "–"
    return _swap(f"{round(value):,}", language)


def show_decimal(value: float | None, language: str, places: int = 1) -> str:
    """A number with ``places`` decimals (1.9, or 2.0: a rate keeps its decimal); '–' for
    None."""
    if value is None:
        return "–"
    return _swap(f"{value:,.{places}f}", language)


def show_size(size: int, language: str) -> str:
    """A file's size as a file manager shows it: KB up to a megabyte (rounded up, as a file
    of a few bytes still takes room), then MB and GB with one decimal."""
    if size < 1000 ** 2:
        return f"{show_number(-(-size // 1000), language)} KB"
    if size < 1000 ** 3:
        return f"{show_decimal(size / 1000 ** 2, language)} MB"
    return f"{show_decimal(size / 1000 ** 3, language)} GB"


def day_bar_share(days: int, span: int) -> float:
    """How much of its day's place a bar of the daily intake chart takes (the dashboard's and
    the report's, which hold ``span`` days): a bar is as wide on the campaign's first days as
    once the chart is full (one bar spread over the whole chart read as a band)."""
    return 0.8 * min(1.0, days / span)

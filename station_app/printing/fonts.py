"""Fonts for printed documents: Liberation Serif (metric-compatible with Times New Roman, every
Vietnamese glyph, SIL Open Font License) and Liberation Sans, embedded in every PDF so the text
prints and copies out intact. Register once with ``register_fonts()``; then use the names
SERIF, SERIF_BOLD, SERIF_ITALIC, SERIF_BOLD_ITALIC, SANS, SANS_BOLD."""

from __future__ import annotations

from functools import cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from station_app.resources import resource_path

__all__ = ["register_fonts", "SERIF", "SERIF_BOLD", "SERIF_ITALIC", "SERIF_BOLD_ITALIC",
           "SANS", "SANS_BOLD"]

SERIF, SERIF_BOLD, SERIF_ITALIC, SERIF_BOLD_ITALIC = (
    "VNSerif", "VNSerif-Bold", "VNSerif-Italic", "VNSerif-BoldItalic")
SANS, SANS_BOLD = "VNSans", "VNSans-Bold"

_FILES = {
    SERIF: "LiberationSerif-Regular.ttf",
    SERIF_BOLD: "LiberationSerif-Bold.ttf",
    SERIF_ITALIC: "LiberationSerif-Italic.ttf",
    SERIF_BOLD_ITALIC: "LiberationSerif-BoldItalic.ttf",
    SANS: "LiberationSans-Regular.ttf",
    SANS_BOLD: "LiberationSans-Bold.ttf",
}


@cache
def register_fonts() -> None:
    for name, filename in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", filename))))
    addMapping(SERIF, 0, 0, SERIF)
    addMapping(SERIF, 1, 0, SERIF_BOLD)
    addMapping(SERIF, 0, 1, SERIF_ITALIC)
    addMapping(SERIF, 1, 1, SERIF_BOLD_ITALIC)
    addMapping(SANS, 0, 0, SANS)
    addMapping(SANS, 1, 0, SANS_BOLD)

"""The fonts of a PDF the product writes, read with pypdf as `pdffonts` lists them: every font of
every page (and of the forms a page draws) must carry its font program (FontFile, FontFile2 or
FontFile3 in its descriptor). A base-14 font such as Helvetica has no descriptor at all: a viewer
or printer substitutes whatever it has, and Vietnamese text may come out wrong."""

from __future__ import annotations

from pypdf import PdfReader

_PROGRAMS = ("/FontFile", "/FontFile2", "/FontFile3")


def _fonts(resources, seen: set) -> list:
    """The font dictionaries of ``resources``, and of the form XObjects it holds."""
    if resources is None:
        return []
    resources = resources.get_object()
    found = [f.get_object() for f in (resources.get("/Font") or {}).values()]
    for xobject in (resources.get("/XObject") or {}).values():
        ref = getattr(xobject, "idnum", None)  # a form drawn by several pages, or by itself
        if ref in seen:
            continue
        seen.add(ref)
        form = xobject.get_object()
        if form.get("/Subtype") == "/Form":
            found += _fonts(form.get("/Resources"), seen)
    return found


def fonts_not_embedded(path) -> list[str]:
    """The names of the fonts used by ``path`` whose program is not in the file (none: [])."""
    missing, count = [], 0
    for page in PdfReader(path).pages:
        for font in _fonts(page.get("/Resources"), set()):
            for part in font.get("/DescendantFonts") or [font]:
                part = part.get_object()
                count += 1
                descriptor = part.get("/FontDescriptor")
                if descriptor is None or not any(k in descriptor.get_object() for k in _PROGRAMS):
                    missing.append(str(part.get("/BaseFont")))
    assert count, f"{path}: no font at all"
    return sorted(set(missing))

"""A ticket's PDF as a picture, for printers that cannot take the PDF itself: a thermal printer
with no driver gets it as raw ESC/POS raster graphics (its code page cannot be trusted with
Vietnamese, a picture can), and a system printer gets it drawn on its page.

ESC/POS connections are written as text (a setting of the ticket table's laptop):
``file:/dev/usb/lp0`` (a printer the system shows as a device file), ``net:HOST[:PORT]``
(port 9100 by default), ``usb:VID:PID`` (needs pyusb), ``serial:PORT``.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pypdfium2
from PIL import Image

from station_app.core.messages import Message

__all__ = ["THERMAL_DPI", "DOTS", "rasterize_pdf", "thermal_image", "print_escpos",
           "open_escpos", "PrinterFailed"]

THERMAL_DPI = 203.2  # 8 dots a millimetre
DOTS = {"58": 384, "80": 576}  # printable width of the roll, in dots


class PrinterFailed(OSError):
    """The printer could not be reached or refused the job (one line, for the user)."""


def rasterize_pdf(pdf: str | Path, dpi: float) -> Image.Image:
    """The first page of ``pdf`` as a greyscale picture at ``dpi``."""
    document = pypdfium2.PdfDocument(str(pdf))
    try:
        page = document[0]
        bitmap = page.render(scale=dpi / 72, grayscale=True)
        image = bitmap.to_pil().convert("L")
        page.close()
    finally:
        document.close()
    return image


def thermal_image(pdf: str | Path, paper: str) -> Image.Image:
    """The ticket at the printer's 8 dots/mm, its width fitted to the roll's printable dots
    (the PDF's side margins are cut off, never the ticket), in black and white."""
    width = DOTS[str(paper)]
    image = rasterize_pdf(pdf, THERMAL_DPI)
    if image.width > width:
        left = (image.width - width) // 2
        image = image.crop((left, 0, left + width, image.height))
    elif image.width < width:
        canvas = Image.new("L", (width, image.height), 255)
        canvas.paste(image, ((width - image.width) // 2, 0))
        image = canvas
    return image.point(lambda v: 0 if v < 160 else 255, mode="1")


def open_escpos(target: str):
    """A python-escpos printer for a connection text (see the module's docstring)."""
    from escpos import printer

    kind, _, rest = target.strip().partition(":")
    kind = kind.lower()
    needed = {"usb": ("usb", "pyusb"), "serial": ("serial", "pyserial")}.get(kind)
    if needed and rest and importlib.util.find_spec(needed[0]) is None:
        # an optional dependency (the "printers" extra): said here, not as escpos's RuntimeError
        raise PrinterFailed(Message(
            "a thermal printer on {kind}: needs {package}, which is not installed on this "
            "laptop: pip install \"station-app[printers]\" (or use a file: or net: printer)",
            kind=kind, package=needed[1]))
    if kind == "file" and rest:
        return printer.File(devfile=rest)
    if kind == "net" and rest:
        host, _, port = rest.partition(":")
        return printer.Network(host=host, port=int(port or 9100), timeout=5)
    if kind == "usb" and rest:
        vid, _, pid = rest.partition(":")
        return printer.Usb(int(vid, 16), int(pid, 16))
    if kind == "serial" and rest:
        return printer.Serial(devfile=rest)
    raise PrinterFailed(f"unknown ESC/POS connection '{target}': use file:/dev/usb/lp0, "
                        "net:HOST[:PORT], usb:VID:PID or serial:PORT")


def print_escpos(pdf: str | Path, paper: str, target: str) -> None:
    """Send the ticket to a thermal printer as a raster picture (GS v 0), then cut."""
    image = thermal_image(pdf, paper)
    device = open_escpos(target)
    device.profile.profile_data.setdefault("media", {})["width"] = {
        "mm": int(paper) - 10, "pixels": image.width}
    try:
        device.image(image, impl="bitImageRaster")
        device.cut()
    except PrinterFailed:
        raise
    except Exception as exc:  # every driver error ends as one line for the user
        reason = " ".join(str(exc).split()) or type(exc).__name__
        raise PrinterFailed(f"the thermal printer ({target}) failed: {reason}") from None
    finally:
        try:
            device.close()
        except Exception:
            pass

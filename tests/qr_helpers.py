"""Reading the QR codes the station prints, as a scanner set to QR codes reads them.

zxing-cpp 3 counts Micro QR and rMQR as QR codes too: a Micro QR code needs one finder pattern
and its smallest size holds a few digits with no error correction, so a few dark modules in a
page (inside a printed QR code, or in text) can read as one ('8143' once, beside a letter's
code). The station prints only ordinary (model 2) QR codes, so only those are read.
"""

from __future__ import annotations

import zxingcpp

# zxing-cpp 2.x has no QRCodeModel2: there QRCode is model 2 alone
QR_MODEL_2 = getattr(zxingcpp.BarcodeFormat, "QRCodeModel2", zxingcpp.BarcodeFormat.QRCode)


def read_qr(image) -> list[str]:
    """The texts of the model-2 QR codes in ``image`` (a PIL image)."""
    return [r.text for r in zxingcpp.read_barcodes(image, formats=QR_MODEL_2)]

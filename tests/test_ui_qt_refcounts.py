"""The Qt binding must not leak or drop references to Python's singletons: PySide6 6.12.0 drops
one reference to True on every signal emit and one to None on every void call, and Python 3.11
aborts ("bool_dealloc: deallocating True") once the count runs out, a few hundred calls in."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    fired = Signal()
    number = Signal(int)


def test_signals_and_void_calls_keep_the_references_of_true_and_none(qapp):
    emitter = _Emitter()
    true_before, none_before = sys.getrefcount(True), sys.getrefcount(None)
    for _ in range(200):
        emitter.fired.emit()
        emitter.number.emit(3)
        emitter.setObjectName("emitter")
    # a few references may come and go with other objects; 600 calls must not cost 200+
    assert abs(sys.getrefcount(True) - true_before) < 50
    assert abs(sys.getrefcount(None) - none_before) < 50

"""Work-arounds for bugs of the Qt bindings in use, applied once at start-up.

PySide6 6.12.0: `SignalInstance.emit()` returns `True` without taking a reference to
it, so every emit from Python costs `True` one reference. A sync reports progress a
thousand times; after a few thousand emits `True`'s count reaches zero and the
interpreter aborts ("Fatal Python error: bool_dealloc"), at the latest when it exits.
Where a probe emit shows the leak, `True` and `False` are made immortal, as CPython
3.12 does for them anyway (their reference count is set out of reach).
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, Signal

_OUT_OF_REACH = 1 << 40


class _Probe(QObject):
    ping = Signal()


def emit_leaks_true() -> bool:
    """Whether an emit from Python costs `True` a reference (measured, not assumed)."""
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(8):
        probe.ping.emit()
    return sys.getrefcount(True) < before


_applied: list[bool] = []


def apply() -> bool:
    """Make `True` and `False` immortal if emits leak them (once); whether it did."""
    if _applied or sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return False  # done, or immortal already (or another interpreter's layout)
    _applied.append(True)
    if not emit_leaks_true():
        return False
    for value in (True, False):
        # ob_refcnt is the first field of every CPython object.
        ctypes.c_ssize_t.from_address(id(value)).value += _OUT_OF_REACH
    return True

"""Guards against a Qt binding that corrupts Python's reference count of None.

PySide6/shiboken6 6.12.0 on CPython 3.11 returns None from void C++ methods without taking a
reference (harmless on 3.12+, where None is immortal). Every `setText`, `setObjectName`,
`processEvents`... then removes one reference from None, and the client dies after a while
with "Fatal Python error: none_dealloc". Fix: Python >= 3.12, or a PySide6 without the bug.
"""

from __future__ import annotations

import sys

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QObject


def test_void_qt_calls_do_not_steal_references_to_none(qapp) -> None:
    probe = QObject()
    probe.setObjectName("warm-up")
    before = sys.getrefcount(None)
    for _ in range(200):
        probe.setObjectName("probe")
    drift = sys.getrefcount(None) - before
    assert drift > -100, (
        f"PySide6 {pyside_version} on Python {sys.version.split()[0]} loses a reference to None "
        "on every void Qt call; the client will crash (none_dealloc). Use Python >= 3.12 or "
        "another PySide6 version."
    )

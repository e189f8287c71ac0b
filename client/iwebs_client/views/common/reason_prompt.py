"""Asks for a short text (a reason or a comment) before a state change."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget


def ask_text(parent: QWidget, title: str, label: str, required: bool = True) -> str | None:
    """The text typed, or None when cancelled (or empty while required)."""
    text, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, "")
    if not ok or (required and not text.strip()):
        return None
    return text.strip()

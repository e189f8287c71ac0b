"""Shown when the user's profile opens no module that has screens yet."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class NoModulePage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noModulePage")
        title = QLabel(self.tr("No module is available for your profile yet."))
        title.setObjectName("noModuleTitle")
        title.setStyleSheet("font-size: 16pt;")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint = QLabel(
            self.tr(
                "Your account works, but the screens of your profile come with a later version. "
                "Ask your administrator if you think this is a mistake."
            )
        )
        hint.setWordWrap(True)
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addStretch(2)

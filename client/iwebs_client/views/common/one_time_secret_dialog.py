"""Shows a one-time password or enrollment code once, with a copy button."""

from __future__ import annotations

from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class OneTimeSecretDialog(QDialog):
    def __init__(
        self, title: str, explanation: str, secret: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("oneTimeSecretDialog")
        layout = QVBoxLayout(self)
        text = QLabel(explanation)
        text.setWordWrap(True)
        layout.addWidget(text)
        self.secret_field = QLineEdit(secret)
        self.secret_field.setReadOnly(True)
        self.secret_field.setObjectName("secretField")
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSize(font.pointSize() + 6)
        self.secret_field.setFont(font)
        self.secret_field.setMinimumWidth(360)
        layout.addWidget(self.secret_field)
        warning = QLabel(self.tr("It will not be shown again."))
        warning.setStyleSheet("font-weight: bold;")
        layout.addWidget(warning)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        copy = QPushButton(self.tr("&Copy"))
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        copy.setAutoDefault(False)
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(secret))
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.secret_field.selectAll()

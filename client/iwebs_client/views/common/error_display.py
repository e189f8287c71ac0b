"""Showing errors: one message box for a failed call, labels next to fields for violations."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from iwebs_client.backend.client_types import BackendError
from iwebs_client.presenters.error_messages import error_text, violations_by_field


def show_error(
    parent: QWidget | None, error: BackendError, retry: Callable[[], None] | None = None
) -> None:
    """A warning with the translated reason; a Retry button for network problems."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("ErrorDisplay", "iWEBS"))
    box.setText(error_text(error))
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    retry_button = None
    if retry is not None and error.is_connection_problem:
        retry_button = box.addButton(
            QCoreApplication.translate("ErrorDisplay", "&Retry"), QMessageBox.ButtonRole.AcceptRole
        )
        box.setDefaultButton(retry_button)
    box.setObjectName("errorMessageBox")
    box.exec()
    if retry_button is not None and box.clickedButton() is retry_button and retry is not None:
        retry()


def error_label() -> QLabel:
    """A red label under a field, hidden while empty."""
    label = QLabel()
    label.setObjectName("fieldError")
    label.setStyleSheet("color: #b00020;")
    label.setWordWrap(True)
    label.hide()
    return label


class FieldErrors:
    """Field name -> label; shows client-side problems and the server's field violations."""

    def __init__(self, labels: dict[str, QLabel], general: QLabel | None = None) -> None:
        self._labels = labels
        self._general = general

    def clear(self) -> None:
        for label in [*self._labels.values(), *([self._general] if self._general else [])]:
            label.clear()
            label.hide()

    def show_problems(self, problems: dict[str, str]) -> None:
        self.clear()
        for field, text in problems.items():
            label = self._labels.get(field, self._general)
            if label is not None:
                label.setText(text)
                label.show()

    def show_error(self, error: BackendError) -> None:
        """The reason on the general label, each violation next to its field."""
        self.clear()
        problems = violations_by_field(error)
        self.show_problems(problems)
        if self._general is not None:
            text = error_text(error)
            unplaced = [t for f, t in problems.items() if f not in self._labels]
            self._general.setText("\n".join([text, *unplaced]))
            self._general.show()

    def text_of(self, field: str) -> str:
        label = self._labels.get(field)
        return label.text() if label is not None else ""

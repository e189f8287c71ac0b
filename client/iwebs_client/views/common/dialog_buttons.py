"""The button row every form dialog shares: a default submit button and a cancel button.

Enter submits (the submit button is the default), Esc cancels; the texts come translated
from the dialog's own context."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox


def submit_cancel_buttons(
    dialog: QDialog,
    submit: Callable[[], None],
    submit_text: str | None,
    cancel_text: str,
    submit_kind: QDialogButtonBox.StandardButton = QDialogButtonBox.StandardButton.Ok,
) -> QDialogButtonBox:
    """`submit_text` None: a read-only dialog with the cancel (close) button only."""
    kinds = QDialogButtonBox.StandardButton.Cancel
    if submit_text is not None:
        kinds |= submit_kind
    buttons = QDialogButtonBox(kinds)
    if submit_text is not None:
        submit_button = buttons.button(submit_kind)
        submit_button.setText(submit_text)
        submit_button.setDefault(True)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(cancel_text)
    buttons.accepted.connect(submit)
    buttons.rejected.connect(dialog.reject)
    return buttons

"""What every customer-base dialog shares: labelled fields with their error label, the
correction checkbox with its reason, the server's violations next to their widgets.

A dialog sends its command through the presenter and waits: the presenter's `invalid`,
`failed` and `saved` signals are only taken while this dialog is the one that sent.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterable

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from iwebs_client.backend.client_types import BackendError, ChangeNote
from iwebs_client.presenters.customer_forms import general_error_text, place_violations
from iwebs_client.presenters.customer_overview_presenter import CustomerOverviewPresenter
from iwebs_client.views.common.dialog_buttons import submit_cancel_buttons
from iwebs_client.views.common.error_display import error_label


class CodeBox(QComboBox):
    """A reference code: typed freely, or picked from the items the reference table offers."""

    def __init__(self, code: str = "", choices: Iterable[tuple[str, str]] = ()) -> None:
        super().__init__()
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.set_choices(choices, code)

    def set_choices(self, choices: Iterable[tuple[str, str]], code: str | None = None) -> None:
        """Offers these (code, label) items; keeps the code typed or chosen so far."""
        current = self.code() if code is None else code
        self.clear()
        for value, label in choices:
            self.addItem(f"{value} - {label}" if label and label != value else value, value)
        self.set_code(current)

    def set_code(self, code: str) -> None:
        index = self.findData(code)
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setCurrentIndex(-1)
            self.setEditText(code)

    def code(self) -> str:
        text = self.currentText().strip()
        index = self.currentIndex()
        if index >= 0 and self.itemText(index) == text:
            return str(self.itemData(index))
        return text


def date_edit(value: dt.date | None = None) -> QDateEdit:
    edit = QDateEdit(QDate(value.year, value.month, value.day) if value else QDate.currentDate())
    edit.setCalendarPopup(True)
    return edit


def date_of(edit: QDateEdit) -> dt.date:
    value = edit.date()
    return dt.date(value.year(), value.month(), value.day())


class RecordDialog(QDialog):
    def __init__(
        self,
        presenter: CustomerOverviewPresenter,
        title: str,
        parent: QWidget | None = None,
        submit_text: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.presenter = presenter
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        self.form = QFormLayout()
        self.error_labels: dict[str, QLabel] = {}
        self.widgets: dict[str, QWidget] = {}
        self.general_error = error_label()
        self.correction_check: QCheckBox | None = None
        self.reason_edit: QLineEdit | None = None
        self._waiting = False
        self._first: QWidget | None = None
        self._pending_codes: list[tuple[CodeBox, str]] = []
        self.buttons = submit_cancel_buttons(
            self,
            self.submit,
            submit_text or self.tr("&Save"),
            self.tr("Cancel"),
            QDialogButtonBox.StandardButton.Save,
        )
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        presenter.invalid.connect(self._invalid)
        presenter.failed.connect(self._failed)
        presenter.saved.connect(self._saved)
        presenter.nothing_changed.connect(self._nothing_changed)
        presenter.busy_changed.connect(self._busy)
        presenter.codes_loaded.connect(self._codes_loaded)

    # -- building ---------------------------------------------------------------------------
    def add_field(self, key: str, text: str, widget: QWidget, also: Iterable[str] = ()) -> QWidget:
        """A row `text: widget` with an error label under it, for `key` and the `also` keys."""
        label = QLabel(text)
        label.setBuddy(widget)
        errors = error_label()
        self.form.addRow(label, widget)
        self.form.addRow("", errors)
        for name in (key, *also):
            self.error_labels[name] = errors
        self.widgets[key] = widget
        widget.setObjectName(f"field_{key}")
        if self._first is None:
            self._first = widget
            widget.setFocus()
        return widget

    def add_note(self, correction_allowed: bool = True, reason_required: bool = False) -> None:
        """The 'correction' checkbox and the reason (ACC-4; a correction must say why)."""
        if correction_allowed:
            self.correction_check = QCheckBox(self.tr("Corre&ction of wrongly entered data"))
            self.correction_check.setObjectName("correctionCheck")
            self.form.addRow("", self.correction_check)
        self.reason_edit = QLineEdit()
        self.reason_edit.setMaxLength(500)
        self.reason_edit.setPlaceholderText(
            self.tr("Required") if reason_required else self.tr("Required for a correction")
        )
        self.add_field("reason", self.tr("Rea&son:"), self.reason_edit)

    def note(self) -> ChangeNote:
        return ChangeNote(
            reason=self.reason_edit.text().strip() if self.reason_edit else "",
            correction=bool(self.correction_check and self.correction_check.isChecked()),
        )

    def bind_codes(self, box: CodeBox, table: str) -> CodeBox:
        """Fills `box` with the active codes of a reference table, now or when they arrive."""
        presenter = self.presenter
        if table in presenter.reference_codes:
            box.set_choices(presenter.reference_codes[table])
        else:
            self._pending_codes.append((box, table))
            presenter.load_reference_codes()
        return box

    def _codes_loaded(self) -> None:
        for box, table in self._pending_codes:
            box.set_choices(self.presenter.reference_codes.get(table, []))
        self._pending_codes = []

    # -- sending ----------------------------------------------------------------------------
    def send(self) -> bool:
        """Builds the form and hands it to the presenter; True when a call was started."""
        raise NotImplementedError

    def submit(self) -> None:
        self.clear_errors()
        self._waiting = True
        if not self.send():
            self._waiting = False

    def clear_errors(self) -> None:
        for label in [*self.error_labels.values(), self.general_error]:
            label.clear()
            label.hide()

    def show_problems(self, problems: dict[str, str]) -> None:
        unplaced = []
        for key, text in problems.items():
            label = self.error_labels.get(key)
            if label is None:
                unplaced.append(text)
                continue
            label.setText(text)
            label.show()
        if unplaced:
            self.general_error.setText("\n".join(unplaced))
            self.general_error.show()

    def error_text(self, key: str) -> str:
        label = self.error_labels.get(key)
        return label.text() if label is not None and label.isVisible() else ""

    def _invalid(self, problems: dict[str, str]) -> None:
        if self._waiting:
            self.show_problems(problems)

    def _failed(self, error: object) -> None:
        if not self._waiting or not isinstance(error, BackendError):
            return
        self._waiting = False
        placed, unplaced = place_violations(error, self.error_labels)
        self.show_problems(placed)
        self.general_error.setText("\n".join([general_error_text(error), *unplaced]))
        self.general_error.show()
        for key in placed:
            widget = self.widgets.get(key)
            if widget is not None:
                widget.setFocus()
                break

    def _saved(self, record: object) -> None:
        if self._waiting:
            self._waiting = False
            self.on_saved(record)
            self.accept()

    def on_saved(self, record: object) -> None:
        """What a dialog does with the saved record before closing (usually nothing)."""

    def _nothing_changed(self) -> None:
        if self._waiting:
            self._waiting = False
            self.general_error.setText(self.tr("Nothing was changed."))
            self.general_error.show()

    def _busy(self, busy: bool) -> None:
        self.buttons.setEnabled(not busy)

    def done(self, result: int) -> None:
        for signal, slot in (
            (self.presenter.invalid, self._invalid),
            (self.presenter.failed, self._failed),
            (self.presenter.saved, self._saved),
            (self.presenter.nothing_changed, self._nothing_changed),
            (self.presenter.busy_changed, self._busy),
            (self.presenter.codes_loaded, self._codes_loaded),
        ):
            with contextlib.suppress(RuntimeError, TypeError):  # already disconnected
                signal.disconnect(slot)
        super().done(result)


def line(text: str = "", max_length: int = 200) -> QLineEdit:
    edit = QLineEdit(text)
    edit.setMaxLength(max_length)
    return edit

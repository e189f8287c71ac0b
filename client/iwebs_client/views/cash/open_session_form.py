"""Opening the till (CSH-8, CSH-9): the float (empty: the agency's parameter, shown once the
session is open) and whether this is the head cashier's till. Enter opens."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from iwebs_client.presenters.cash_desk_presenter import CashDeskPresenter
from iwebs_client.views.cash.cash_widgets import AmountEdit, title_label
from iwebs_client.views.common.error_display import error_label


class OpenSessionForm(QWidget):
    def __init__(self, presenter: CashDeskPresenter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("openSessionForm")
        self.presenter = presenter
        self.float_edit = AmountEdit()
        self.float_edit.setObjectName("openingFloat")
        self.float_edit.setPlaceholderText(self.tr("The agency's usual float"))
        self.float_edit.setToolTip(
            self.tr("Leave empty to take the agency's parameter cash.opening_float.")
        )
        self.float_edit.returnPressed.connect(self.submit)
        self.head_check = QCheckBox(self.tr("&Head cashier's till (receives the transfers)"))
        self.head_check.setObjectName("headCashier")
        self.open_button = QPushButton(self.tr("&Open the till (Enter)"))
        self.open_button.setObjectName("openSessionButton")
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(self.submit)
        self.problem_label = error_label()
        self.status_label = QLabel()
        self.status_label.setObjectName("openSessionStatus")
        form = QFormLayout()
        float_label = QLabel(self.tr("Opening &float:"))
        float_label.setBuddy(self.float_edit)
        form.addRow(float_label, self.float_edit)
        form.addRow("", self.head_check)
        form.addRow("", self.problem_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        box = QWidget()
        box.setMaximumWidth(560)
        inner = QVBoxLayout(box)
        inner.addWidget(title_label(self.tr("Open the till")))
        intro = QLabel(
            self.tr(
                "No cash session of yours is open on this workstation. Count the float you "
                "received, then open the till."
            )
        )
        intro.setWordWrap(True)
        inner.addWidget(intro)
        inner.addLayout(form)
        inner.addLayout(buttons)
        inner.addWidget(self.status_label)
        layout = QVBoxLayout(self)
        layout.addWidget(box, 0, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        layout.addStretch(1)
        self.setFocusProxy(self.float_edit)
        presenter.busy_changed.connect(self.open_button.setDisabled)

    def submit(self) -> None:
        text = self.float_edit.text().strip()
        amount = self.float_edit.amount()
        if text and amount is None:
            self.problem_label.setText(self.tr("Type the float in whole francs, e.g. 50 000."))
            self.problem_label.show()
            return
        self.problem_label.hide()
        self.presenter.open_session(amount if text else None, self.head_check.isChecked())

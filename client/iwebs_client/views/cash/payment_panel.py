"""The payment screen, usable from the keyboard alone (CSH-1, CSH-2, CSH-5, CSH-7).

F2: the search box (account number, name, phone, meter, address; Enter searches, Down goes
to the results, Enter chooses). F3: the open bills (Space ticks; none = oldest due first).
The amount (defaults to what is due), Enter -> F4: the tenders (cash by default; a cheque
asks bank, number, drawer, date). The allocation preview and the change follow as one types.
F9 or Ctrl+Enter pays; the receipt dialog prints (PDF / ticket) and Esc starts the next
payment. Ctrl+N clears the screen for a new payment.

Tests drive `PaymentPanel.presenter` (see PaymentPresenter's docstring) and read the widgets
by objectName: paymentSearchBox, paymentSearchResults, paymentAccount, totalDue,
advanceBalance, payableBills, paymentAmount, payerName, feeSection, tenderGrid,
tenderedTotal, changeDue, allocationPreview, paymentProblems, payButton, newPaymentButton.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from iwebs_client.backend.client_types import BackendError
from iwebs_client.models.display_format import format_date, format_money
from iwebs_client.models.paged_table_model import ITEM_ROLE
from iwebs_client.presenters.cash_counter_ports import PaymentPreview
from iwebs_client.presenters.cash_forms import PaymentDraft, TenderLine
from iwebs_client.presenters.error_messages import reason_text
from iwebs_client.presenters.payment_presenter import PaymentPresenter
from iwebs_client.printing.receipt_layout import allocation_text
from iwebs_client.views.cash.cash_widgets import AmountEdit, plain_table, total_label
from iwebs_client.views.cash.fee_section import FeeSection
from iwebs_client.views.cash.payable_bills_table import PayableBillsTable
from iwebs_client.views.cash.tender_grid import TenderGrid
from iwebs_client.views.common.error_display import show_error
from iwebs_client.views.common.table_columns import fit_columns


class PaymentPanel(QWidget):
    #: the receipt of a payment, for the receipt dialog (the page opens it)
    receipt_ready = Signal(object)

    def __init__(self, presenter: PaymentPresenter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("paymentPanel")
        self.presenter = presenter
        #: a search's single hit is chosen once: its answer comes in several model signals,
        #: and a second load arriving while the cashier types the tender would reset it
        self._choose_single_hit = False
        self._build_search()
        self._build_account()
        self._build_payment()
        splitter = QSplitter()
        splitter.addWidget(self.left)
        splitter.addWidget(self.right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self._shortcuts()
        self._connect()
        self._tab_order()
        self.setFocusProxy(self.search_edit)

    # ------------------------------------------------------------------ building
    def _build_search(self) -> None:
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("paymentSearchBox")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(
            self.tr("Account no., name, phone, meter serial or address, then Enter (F2)")
        )
        self.search_edit.installEventFilter(self)
        self.results = QTableView()
        self.results.setObjectName("paymentSearchResults")
        self.results.setModel(self.presenter.search.model)
        self.results.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.verticalHeader().hide()
        self.results.horizontalHeader().setStretchLastSection(True)
        self.results.setMaximumHeight(170)
        self.results.installEventFilter(self)
        fit_columns(self.results)
        self.search_status = QLabel()
        self.search_status.setObjectName("paymentSearchStatus")

    def _build_account(self) -> None:
        self.account_label = QLabel(self.tr("No account chosen: search one (F2)."))
        self.account_label.setObjectName("paymentAccount")
        self.account_label.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.account_label.setWordWrap(True)
        self.total_due_label = total_label("totalDue")
        self.advance_label = QLabel()
        self.advance_label.setObjectName("advanceBalance")
        self.bills_table = PayableBillsTable()
        self.left = QWidget()
        box = QVBoxLayout(self.left)
        search_row = QHBoxLayout()
        search_label = QLabel(self.tr("Searc&h:"))
        search_label.setBuddy(self.search_edit)
        search_row.addWidget(search_label)
        search_row.addWidget(self.search_edit, 1)
        box.addLayout(search_row)
        box.addWidget(self.search_status)
        box.addWidget(self.results)
        box.addWidget(self.account_label)
        figures = QHBoxLayout()
        figures.addWidget(QLabel(self.tr("Total due:")))
        figures.addWidget(self.total_due_label)
        figures.addStretch(1)
        figures.addWidget(self.advance_label)
        box.addLayout(figures)
        bills_label = QLabel(self.tr("Open &bills (F3) - Space ticks, none = oldest due first"))
        bills_label.setBuddy(self.bills_table)
        box.addWidget(bills_label)
        box.addWidget(self.bills_table, 1)
        self.fee_section = FeeSection()
        box.addWidget(self.fee_section)

    def _build_payment(self) -> None:
        self.amount_edit = AmountEdit()
        self.amount_edit.setObjectName("paymentAmount")
        self.amount_edit.setToolTip(self.tr("Defaults to what is due; less = part payment"))
        self.amount_edit.setStyleSheet("font-size: 14pt;")
        self.payer_edit = QLineEdit()
        self.payer_edit.setObjectName("payerName")
        self.tender_grid = TenderGrid()
        self.tendered_label = total_label("tenderedTotal")
        self.change_label = total_label("changeDue")
        self.preview_table = plain_table(
            "allocationPreview",
            [self.tr("Goes to"), self.tr("Due date"), self.tr("Open before"), self.tr("Amount")],
        )
        self.preview_table.setMaximumHeight(160)
        self._fit_preview()
        self.problems_label = QLabel()
        self.problems_label.setObjectName("paymentProblems")
        self.problems_label.setStyleSheet("color: #b00020;")
        self.problems_label.setWordWrap(True)
        self.pay_button = QPushButton(self.tr("&Pay (F9 / Ctrl+Enter)"))
        self.pay_button.setObjectName("payButton")
        self.pay_button.setToolTip(self.tr("Records the payment and issues the receipt"))
        self.pay_button.setMinimumHeight(44)
        self.pay_button.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.new_button = QPushButton(self.tr("&New payment (Ctrl+N)"))
        self.new_button.setObjectName("newPaymentButton")
        self.right = QWidget()
        box = QVBoxLayout(self.right)
        form = QFormLayout()
        amount_label = QLabel(self.tr("A&mount to pay:"))
        amount_label.setBuddy(self.amount_edit)
        form.addRow(amount_label, self.amount_edit)
        payer_label = QLabel(self.tr("Pa&yer:"))
        payer_label.setBuddy(self.payer_edit)
        form.addRow(payer_label, self.payer_edit)
        box.addLayout(form)
        tenders = QGroupBox(self.tr("Tenders (F4)"))
        tenders_layout = QVBoxLayout(tenders)
        tenders_layout.addWidget(self.tender_grid)
        box.addWidget(tenders)
        figures = QFormLayout()
        figures.addRow(self.tr("Handed over:"), self.tendered_label)
        figures.addRow(self.tr("Change to give:"), self.change_label)
        box.addLayout(figures)
        box.addWidget(QLabel(self.tr("Allocation (preview):")))
        box.addWidget(self.preview_table)
        box.addWidget(self.problems_label)
        box.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.pay_button, 2)
        box.addLayout(buttons)

    def _shortcuts(self) -> None:
        bindings = {
            "F2": self.focus_search,
            "F3": self.focus_bills,
            "F4": self.tender_grid.focus_first_amount,
            "F9": self.pay,
            "Ctrl+Return": self.pay,
            "Ctrl+Enter": self.pay,
            "Ctrl+N": self.new_payment,
        }
        for keys, slot in bindings.items():
            shortcut = QShortcut(QKeySequence(keys), self, slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.tender_grid.add_button.setShortcut(QKeySequence("Alt+A"))

    def _connect(self) -> None:
        presenter = self.presenter
        self.search_edit.returnPressed.connect(self.search)
        self.results.activated.connect(lambda _index: self.choose_hit())
        model = presenter.search.model
        model.modelReset.connect(self._search_status)
        model.rowsInserted.connect(lambda *_: QTimer.singleShot(0, self._search_status))
        model.loading_changed.connect(lambda _l: QTimer.singleShot(0, self._search_status))
        model.load_failed.connect(self._failed)
        self.bills_table.pick_changed.connect(presenter.pick_bill)
        self.amount_edit.textEdited.connect(
            lambda _t: presenter.set_amount(self.amount_edit.amount())
        )
        self.amount_edit.returnPressed.connect(self.tender_grid.focus_first_amount)
        self.payer_edit.textEdited.connect(presenter.set_payer_name)
        self.payer_edit.returnPressed.connect(self.tender_grid.focus_first_amount)
        self.tender_grid.changed.connect(self._tenders_changed)
        self.tender_grid.submitted.connect(presenter.request_preview)
        self.fee_section.add_requested.connect(presenter.add_fee)
        self.fee_section.remove_requested.connect(presenter.remove_fee)
        self.pay_button.clicked.connect(self.pay)
        self.new_button.clicked.connect(self.new_payment)
        presenter.references_loaded.connect(self._references_loaded)
        presenter.account_loaded.connect(self._account_loaded)
        presenter.problems_changed.connect(self._show_problems)
        presenter.previewed.connect(self._show_preview)
        presenter.paid.connect(self.receipt_ready.emit)
        presenter.draft_reset.connect(self._draft_reset)
        presenter.busy_changed.connect(self.pay_button.setDisabled)
        presenter.failed.connect(self._failed)
        presenter.search.failed.connect(self._failed)

    def _tab_order(self) -> None:
        """Search -> results -> bills -> amount -> payer -> tenders -> Pay -> fees."""
        chain: list[QWidget] = [
            self.search_edit,
            self.results,
            self.bills_table,
            self.amount_edit,
            self.payer_edit,
        ]
        for row in self.tender_grid.rows:
            chain.extend(row.widgets())
        chain.extend([self.tender_grid.add_button, self.pay_button, self.new_button])
        section = self.fee_section
        chain.extend([section.fee_combo, section.amount_edit, section.reference_edit])
        chain.extend([section.add_button, section.list, section.remove_button])
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # ------------------------------------------------------------------ keyboard
    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def focus_bills(self) -> None:
        self.bills_table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            model = self.presenter.search.model
            down = event.key() == Qt.Key.Key_Down
            if watched is self.search_edit and down and model.rowCount():
                self.results.setFocus()
                if not self.results.currentIndex().isValid():
                    self.results.selectRow(0)
                return True
            if watched is self.results and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.choose_hit()
                return True
        return super().eventFilter(watched, event)

    # ------------------------------------------------------------------ actions
    def search(self) -> None:
        text = self.search_edit.text()
        problem = self.presenter.search.problem(text)
        self.search_status.setText(problem)
        if not problem:
            self._choose_single_hit = True
            self.presenter.search.search(text)
            self.search_status.setText(self.tr("Searching..."))

    def _search_status(self) -> None:
        model = self.presenter.search.model
        if model.is_loading and not model.rowCount():
            return
        count = model.rowCount()
        if self.presenter.search.query is None:
            return
        if not count:
            self.search_status.setText(self.tr("No customer found."))
            return
        self.search_status.setText(
            self.tr("%1 result(s): Down then Enter chooses").replace("%1", str(count))
        )
        if not self.results.currentIndex().isValid():
            self.results.selectRow(0)
        fit_columns(self.results)
        if count == 1 and self._choose_single_hit and self.search_edit.hasFocus():
            self._choose_single_hit = False
            self.choose_hit()  # one account found: no need to pick it

    def choose_hit(self) -> None:
        index = self.results.currentIndex()
        if not index.isValid():
            return
        hit = self.presenter.search.model.data(index, ITEM_ROLE)
        if hit is not None and hit.account_id:
            self.presenter.select_account(hit.account_id)

    def pay(self) -> None:
        self.presenter.request_preview()
        self.presenter.pay()

    def new_payment(self) -> None:
        self.presenter.new_payment()

    # ------------------------------------------------------------------ presenter answers
    def _references_loaded(self) -> None:
        presenter = self.presenter
        self.tender_grid.set_references(presenter.modes, presenter.banks)
        self.tender_grid.set_lines(presenter.draft.tenders)
        self.fee_section.set_fees(presenter.fees)
        self._show_figures()
        self._tab_order()

    def _account_loaded(self, draft: PaymentDraft) -> None:
        currency = draft.currency_code
        self.account_label.setText(f"{draft.account_number} - {draft.customer_name}")
        self.bills_table.set_bills(draft.bills, draft.picked, currency)
        self.advance_label.setText(
            self.tr("Advance: %1").replace("%1", format_money(draft.advance_minor, currency))
        )
        self.payer_edit.setText(draft.payer_name)
        self._show_figures()
        self.amount_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.amount_edit.selectAll()

    def _tenders_changed(self, lines: list[TenderLine]) -> None:
        self.presenter.set_tenders(lines)
        self._tab_order()

    def _show_figures(self) -> None:
        draft = self.presenter.draft
        currency = draft.currency_code
        self.total_due_label.setText(format_money(draft.due_minor, currency))
        if not self.amount_edit.hasFocus():
            self.amount_edit.set_amount(draft.effective_amount_minor or None)
        self.tender_grid.update_amounts(draft.tenders)
        self.tendered_label.setText(format_money(draft.tendered_minor, currency))
        change = draft.change_minor if draft.effective_amount_minor > 0 else 0
        self.change_label.setText(format_money(change, currency))
        self.bills_table.show_picked(draft.picked)
        self.fee_section.show_lines(draft.fees, currency)

    def _show_problems(self, problems: dict[str, str]) -> None:
        self._show_figures()
        if "preview" in problems:
            self.problems_label.setText(reason_text(problems["preview"]))
        else:
            self.problems_label.setText("\n".join(dict.fromkeys(problems.values())))
        self.pay_button.setEnabled(not problems and not self.presenter.busy)
        if problems:
            self.preview_table.setRowCount(0)

    def _show_preview(self, preview: PaymentPreview) -> None:
        currency = self.presenter.draft.currency_code
        self.preview_table.setRowCount(len(preview.allocations))
        for row, allocation in enumerate(preview.allocations):
            due = allocation.due_date
            open_before = allocation.open_before.amount_minor
            cells = (
                allocation_text(allocation),
                format_date(due.year, due.month, due.day),
                format_money(open_before, currency) if open_before else "",
                format_money(allocation.amount.amount_minor, currency),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column >= 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.preview_table.setItem(row, column, item)
        self._fit_preview()
        self.change_label.setText(format_money(preview.change.amount_minor, currency))
        self.tendered_label.setText(format_money(preview.tendered.amount_minor, currency))

    def _fit_preview(self) -> None:
        """Readable headers (the theme writes them in capitals); the first column takes the
        room left."""
        table = self.preview_table
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        fit_columns(table)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def _draft_reset(self) -> None:
        self.account_label.setText(self.tr("No account chosen: search one (F2)."))
        self.bills_table.set_bills([], {}, self.presenter.draft.currency_code)
        self.advance_label.clear()
        self.payer_edit.clear()
        self.amount_edit.clear()
        self.preview_table.setRowCount(0)
        self.problems_label.clear()
        self.tender_grid.set_lines(self.presenter.draft.tenders)
        self._show_figures()
        self.focus_search()

    def _failed(self, error: BackendError) -> None:
        presenter = self.presenter
        if error.field_violations:  # the server's words, field by field, stay on screen
            self.problems_label.setText(
                "\n".join(f"{v.field}: {v.description}" for v in error.field_violations)
            )
        if not error.is_connection_problem:
            show_error(self, error)
        elif presenter.pay_unanswered:
            # Pay again sends the same payment id: never a second payment (IDEM-01)
            show_error(self, error, self.pay)
        else:
            show_error(self, error, presenter.retry_last)

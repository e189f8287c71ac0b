"""Audit log screen: date range, login, action prefix, outcome; newest first, paged."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QComboBox, QDateEdit, QLabel, QLineEdit, QPushButton, QWidget

from iwebs.v1 import administration_pb2
from iwebs_client.presenters.audit_log_presenter import AuditLogPresenter, make_filter
from iwebs_client.views.common.error_display import error_label
from iwebs_client.views.common.list_page import ListPage


class AuditPage(ListPage):
    def __init__(
        self, presenter: AuditLogPresenter, _can_manage: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Audit log"), presenter.model, parent)
        self.presenter = presenter
        self.table.sortByColumn(presenter.model.SEQUENCE, Qt.SortOrder.DescendingOrder)
        today = QDate.currentDate()
        self.from_edit = _date_edit(today.addDays(-7))
        self.to_edit = _date_edit(today)
        self.login_edit = QLineEdit()
        self.login_edit.setPlaceholderText(self.tr("login"))
        self.action_edit = QLineEdit()
        self.action_edit.setPlaceholderText(self.tr("e.g. session."))
        self.outcome_combo = QComboBox()
        self.outcome_combo.addItem(self.tr("Any outcome"), 0)
        for outcome in (
            administration_pb2.AUDIT_OUTCOME_SUCCESS,
            administration_pb2.AUDIT_OUTCOME_FAILURE,
            administration_pb2.AUDIT_OUTCOME_DENIED,
        ):
            self.outcome_combo.addItem(presenter.model.outcome_text(outcome), int(outcome))
        search = QPushButton(self.tr("&Search"))
        search.setDefault(True)
        search.clicked.connect(self.search)
        self.login_edit.returnPressed.connect(self.search)
        self.action_edit.returnPressed.connect(self.search)
        self.filter_error = error_label()
        for widget in (
            QLabel(self.tr("From:")),
            self.from_edit,
            QLabel(self.tr("To:")),
            self.to_edit,
            QLabel(self.tr("User:")),
            self.login_edit,
            QLabel(self.tr("Action:")),
            self.action_edit,
            self.outcome_combo,
            search,
            self.filter_error,
        ):
            self.filters_row.addWidget(widget)
        self.search()

    def search(self) -> None:
        audit_filter = make_filter(
            _to_date(self.from_edit.date()),
            _to_date(self.to_edit.date()),
            self.login_edit.text(),
            self.action_edit.text(),
            int(self.outcome_combo.currentData() or 0),
        )
        problems = self.presenter.validate(audit_filter)
        self.filter_error.setText(problems.get("date_to", ""))
        self.filter_error.setVisible(bool(problems))
        if not problems:
            self.presenter.apply_filter(audit_filter)


def _date_edit(value: QDate) -> QDateEdit:
    edit = QDateEdit(value)
    edit.setCalendarPopup(True)
    return edit


def _to_date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())

"""Bills and customer accounts, the reads (FAC-7, FAC-9; docs/bills-and-accounts.md).

Every read needs billing.read or customers.read, and the account, subscription or bill in
the caller's agency scope: another agency's id answers NOT_FOUND (SEC-07). Reads run in
one read-only transaction each."""

from __future__ import annotations

from datetime import date

from iwebs_server.application.account_statement import position, statement
from iwebs_server.application.bill_documents import bill_document
from iwebs_server.application.bill_reads import detail, require_bill_reader, summaries
from iwebs_server.application.bill_views import (
    AccountOpenItemsView,
    BillDetailView,
    BillDocumentView,
    BillPage,
    StatementView,
)
from iwebs_server.application.cash_context import business_date
from iwebs_server.application.clock import Clock
from iwebs_server.application.paging import decode_token, next_token, page_size
from iwebs_server.application.parameters import ParameterReader
from iwebs_server.application.validation import Checks, identifier
from iwebs_server.domain.errors import InvalidInput, NotFound
from iwebs_server.domain.principal import Principal
from iwebs_server.persistence.repositories.bill_repository import (
    CREDIT_NOTE,
    INVOICE,
    BillAndOpen,
)
from iwebs_server.persistence.tables.customer_base import CustomerAccountRow, CustomerRow
from iwebs_server.persistence.unit_of_work import UnitOfWork, UowFactory

KINDS = (INVOICE, CREDIT_NOTE)


class BillQueries:
    def __init__(self, uow_factory: UowFactory, clock: Clock) -> None:
        self._uow = uow_factory
        self._clock = clock
        self._parameters = ParameterReader()

    def _today(self, uow: UnitOfWork, agency_id: str) -> date:
        return business_date(uow, self._parameters, agency_id, self._clock.now())

    def _account(
        self, uow: UnitOfWork, principal: Principal, account_id: str
    ) -> tuple[CustomerAccountRow, CustomerRow]:
        found = uow.bill_records.account_with_customer(account_id, principal.scope)
        if found is None:
            raise NotFound("customer_account", account_id)
        return found

    def _bill(self, uow: UnitOfWork, principal: Principal, bill_id: str) -> BillAndOpen:
        found = uow.bill_records.bill(bill_id, principal.scope)
        if found is None:
            raise NotFound("bill", bill_id)
        return found

    # -- accounts (FAC-7) ---------------------------------------------------------------
    def account_balance(self, principal: Principal, account_id: str) -> AccountOpenItemsView:
        """The balance and the open items: invoices with something to pay (oldest due
        first), then credit notes with credit left (oldest first)."""
        require_bill_reader(principal)
        identifier("account_id", account_id)
        with self._uow(read_only=True) as uow:
            account, customer = self._account(uow, principal, account_id)
            today = self._today(uow, account.agency_id)
            view = position(uow, account, customer, today)
            repo = uow.bill_records
            invoices = repo.bills(account_id=account.id, kind=INVOICE, open_only=True, limit=500)
            notes = repo.bills(account_id=account.id, kind=CREDIT_NOTE, open_only=True, limit=500)
            invoices.sort(key=lambda r: (r.bill.due_date, r.bill.issue_date, r.bill.bill_number))
            notes.sort(key=lambda r: (r.bill.issue_date, r.bill.bill_number))
            items = summaries(uow, [*invoices, *notes], today)
            return AccountOpenItemsView(view, tuple(items))

    def account_statement(
        self,
        principal: Principal,
        account_id: str,
        from_date: date | None,
        to_date: date | None,
        size: int,
        token: str,
    ) -> StatementView:
        require_bill_reader(principal)
        identifier("account_id", account_id)
        if from_date is not None and to_date is not None and to_date < from_date:
            raise InvalidInput.field("to_date", "must not be before from_date")
        with self._uow(read_only=True) as uow:
            account, customer = self._account(uow, principal, account_id)
            return statement(uow, account, customer, from_date, to_date, size, token)

    # -- bills --------------------------------------------------------------------------
    def list_bills(
        self,
        principal: Principal,
        *,
        account_id: str,
        subscription_id: str,
        kind: str,
        open_only: bool,
        size: int,
        token: str,
    ) -> BillPage:
        """An account's or a subscription's bills and credit notes, newest first."""
        require_bill_reader(principal)
        checks = Checks()
        if bool(account_id) == bool(subscription_id):
            checks.fail("account_id", "give exactly one of account_id and subscription_id")
        checks.identifier("account_id", account_id, required=False)
        checks.identifier("subscription_id", subscription_id, required=False)
        if kind:
            checks.choice("kind", kind, KINDS)
        checks.raise_if_any()
        limit, offset = page_size(size), decode_token(token)
        with self._uow(read_only=True) as uow:
            if account_id:
                account, _ = self._account(uow, principal, account_id)
                agency_id = account.agency_id
            else:
                subscription = uow.subscriptions.get(subscription_id, principal.scope)
                if subscription is None:
                    raise NotFound("subscription", subscription_id)
                agency_id = subscription.agency_id
            rows = uow.bill_records.bills(
                account_id=account_id or None,
                subscription_id=subscription_id or None,
                kind=kind,
                open_only=open_only,
                offset=offset,
                limit=limit,
            )
            views = summaries(uow, rows, self._today(uow, agency_id))
            return BillPage(tuple(views), next_token(offset, limit, len(rows)))

    def get_bill(self, principal: Principal, bill_id: str) -> BillDetailView:
        """One bill with its explanation: every line with the tariff version, block and
        rule that produced it, the reading, the matches and the payments."""
        require_bill_reader(principal)
        identifier("bill_id", bill_id)
        with self._uow(read_only=True) as uow:
            row = self._bill(uow, principal, bill_id)
            return detail(uow, row, self._today(uow, row.bill.agency_id))

    def bill_document(self, principal: Principal, bill_id: str) -> BillDocumentView:
        require_bill_reader(principal)
        identifier("bill_id", bill_id)
        with self._uow(read_only=True) as uow:
            row = self._bill(uow, principal, bill_id)
            return bill_document(uow, row.bill, self._parameters)

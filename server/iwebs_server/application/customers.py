"""Customers and their accounts (payers), grouped accounts, the 360-degree overview, bills
and the history of changes (issue 3; ACC-1 corrections, ACC-4 history, ADM-3 scope).

Every record is read through the caller's agency scope: another agency's record answers
NOT_FOUND. Every change is written to the history with who, workstation, old -> new and
reason, in the transaction of the change."""

from __future__ import annotations

from iwebs_server.application.audit_trail import AuditTrail
from iwebs_server.application.change_history import CREATE, ChangeHistory, changed_fields
from iwebs_server.application.clock import Clock, new_id
from iwebs_server.application.customer_base_views import (
    AccountDetails,
    AccountInput,
    AccountView,
    BillView,
    ChangeView,
    CustomerInput,
    CustomerOverviewView,
    CustomerView,
    UpdateRequest,
)
from iwebs_server.application.customer_fields import (
    ACCOUNT_ADDRESS_PATHS,
    ACCOUNT_PATH_ALIASES,
    ACCOUNT_PATHS,
    CUSTOMER_PATHS,
    account_fields,
    apply_customer,
    check_customer_codes,
    checked_address,
    checked_customer,
    customer_fields,
)
from iwebs_server.application.customer_record_views import (
    account_credits,
    account_view,
    account_views,
    balance_view,
    bill_view,
    customer_view,
    installation_views,
    meter_views,
    premise_views,
    seal_view,
    subscription_view,
)
from iwebs_server.application.customer_records import (
    Recorder,
    agency_in_scope,
    check_update,
    check_version,
    checked_currency,
    checked_paths,
    checked_phones,
    created,
    found,
    found_in_scope,
    input_payload,
    update_payload,
)
from iwebs_server.application.idempotency import Idempotency
from iwebs_server.application.paging import decode_token, next_token, page_size
from iwebs_server.application.validation import Checks
from iwebs_server.application.views import Page
from iwebs_server.domain import rights
from iwebs_server.domain.account_numbers import account_number, prefixed_number
from iwebs_server.domain.customer_base import AccountStatus
from iwebs_server.domain.errors import AlreadyExists, InvalidInput
from iwebs_server.domain.principal import AgencyScope, Principal
from iwebs_server.persistence.tables.customer_base import CustomerAccountRow, CustomerRow
from iwebs_server.persistence.unit_of_work import UnitOfWork, UowFactory

OVERVIEW_MAX_BILLS = 100


class CustomerService:
    def __init__(
        self,
        uow_factory: UowFactory,
        clock: Clock,
        audit: AuditTrail,
        idempotency: Idempotency,
        history: ChangeHistory,
    ) -> None:
        self._uow = uow_factory
        self._clock = clock
        self._idempotency = idempotency
        self._recorder = Recorder(history, audit)

    # -- reads ---------------------------------------------------------------------------
    def get(self, principal: Principal, customer_id: str) -> CustomerView:
        principal.require(rights.CUSTOMERS_READ)
        with self._uow(read_only=True) as uow:
            return self._customer_view(uow, self._customer(uow, principal, customer_id))

    def overview(self, principal: Principal, customer_id: str) -> CustomerOverviewView:
        principal.require(rights.CUSTOMERS_READ)
        scope = principal.scope
        with self._uow(read_only=True) as uow:
            customer = self._customer(uow, principal, customer_id)
            accounts = uow.accounts.for_customer(customer.id, scope)
            account_ids = [a.id for a in accounts]
            balances = uow.bills.balances(account_ids, self._clock.now().date())
            credits = account_credits(uow, account_ids)
            subscriptions = uow.subscriptions.for_accounts(account_ids, scope)
            premises = uow.premises.many([s.premise_id for s in subscriptions], scope)
            premise_ids = [p.id for p in premises]
            installations = uow.meters.current_at_premises(premise_ids)
            meters = uow.meters.many(i.meter_id for i in installations)
            seals = uow.meters.seals([m.id for m in meters], fitted_only=True)
            bills = uow.bills.open_for_accounts(account_ids, OVERVIEW_MAX_BILLS)
            return CustomerOverviewView(
                customer=self._customer_view(uow, customer),
                accounts=tuple(account_views(uow, accounts)),
                balances=tuple(
                    balance_view(a, balances.get(a.id), credits.get(a.id, 0)) for a in accounts
                ),
                subscriptions=tuple(subscription_view(s) for s in subscriptions),
                premises=tuple(premise_views(uow, premises)),
                meters=tuple(meter_views(uow, meters)),
                installations=tuple(
                    installation_views(uow, installations, {m.id: m.serial for m in meters})
                ),
                seals=tuple(seal_view(s) for s in seals),
                open_bills=tuple(bill_view(b) for b in bills),
            )

    def list_changes(
        self,
        principal: Principal,
        customer_id: str,
        entity_type: str,
        entity_id: str,
        size: int,
        token: str,
    ) -> Page[ChangeView]:
        principal.require(rights.CUSTOMERS_READ)
        limit, offset = page_size(size), decode_token(token)
        with self._uow(read_only=True) as uow:
            customer = self._customer(uow, principal, customer_id)
            rows = uow.change_history.for_customer(
                customer.id, entity_type.strip(), entity_id.strip(), offset, limit, principal.scope
            )
            items = tuple(
                ChangeView(
                    r.id,
                    r.change_set_id,
                    r.changed_at,
                    r.user_id,
                    r.user_login,
                    r.workstation_id or "",
                    r.entity_type,
                    r.entity_id,
                    r.action,
                    r.field,
                    r.old_value,
                    r.new_value,
                    r.reason,
                )
                for r in rows
            )
            return Page(items, next_token(offset, limit, len(rows)))

    def get_account(self, principal: Principal, account_id: str, number: str) -> AccountDetails:
        principal.require(rights.CUSTOMERS_READ)
        with self._uow(read_only=True) as uow:
            if account_id:
                row = self._account(uow, principal, account_id)
            else:
                number = number.strip().replace(" ", "")
                if not number:
                    raise InvalidInput.field("account_id", "give an account id or number")
                row = found(uow.accounts.by_number(number, principal.scope), "account", number)
            balance = uow.bills.balances([row.id], self._clock.now().date()).get(row.id)
            credit = account_credits(uow, [row.id]).get(row.id, 0)
            return AccountDetails(self._account_view(uow, row), balance_view(row, balance, credit))

    def list_bills(
        self, principal: Principal, account_id: str, open_only: bool, size: int, token: str
    ) -> Page[BillView]:
        principal.require(rights.CUSTOMERS_READ)
        limit, offset = page_size(size), decode_token(token)
        with self._uow(read_only=True) as uow:
            account = self._account(uow, principal, account_id)
            rows = uow.bills.for_account(
                account.id, open_only=open_only, offset=offset, limit=limit
            )
            return Page(tuple(bill_view(b) for b in rows), next_token(offset, limit, len(rows)))

    def list_members(
        self, principal: Principal, group_account_id: str, size: int, token: str
    ) -> Page[AccountView]:
        principal.require(rights.CUSTOMERS_READ)
        limit, offset = page_size(size), decode_token(token)
        with self._uow(read_only=True) as uow:
            group = self._account(uow, principal, group_account_id, "group_account_id")
            rows = uow.accounts.members(group.id, principal.scope, offset, limit)
            items = tuple(account_view(r, group.account_number) for r in rows)
            return Page(items, next_token(offset, limit, len(rows)))

    # -- customers -----------------------------------------------------------------------
    def create(self, principal: Principal, request_id: str, data: CustomerInput) -> CustomerView:
        principal.require(rights.CUSTOMERS_MANAGE)
        checks = Checks()
        values = checked_customer(checks, data.__dict__ | {"phones": list(data.phones)})
        phones = checked_phones(checks, data.phones)
        legacy = checks.text(
            "legacy_reference", data.legacy_reference, required=False, max_length=64
        )

        def perform(uow: UnitOfWork) -> tuple[str, CustomerView]:
            agency_in_scope(checks, uow, principal.scope, data.agency_id)
            check_customer_codes(checks, uow, values, CUSTOMER_PATHS)
            checks.raise_if_any()
            if legacy and uow.customers.by_legacy_reference(legacy) is not None:
                raise AlreadyExists("customer", "legacy_reference")
            now = self._clock.now()
            row = CustomerRow(
                id=new_id(),
                customer_number=prefixed_number("C", uow.number_series.take("customer")),
                agency_id=data.agency_id,
                legacy_reference=legacy or None,
                version=1,
                created_at=now,
                updated_at=now,
            )
            apply_customer(row, values)
            uow.customers.add(row)
            uow.customers.set_phones(row.id, row.agency_id, phones, new_id)
            self._recorder.changed(
                uow,
                principal,
                entity_type="customer",
                entity_id=row.id,
                agency_id=row.agency_id,
                customer_ids=[row.id],
                action=CREATE,
                changes=created({"customer_number": row.customer_number, **values}),
                request_id=request_id,
            )
            return row.id, self._customer_view(uow, row)

        def replay(uow: UnitOfWork, ref: str) -> CustomerView:
            return self._customer_view(uow, self._customer(uow, principal, ref))

        payload = input_payload(data)
        return self._idempotency.execute(
            request_id, "customer.create", payload, principal.user_id, perform, replay
        )

    def update(
        self, principal: Principal, request: UpdateRequest, data: CustomerInput
    ) -> CustomerView:
        principal.require(rights.CUSTOMERS_MANAGE)
        action = check_update(request)
        paths = checked_paths(request.paths, CUSTOMER_PATHS)

        def perform(uow: UnitOfWork) -> tuple[str, CustomerView]:
            row = self._customer(uow, principal, request.record_id)
            check_version(row, request.version, "customer")
            old = customer_fields(row, uow.customers.phones(row.id))
            merged = old | {p: getattr(data, p) for p in paths}
            merged["phones"] = list(merged["phones"])
            checks = Checks()
            values = checked_customer(checks, merged)
            phones = checked_phones(checks, merged["phones"]) if "phones" in paths else None
            if phones is not None:
                values["phones"] = [number for number, _ in phones]
            changes = changed_fields(old, values)
            check_customer_codes(checks, uow, values, list(changes))
            checks.raise_if_any()
            if not changes:
                return row.id, self._customer_view(uow, row)
            apply_customer(row, values)
            if phones is not None:
                uow.customers.set_phones(row.id, row.agency_id, phones, new_id)
            self._recorder.changed_version(
                uow,
                principal,
                row,
                self._clock.now(),
                entity_type="customer",
                customer_ids=[row.id],
                action=action,
                changes=changes,
                reason=request.reason.strip(),
                request_id=request.request_id,
            )
            return row.id, self._customer_view(uow, row)

        def replay(uow: UnitOfWork, ref: str) -> CustomerView:
            return self._customer_view(uow, self._customer(uow, principal, ref))

        return self._idempotency.execute(
            request.request_id,
            "customer.update",
            update_payload(request, input_payload(data, paths)),
            principal.user_id,
            perform,
            replay,
        )

    # -- accounts ------------------------------------------------------------------------
    def create_account(
        self, principal: Principal, request_id: str, data: AccountInput
    ) -> AccountView:
        principal.require(rights.CUSTOMERS_MANAGE)
        checks = Checks()
        checks.identifier("customer_id", data.customer_id)
        checks.identifier("agency_id", data.agency_id, required=False)
        checks.identifier("group_account_id", data.group_account_id, required=False)
        currency = checked_currency(checks, data.currency_code)
        address = checked_address(checks, data.__dict__)
        legacy = checks.text(
            "legacy_reference", data.legacy_reference, required=False, max_length=64
        )
        if data.is_group and data.group_account_id:
            checks.fail("group_account_id", "a grouped account cannot be a member of another")
        checks.raise_if_any()

        def perform(uow: UnitOfWork) -> tuple[str, AccountView]:
            customer = self._customer(uow, principal, data.customer_id, "customer_id")
            agency_id = data.agency_id or customer.agency_id
            checks = Checks()
            agency_in_scope(checks, uow, principal.scope, agency_id)
            checks.raise_if_any()
            if legacy and uow.accounts.by_legacy_reference(legacy) is not None:
                raise AlreadyExists("account", "legacy_reference")
            group = None
            if data.group_account_id:
                group = self._group(uow, principal, data.group_account_id)
            now = self._clock.now()
            row = CustomerAccountRow(
                id=new_id(),
                account_number=account_number(uow.number_series.take("account")),
                customer_id=customer.id,
                agency_id=agency_id,
                currency_code=currency,
                status=AccountStatus.ACTIVE.value,
                is_group=data.is_group,
                group_account_id=group.id if group else None,
                legacy_reference=legacy or None,
                version=1,
                created_at=now,
                updated_at=now,
                **address,
            )
            uow.accounts.add(row)
            fields = account_fields(row) | {
                "account_number": row.account_number,
                "currency_code": currency,
                "group_account_id": row.group_account_id,
            }
            self._recorder.changed(
                uow,
                principal,
                entity_type="account",
                entity_id=row.id,
                agency_id=agency_id,
                customer_ids=[customer.id],
                action=CREATE,
                changes=created(fields),
                request_id=request_id,
            )
            return row.id, self._account_view(uow, row)

        def replay(uow: UnitOfWork, ref: str) -> AccountView:
            return self._account_view(uow, self._account(uow, principal, ref))

        return self._idempotency.execute(
            request_id, "account.create", input_payload(data), principal.user_id, perform, replay
        )

    def update_account(
        self, principal: Principal, request: UpdateRequest, data: AccountInput
    ) -> AccountView:
        principal.require(rights.CUSTOMERS_MANAGE)
        action = check_update(request)
        raw_paths = [
            p
            for path in request.paths
            for p in (ACCOUNT_ADDRESS_PATHS if path == "billing_address" else [path])
        ]
        paths = checked_paths(raw_paths, ACCOUNT_PATHS, aliases=ACCOUNT_PATH_ALIASES)

        def perform(uow: UnitOfWork) -> tuple[str, AccountView]:
            row = self._account(uow, principal, request.record_id)
            check_version(row, request.version, "account")
            old = account_fields(row)
            new = old | {p: getattr(data, p) for p in paths}
            checks = Checks()
            address = checked_address(checks, new)
            new.update(address)
            if "status" in paths:
                checks.choice("status", new["status"], [s.value for s in AccountStatus])
            if new["is_group"] != row.is_group:
                if new["is_group"] and row.group_account_id:
                    checks.fail("is_group", "a member of a group cannot become a group")
                if not new["is_group"] and uow.accounts.member_count(row.id):
                    checks.fail("is_group", "remove the members of the group first")
            # a payer of a running subscription stays an open account of its own (ACC-1)
            closing = new["status"] != row.status and new["status"] == AccountStatus.CLOSED
            grouping = new["is_group"] and not row.is_group
            field = "status" if closing else "is_group"
            if closing and row.is_group and uow.accounts.member_count(row.id):
                checks.fail("status", "remove the members of the group first")
            if (
                (closing or grouping)
                and not any(v.field == field for v in checks.violations)
                and uow.subscriptions.live_count_for_account(row.id)
            ):
                checks.fail(field, "pays a subscription that is not terminated")
            checks.raise_if_any()
            changes = changed_fields(old, new)
            if not changes:
                return row.id, self._account_view(uow, row)
            for field, value in new.items():
                setattr(row, field, value)
            self._recorder.changed_version(
                uow,
                principal,
                row,
                self._clock.now(),
                entity_type="account",
                customer_ids=[row.customer_id],
                action=action,
                changes=changes,
                reason=request.reason.strip(),
                request_id=request.request_id,
            )
            return row.id, self._account_view(uow, row)

        def replay(uow: UnitOfWork, ref: str) -> AccountView:
            return self._account_view(uow, self._account(uow, principal, ref))

        return self._idempotency.execute(
            request.request_id,
            "account.update",
            update_payload(request, input_payload(data, paths)),
            principal.user_id,
            perform,
            replay,
        )

    def add_to_group(
        self,
        principal: Principal,
        request_id: str,
        group_account_id: str,
        member_account_id: str,
        member_version: int,
        reason: str,
    ) -> AccountView:
        principal.require(rights.CUSTOMERS_MANAGE)
        checks = Checks()
        checks.identifier("group_account_id", group_account_id)
        checks.identifier("member_account_id", member_account_id)
        reason = checks.text("reason", reason, required=False, max_length=500)
        if group_account_id and group_account_id == member_account_id:
            checks.fail("member_account_id", "an account cannot be a member of itself")
        checks.raise_if_any()

        def perform(uow: UnitOfWork) -> tuple[str, AccountView]:
            group = self._group(uow, principal, group_account_id)
            member = self._account(uow, principal, member_account_id, "member_account_id")
            check_version(member, member_version, "account")
            if member.is_group:
                raise InvalidInput.field(
                    "member_account_id", "a grouped account cannot be a member of another"
                )
            if member.group_account_id:
                raise InvalidInput.field(
                    "member_account_id", "is already a member of a grouped account"
                )
            if member.status != AccountStatus.ACTIVE:
                raise InvalidInput.field("member_account_id", "is closed")
            return member.id, self._regroup(uow, principal, member, group, reason, request_id)

        def replay(uow: UnitOfWork, ref: str) -> AccountView:
            return self._account_view(uow, self._account(uow, principal, ref))

        payload = {
            "group": group_account_id,
            "member": member_account_id,
            "version": member_version,
            "reason": reason,
        }
        return self._idempotency.execute(
            request_id, "account.group_add", payload, principal.user_id, perform, replay
        )

    def remove_from_group(
        self,
        principal: Principal,
        request_id: str,
        member_account_id: str,
        member_version: int,
        reason: str,
    ) -> AccountView:
        principal.require(rights.CUSTOMERS_MANAGE)
        checks = Checks()
        checks.identifier("member_account_id", member_account_id)
        reason = checks.text("reason", reason, required=False, max_length=500)
        checks.raise_if_any()

        def perform(uow: UnitOfWork) -> tuple[str, AccountView]:
            member = self._account(uow, principal, member_account_id, "member_account_id")
            check_version(member, member_version, "account")
            if not member.group_account_id:
                raise InvalidInput.field("member_account_id", "is not a member of a group")
            return member.id, self._regroup(uow, principal, member, None, reason, request_id)

        def replay(uow: UnitOfWork, ref: str) -> AccountView:
            return self._account_view(uow, self._account(uow, principal, ref))

        payload = {"member": member_account_id, "version": member_version, "reason": reason}
        return self._idempotency.execute(
            request_id, "account.group_remove", payload, principal.user_id, perform, replay
        )

    def _regroup(
        self,
        uow: UnitOfWork,
        principal: Principal,
        member: CustomerAccountRow,
        group: CustomerAccountRow | None,
        reason: str,
        request_id: str,
    ) -> AccountView:
        """Moves `member` into `group` (None: out of its group); the history of the member's
        customer and of the payers of the groups left and joined shows it."""
        previous = (
            uow.accounts.get(member.group_account_id, AgencyScope(frozenset(), all_agencies=True))
            if member.group_account_id
            else None
        )
        member.group_account_id = group.id if group else None
        customers = [member.customer_id]
        customers += [g.customer_id for g in (previous, group) if g is not None]
        self._recorder.changed_version(
            uow,
            principal,
            member,
            self._clock.now(),
            entity_type="account",
            customer_ids=customers,
            action="update",
            changes={
                "group_account": (
                    previous.account_number if previous else "",
                    group.account_number if group else "",
                )
            },
            reason=reason,
            request_id=request_id,
        )
        return self._account_view(uow, member)

    # -- helpers -------------------------------------------------------------------------
    def _customer(
        self, uow: UnitOfWork, principal: Principal, customer_id: str, field: str = "customer_id"
    ) -> CustomerRow:
        return found_in_scope(uow, principal, uow.customers.get, "customer", customer_id, field)

    def _account(
        self, uow: UnitOfWork, principal: Principal, account_id: str, field: str = "account_id"
    ) -> CustomerAccountRow:
        return found_in_scope(uow, principal, uow.accounts.get, "account", account_id, field)

    def _group(self, uow: UnitOfWork, principal: Principal, group_id: str) -> CustomerAccountRow:
        group = self._account(uow, principal, group_id, "group_account_id")
        if not group.is_group:
            raise InvalidInput.field("group_account_id", "is not a grouped account")
        if group.status != AccountStatus.ACTIVE:
            raise InvalidInput.field("group_account_id", "is closed")
        return group

    def _customer_view(self, uow: UnitOfWork, row: CustomerRow) -> CustomerView:
        return customer_view(row, uow.customers.phones(row.id))

    def _account_view(self, uow: UnitOfWork, row: CustomerAccountRow) -> AccountView:
        return account_views(uow, [row])[0]

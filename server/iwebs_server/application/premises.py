"""Premises (connection points) with GPS and electrical address (ACC-5), rounds, the network
tree, and subscriptions with their life cycle (issue 3).

Scope, history and idempotency work as in customers.py; state changes are verbs
(activate, suspend, resume, terminate), never an update of `status`."""

from __future__ import annotations

from datetime import date

from iwebs_server.application.audit_trail import AuditTrail
from iwebs_server.application.change_history import CREATE, STATUS, ChangeHistory, changed_fields
from iwebs_server.application.clock import Clock, new_id
from iwebs_server.application.customer_base_views import (
    NetworkNodeView,
    PremiseInput,
    PremiseView,
    RoundView,
    SubscriptionInput,
    SubscriptionView,
    UpdateRequest,
)
from iwebs_server.application.customer_record_views import (
    node_view,
    premise_view,
    round_view,
    subscription_view,
)
from iwebs_server.application.customer_records import (
    Recorder,
    agency_in_scope,
    check_update,
    check_version,
    checked_paths,
    created,
    found_in_scope,
    input_payload,
    update_payload,
)
from iwebs_server.application.idempotency import Idempotency
from iwebs_server.application.paging import decode_token, next_token, page_size
from iwebs_server.application.premise_checks import (
    apply_premise,
    apply_subscription,
    check_network,
    check_subscription_codes,
    checked_premise,
    checked_subscription,
    premise_fields,
    status_fields,
    subscription_fields,
)
from iwebs_server.application.validation import Checks, identifier
from iwebs_server.application.views import Page
from iwebs_server.domain import rights
from iwebs_server.domain.account_numbers import prefixed_number
from iwebs_server.domain.customer_base import (
    AccountStatus,
    InvalidTransition,
    Service,
    SubscriptionStatus,
    next_subscription_status,
)
from iwebs_server.domain.errors import AlreadyExists, InvalidInput, NotFound
from iwebs_server.domain.principal import Principal
from iwebs_server.persistence.tables.customer_base import (
    CustomerAccountRow,
    PremiseRow,
    SubscriptionRow,
)
from iwebs_server.persistence.unit_of_work import UnitOfWork, UowFactory

PREMISE_PATHS = (
    "address_line",
    "district",
    "city",
    "landmark",
    "location",
    "round_id",
    "round_order",
    "transformer_id",
    "water_sector_id",
)
SUBSCRIPTION_PATHS = (
    "product_code",
    "tariff_category_code",
    "subscribed_power_va",
    "calibre_code",
    "billing_periodicity",
    "account_id",
)
_REASON_REQUIRED = frozenset({"suspend", "terminate"})


class PremiseService:
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

    # -- premises ------------------------------------------------------------------------
    def get_premise(self, principal: Principal, premise_id: str) -> PremiseView:
        principal.require(rights.CUSTOMERS_READ)
        with self._uow(read_only=True) as uow:
            return premise_view(uow, self._premise(uow, principal, premise_id))

    def create_premise(
        self, principal: Principal, request_id: str, data: PremiseInput
    ) -> PremiseView:
        principal.require(rights.CUSTOMERS_MANAGE)
        checks = Checks()
        values = checked_premise(checks, data.__dict__)
        legacy = checks.text(
            "legacy_reference", data.legacy_reference, required=False, max_length=64
        )

        def perform(uow: UnitOfWork) -> tuple[str, PremiseView]:
            agency_in_scope(checks, uow, principal.scope, data.agency_id)
            check_network(checks, uow, data.agency_id, values, list(values))
            checks.raise_if_any()
            if legacy and uow.premises.by_legacy_reference(legacy) is not None:
                raise AlreadyExists("premise", "legacy_reference")
            now = self._clock.now()
            row = PremiseRow(
                id=new_id(),
                premise_number=prefixed_number("P", uow.number_series.take("premise")),
                agency_id=data.agency_id,
                legacy_reference=legacy or None,
                version=1,
                created_at=now,
                updated_at=now,
            )
            apply_premise(row, values)
            uow.premises.add(row)
            self._recorder.changed(
                uow,
                principal,
                entity_type="premise",
                entity_id=row.id,
                agency_id=row.agency_id,
                customer_ids=[],
                action=CREATE,
                changes=created({"premise_number": row.premise_number, **values}),
                request_id=request_id,
            )
            return row.id, premise_view(uow, row)

        def replay(uow: UnitOfWork, ref: str) -> PremiseView:
            return premise_view(uow, self._premise(uow, principal, ref))

        return self._idempotency.execute(
            request_id, "premise.create", input_payload(data), principal.user_id, perform, replay
        )

    def update_premise(
        self, principal: Principal, request: UpdateRequest, data: PremiseInput
    ) -> PremiseView:
        principal.require(rights.CUSTOMERS_MANAGE)
        action = check_update(request)
        paths = checked_paths(request.paths, PREMISE_PATHS)
        fields = [
            f for p in paths for f in (("latitude_e6", "longitude_e6") if p == "location" else (p,))
        ]

        def perform(uow: UnitOfWork) -> tuple[str, PremiseView]:
            row = self._premise(uow, principal, request.record_id)
            check_version(row, request.version, "premise")
            old = premise_fields(row)
            checks = Checks()
            values = checked_premise(checks, old | {f: getattr(data, f) for f in fields})
            changes = changed_fields(old, values)
            check_network(checks, uow, row.agency_id, values, list(changes))
            checks.raise_if_any()
            if not changes:
                return row.id, premise_view(uow, row)
            apply_premise(row, values)
            self._recorder.changed_version(
                uow,
                principal,
                row,
                self._clock.now(),
                entity_type="premise",
                customer_ids=uow.premises.holders(row.id),
                action=action,
                changes=changes,
                reason=request.reason.strip(),
                request_id=request.request_id,
            )
            return row.id, premise_view(uow, row)

        def replay(uow: UnitOfWork, ref: str) -> PremiseView:
            return premise_view(uow, self._premise(uow, principal, ref))

        return self._idempotency.execute(
            request.request_id,
            "premise.update",
            update_payload(request, input_payload(data, fields)),
            principal.user_id,
            perform,
            replay,
        )

    def list_rounds(
        self, principal: Principal, agency_id: str, size: int, token: str
    ) -> Page[RoundView]:
        principal.require(rights.CUSTOMERS_READ)
        limit, offset = page_size(size), decode_token(token)
        identifier("agency_id", agency_id)
        with self._uow(read_only=True) as uow:
            if uow.agencies.get(agency_id, principal.scope) is None:
                raise NotFound("agency", agency_id)
            rows = uow.network.rounds(agency_id, offset, limit)
            return Page(tuple(round_view(r) for r in rows), next_token(offset, limit, len(rows)))

    def list_network_nodes(
        self, principal: Principal, kind: str, parent_id: str, size: int, token: str
    ) -> Page[NetworkNodeView]:
        principal.require(rights.CUSTOMERS_READ)
        limit, offset = page_size(size), decode_token(token)
        if parent_id:
            identifier("parent_id", parent_id)
        with self._uow(read_only=True) as uow:
            rows = uow.network.list_nodes(kind, parent_id, principal.scope, offset, limit)
            return Page(tuple(node_view(r) for r in rows), next_token(offset, limit, len(rows)))

    # -- subscriptions -------------------------------------------------------------------
    def get_subscription(self, principal: Principal, subscription_id: str) -> SubscriptionView:
        principal.require(rights.CUSTOMERS_READ)
        with self._uow(read_only=True) as uow:
            return subscription_view(self._subscription(uow, principal, subscription_id))

    def create_subscription(
        self, principal: Principal, request_id: str, data: SubscriptionInput
    ) -> SubscriptionView:
        principal.require(rights.CUSTOMERS_MANAGE)
        today = self._clock.now().date()
        checks = Checks()
        checks.identifier("account_id", data.account_id)
        checks.identifier("premise_id", data.premise_id)
        service = checks.choice("service", data.service, [s.value for s in Service])
        values = checked_subscription(checks, service, data.__dict__)
        requested_on = data.requested_on or today
        if requested_on > today:
            checks.fail("requested_on", "cannot be in the future")
        legacy = checks.text(
            "legacy_reference", data.legacy_reference, required=False, max_length=64
        )

        def perform(uow: UnitOfWork) -> tuple[str, SubscriptionView]:
            check_subscription_codes(checks, uow, values, list(values))
            checks.raise_if_any()
            account = self._payer(uow, principal, data.account_id)
            premise = self._premise(uow, principal, data.premise_id, "premise_id")
            if uow.subscriptions.live_at(premise.id, service):
                raise AlreadyExists(
                    "subscription",
                    "service",
                    f"the premise already has a live {service} subscription",
                )
            if legacy and uow.subscriptions.by_legacy_reference(legacy) is not None:
                raise AlreadyExists("subscription", "legacy_reference")
            now = self._clock.now()
            row = SubscriptionRow(
                id=new_id(),
                subscription_number=prefixed_number("S", uow.number_series.take("subscription")),
                account_id=account.id,
                premise_id=premise.id,
                agency_id=premise.agency_id,
                service=service,
                status=SubscriptionStatus.REQUESTED.value,
                requested_on=requested_on,
                legacy_reference=legacy or None,
                version=1,
                created_at=now,
                updated_at=now,
            )
            apply_subscription(row, values)
            uow.subscriptions.add(row)
            fields = {
                "subscription_number": row.subscription_number,
                "premise_id": premise.id,
                "service": service,
                "status": row.status,
                "requested_on": requested_on,
                **values,
            }
            self._recorder.changed(
                uow,
                principal,
                entity_type="subscription",
                entity_id=row.id,
                agency_id=row.agency_id,
                customer_ids=[account.customer_id],
                action=CREATE,
                changes=created(fields),
                request_id=request_id,
            )
            return row.id, subscription_view(row)

        def replay(uow: UnitOfWork, ref: str) -> SubscriptionView:
            return subscription_view(self._subscription(uow, principal, ref))

        return self._idempotency.execute(
            request_id,
            "subscription.create",
            input_payload(data) | {"requested_on": requested_on},
            principal.user_id,
            perform,
            replay,
        )

    def update_subscription(
        self, principal: Principal, request: UpdateRequest, data: SubscriptionInput
    ) -> SubscriptionView:
        principal.require(rights.CUSTOMERS_MANAGE)
        action = check_update(request)
        paths = checked_paths(request.paths, SUBSCRIPTION_PATHS)

        def perform(uow: UnitOfWork) -> tuple[str, SubscriptionView]:
            row = self._subscription(uow, principal, request.record_id)
            check_version(row, request.version, "subscription")
            if row.status == SubscriptionStatus.TERMINATED:
                raise InvalidTransition("subscription", row.status, "update")
            old = subscription_fields(row)
            merged = old | {p: getattr(data, p) for p in paths}
            checks = Checks()
            values = checked_subscription(checks, row.service, merged)
            values["account_id"] = checks.identifier("account_id", merged["account_id"])
            changes = changed_fields(old, values)
            check_subscription_codes(checks, uow, values, list(changes))
            checks.raise_if_any()
            if not changes:
                return row.id, subscription_view(row)
            holders = [uow.subscriptions.holder(row.id)]
            if "account_id" in changes:
                holders.append(self._payer(uow, principal, values["account_id"]).customer_id)
            apply_subscription(row, values)
            row.account_id = values["account_id"]
            self._recorder.changed_version(
                uow,
                principal,
                row,
                self._clock.now(),
                entity_type="subscription",
                customer_ids=holders,
                action=action,
                changes=changes,
                reason=request.reason.strip(),
                request_id=request.request_id,
            )
            return row.id, subscription_view(row)

        def replay(uow: UnitOfWork, ref: str) -> SubscriptionView:
            return subscription_view(self._subscription(uow, principal, ref))

        return self._idempotency.execute(
            request.request_id,
            "subscription.update",
            update_payload(request, input_payload(data, paths)),
            principal.user_id,
            perform,
            replay,
        )

    def change_status(
        self,
        principal: Principal,
        verb: str,
        request_id: str,
        subscription_id: str,
        version: int,
        effective_on: date | None,
        reason: str,
    ) -> SubscriptionView:
        """activate | suspend | resume | terminate, on `effective_on` (default today)."""
        principal.require(rights.CUSTOMERS_MANAGE)
        today = self._clock.now().date()
        day = effective_on or today
        checks = Checks()
        checks.identifier("subscription_id", subscription_id)
        reason = checks.text("reason", reason, required=verb in _REASON_REQUIRED, max_length=500)
        if day > today:
            checks.fail("effective_on", "cannot be in the future")
        checks.raise_if_any()

        def perform(uow: UnitOfWork) -> tuple[str, SubscriptionView]:
            row = self._subscription(uow, principal, subscription_id)
            check_version(row, version, "subscription")
            target = next_subscription_status(row.status, verb)
            if verb == "terminate" and uow.meters.installed_for(row.premise_id, row.id, ""):
                # the meter is removed (dépose, with its final index) before the end
                raise InvalidTransition("subscription", row.status, "terminate: remove its meter")
            latest = max(
                d for d in (row.requested_on, row.activated_on, row.suspended_on) if d is not None
            )
            if day < latest:
                raise InvalidInput.field(
                    "effective_on", f"cannot be before the last change ({latest.isoformat()})"
                )
            old = status_fields(row)
            row.status = target.value
            if verb == "activate":
                row.activated_on = day
            elif verb == "suspend":
                row.suspended_on = day
            elif verb == "resume":
                row.suspended_on = None
            else:
                row.terminated_on = day
            new = status_fields(row)
            self._recorder.changed_version(
                uow,
                principal,
                row,
                self._clock.now(),
                entity_type="subscription",
                customer_ids=[uow.subscriptions.holder(row.id)],
                action=STATUS,
                changes=changed_fields(old, new),
                reason=reason,
                request_id=request_id,
            )
            return row.id, subscription_view(row)

        def replay(uow: UnitOfWork, ref: str) -> SubscriptionView:
            return subscription_view(self._subscription(uow, principal, ref))

        payload = {"id": subscription_id, "version": version, "on": day, "reason": reason}
        return self._idempotency.execute(
            request_id, f"subscription.{verb}", payload, principal.user_id, perform, replay
        )

    # -- helpers -------------------------------------------------------------------------
    def _premise(
        self, uow: UnitOfWork, principal: Principal, premise_id: str, field: str = "premise_id"
    ) -> PremiseRow:
        return found_in_scope(uow, principal, uow.premises.get, "premise", premise_id, field)

    def _subscription(
        self, uow: UnitOfWork, principal: Principal, subscription_id: str
    ) -> SubscriptionRow:
        return found_in_scope(
            uow,
            principal,
            uow.subscriptions.get,
            "subscription",
            subscription_id,
            "subscription_id",
        )

    @staticmethod
    def _payer(uow: UnitOfWork, principal: Principal, account_id: str) -> CustomerAccountRow:
        """The account a subscription is billed to: in scope, open, not a grouped account."""
        account = found_in_scope(
            uow, principal, uow.accounts.get, "account", account_id, "account_id"
        )
        if account.status != AccountStatus.ACTIVE:
            raise InvalidInput.field("account_id", "is closed")
        if account.is_group:
            raise InvalidInput.field(
                "account_id", "a grouped account pays through its members' accounts"
            )
        return account

"""The 360-degree view of one customer and the commands that change it.

Rows are built in `customer_overview_rows` (texts, highlights) so that the view only lays them
out. Every command keeps its request id across retries (`CommandIntent`) and reloads the
overview once done.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from typing import Any, Protocol, TypeVar

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Signal

from iwebs.v1 import customer_pb2
from iwebs_client.backend.client_types import (
    BackendError,
    ChangeNote,
    FieldViolation,
    StateChange,
    Update,
)
from iwebs_client.models.change_history_model import ChangeHistoryModel
from iwebs_client.models.record_table_model import RecordRow
from iwebs_client.presenters.customer_forms import (
    BILLING_ADDRESS_PATHS,
    CUSTOMER_EDITABLE,
    SUBSCRIPTION_EDITABLE,
    AccountForm,
    CustomerForm,
    InstallForm,
    MeterForm,
    PremiseForm,
    StateChangeForm,
    SubscriptionForm,
    changed_paths,
    check_note,
    premise_changed_paths,
)
from iwebs_client.presenters.customer_navigation import CustomerNavigator
from iwebs_client.presenters.customer_overview_rows import address_text
from iwebs_client.presenters.presenter_base import CommandIntent, PresenterBase
from iwebs_client.presenters.service_ports import (
    ClientServices,
    Customer,
    CustomerAccount,
    CustomerOverview,
    Meter,
    Premise,
    SessionInfo,
    Subscription,
)
from iwebs_client.tasks import TaskRunner

_pb = customer_pb2
_log = logging.getLogger(__name__)
_Message = TypeVar("_Message")
_Message_co = TypeVar("_Message_co", covariant=True)


class _EditForm(Protocol[_Message_co]):
    """What an edit dialog's form gives: its own checks and the message it makes."""

    def validate(self) -> dict[str, str]: ...
    def message(self) -> _Message_co: ...


translate = QCoreApplication.translate


# the statuses from which a meter can be fitted at a premise (as the server decides)
INSTALLABLE_METER_STATUSES = (_pb.METER_STATUS_IN_STOCK, _pb.METER_STATUS_REMOVED)


# the reference tables (PAR-2) whose codes the customer-base dialogs offer
REFERENCE_TABLES = (
    "customer_category",
    "id_document_type",
    "product",
    "tariff_category",
    "calibre",
    "meter_make",
    "meter_type",
    "seal_position",
)


# -- the presenter ------------------------------------------------------------------------------
class CustomerOverviewPresenter(PresenterBase):
    loaded = Signal(object)  # CustomerOverview
    # (grouped account, its members) for each grouped account of the customer
    members_loaded = Signal(list)
    # a record created or changed (Customer, CustomerAccount, Premise, Subscription, ...)
    saved = Signal(object)
    # the form's own problems (field -> text), found before sending
    invalid = Signal(dict)
    nothing_changed = Signal()
    # rounds, transformers, water sectors for the premise dialog
    premise_choices_loaded = Signal(list, list, list)
    # the reference lists arrived (`reference_codes`)
    codes_loaded = Signal()

    def __init__(
        self,
        services: ClientServices,
        tasks: TaskRunner,
        session: SessionInfo,
        navigator: CustomerNavigator,
        parent: QObject | None = None,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(tasks, parent)
        self._services = services
        self.session = session
        self.navigator = navigator
        self.today = today
        self.overview: CustomerOverview | None = None
        self.customer_id = ""
        # premises made in this session that no subscription links to the customer yet
        self.new_premises: list[Premise] = []
        self.history = ChangeHistoryModel(tasks, self)
        # reference table code -> [(code, label)] of its active items (PAR-2)
        self.reference_codes: dict[str, list[tuple[str, str]]] = {}
        self._codes_requested = False
        navigator.customer_opened.connect(self.load)

    @property
    def default_agency_id(self) -> str:
        session = self.session
        if session.workstation_agency_id:
            return session.workstation_agency_id
        return session.agency_ids[0] if session.agency_ids else ""

    # -- loading --------------------------------------------------------------------------
    def load(self, customer_id: str) -> None:
        if not customer_id:
            return
        if customer_id != self.customer_id:
            self.new_premises = []
        self.customer_id = customer_id
        customers = self._services.customers
        self._run(lambda: customers.get_overview(customer_id), self._received)
        self.history.set_page_fetcher(
            lambda token: customers.list_customer_changes(customer_id, page_token=token)
        )
        self.history.reload()

    def refresh(self) -> None:
        self.load(self.customer_id)

    def _received(self, overview: CustomerOverview) -> None:
        if overview.customer.customer_id != self.customer_id:
            return  # the user opened another customer meanwhile
        self.overview = overview
        known = {p.premise_id for p in overview.premises}
        self.new_premises = [p for p in self.new_premises if p.premise_id not in known]
        self.loaded.emit(overview)
        groups = [a for a in overview.accounts if a.is_group]
        if groups:
            customers = self._services.customers

            def members() -> list[tuple[CustomerAccount, list[CustomerAccount]]]:
                result = []
                for group in groups:
                    found, token = customers.list_group_members(group.account_id)
                    while token:
                        more, token = customers.list_group_members(group.account_id, token)
                        found.extend(more)
                    result.append((group, found))
                return result

            # a read beside the overview: it does not block the commands (busy)
            self._tasks.run(members, self.members_loaded.emit, self.failed.emit)
        else:
            self.members_loaded.emit([])

    def member_rows(
        self, groups: list[tuple[CustomerAccount, list[CustomerAccount]]]
    ) -> list[RecordRow]:
        rows = []
        overview = self.overview
        for group, members in groups:
            for member in members:
                rows.append(
                    RecordRow(
                        member,
                        (
                            group.account_number,
                            member.account_number,
                            address_text(member.billing_address),
                        ),
                    )
                )
        if overview is not None:  # this customer's accounts paid by someone else's group
            for account in overview.accounts:
                if account.group_account_id and not any(
                    g.account_id == account.group_account_id for g, _ in groups
                ):
                    rows.append(
                        RecordRow(
                            account,
                            (
                                account.group_account_number,
                                account.account_number,
                                address_text(account.billing_address),
                            ),
                        )
                    )
        return rows

    def load_premise_choices(self, agency_id: str) -> None:
        premises = self._services.premises

        def load() -> tuple[list[Any], list[Any], list[Any]]:
            return (
                premises.list_all_rounds(agency_id) if agency_id else [],
                premises.list_all_network_nodes(_pb.NETWORK_NODE_KIND_TRANSFORMER),
                premises.list_all_network_nodes(_pb.NETWORK_NODE_KIND_WATER_SECTOR),
            )

        # a read for the dialog's lists: it does not make the presenter busy, so that the
        # dialog can be saved while the lists arrive
        self._tasks.run(
            load,
            lambda result: self.premise_choices_loaded.emit(*result),
            lambda error: _log.warning("premise choices not loaded: %s", error),
        )

    def load_reference_codes(self) -> None:
        """Once per session: the active items of the lists the dialogs offer. Until they
        arrive (or if they cannot be read) the code fields accept free text."""
        if self._codes_requested:
            return
        self._codes_requested = True
        reference = self._services.reference_data
        english = QLocale().language() == QLocale.Language.English

        def load() -> dict[str, list[tuple[str, str]]]:
            codes = {}
            for table in REFERENCE_TABLES:
                items = reference.list_items(table)
                codes[table] = [
                    (i.code, (i.label_en if english else i.label_fr) or i.code) for i in items
                ]
            return codes

        def loaded(codes: dict[str, list[tuple[str, str]]]) -> None:
            self.reference_codes = codes
            self.codes_loaded.emit()

        def failed(error: BackendError) -> None:
            self._codes_requested = False  # try again with the next dialog
            _log.warning("reference lists not loaded: %s", error)

        self._tasks.run(load, loaded, failed)

    def premises_for_choice(self) -> list[Premise]:
        known = list(self.overview.premises) if self.overview else []
        return known + self.new_premises

    # -- commands ---------------------------------------------------------------------------
    def _command(
        self, intent: CommandIntent, work: Callable[[str], Any], reload: bool = True
    ) -> None:
        request_id = intent.request_id

        def done(record: Any) -> None:
            intent.renew()
            self.saved.emit(record)
            if reload and self.customer_id:
                self.refresh()

        self._run(lambda: work(request_id), done)

    def _refuse(self, problems: dict[str, str]) -> bool:
        if problems:
            self.invalid.emit(problems)
            return True
        return self.busy

    def _update(
        self,
        intent: CommandIntent,
        form: _EditForm[_Message],
        note: ChangeNote,
        record: tuple[str, int],
        changed: Callable[[_Message], tuple[str, ...]],
        send: Callable[[str, Update, _Message], object],
    ) -> bool:
        """An edit of a record (id, version): the form's and the note's checks, then only
        the fields that differ (the update mask) sent with the intent's request id."""
        problems = form.validate()
        check_note(note, problems)
        if self._refuse(problems):
            return False
        message = form.message()
        paths = changed(message)
        if not paths:
            self.nothing_changed.emit()
            return False
        update = Update(record[0], record[1], paths, note)
        self._command(intent, lambda rid: send(rid, update, message))
        return True

    def create_customer(self, intent: CommandIntent, form: CustomerForm) -> bool:
        if self._refuse(form.validate()):
            return False
        customers, message = self._services.customers, form.message()

        def opened(customer: Customer) -> None:
            intent.renew()
            self.saved.emit(customer)
            self.navigator.open_customer(customer.customer_id)

        request_id = intent.request_id
        self._run(lambda: customers.create_customer(request_id, message), opened)
        return True

    def update_customer(
        self, intent: CommandIntent, customer: Customer, form: CustomerForm, note: ChangeNote
    ) -> bool:
        return self._update(
            intent,
            form,
            note,
            (customer.customer_id, customer.version),
            lambda message: changed_paths(customer, message, CUSTOMER_EDITABLE),
            self._services.customers.update_customer,
        )

    def create_account(self, intent: CommandIntent, form: AccountForm) -> bool:
        if self._refuse(form.validate()):
            return False
        customers, message = self._services.customers, form.message()
        self._command(intent, lambda rid: customers.create_account(rid, message))
        return True

    def update_billing_address(
        self,
        intent: CommandIntent,
        account: CustomerAccount,
        form: AccountForm,
        note: ChangeNote,
    ) -> bool:
        return self._update(
            intent,
            form,
            note,
            (account.account_id, account.version),
            lambda message: changed_paths(account, message, BILLING_ADDRESS_PATHS),
            self._services.customers.update_account,
        )

    def join_group(
        self,
        intent: CommandIntent,
        member: CustomerAccount,
        group_account_number: str,
        note: ChangeNote,
    ) -> bool:
        """Makes a grouped account (found by its number) pay for `member` (ACC-1)."""
        number = "".join(group_account_number.split())
        problems: dict[str, str] = {}
        if not number:
            problems["group_account_id"] = translate(
                "CustomerOverview", "Enter the number of the grouped account."
            )
        elif number == member.account_number:
            problems["group_account_id"] = translate(
                "CustomerOverview", "An account cannot be a member of itself."
            )
        if self._refuse(problems):
            return False
        customers = self._services.customers

        def join(request_id: str) -> CustomerAccount:
            group, _balance = customers.get_account(account_number=number)
            return customers.add_account_to_group(request_id, group.account_id, member, note)

        self._command(intent, join)
        return True

    def leave_group(self, intent: CommandIntent, member: CustomerAccount, note: ChangeNote) -> bool:
        if self._refuse({}):
            return False
        customers = self._services.customers
        self._command(intent, lambda rid: customers.remove_account_from_group(rid, member, note))
        return True

    def create_premise(self, intent: CommandIntent, form: PremiseForm) -> bool:
        if self._refuse(form.validate()):
            return False
        premises, message = self._services.premises, form.message()
        request_id = intent.request_id

        def created(premise: Premise) -> None:
            intent.renew()
            self.new_premises.append(premise)
            self.saved.emit(premise)

        self._run(lambda: premises.create_premise(request_id, message), created)
        return True

    def update_premise(
        self, intent: CommandIntent, premise: Premise, form: PremiseForm, note: ChangeNote
    ) -> bool:
        return self._update(
            intent,
            form,
            note,
            (premise.premise_id, premise.version),
            lambda message: premise_changed_paths(premise, message),
            self._services.premises.update_premise,
        )

    def create_subscription(self, intent: CommandIntent, form: SubscriptionForm) -> bool:
        if self._refuse(form.validate()):
            return False
        premises, message = self._services.premises, form.message()
        self._command(intent, lambda rid: premises.create_subscription(rid, message))
        return True

    def update_subscription(
        self,
        intent: CommandIntent,
        subscription: Subscription,
        form: SubscriptionForm,
        note: ChangeNote,
    ) -> bool:
        return self._update(
            intent,
            form,
            note,
            (subscription.subscription_id, subscription.version),
            lambda message: changed_paths(subscription, message, SUBSCRIPTION_EDITABLE),
            self._services.premises.update_subscription,
        )

    def change_subscription_state(
        self, intent: CommandIntent, subscription: Subscription, form: StateChangeForm
    ) -> bool:
        if self._refuse(form.validate(self.today())) or form.effective_on is None:
            return False
        change = StateChange(
            subscription.subscription_id,
            subscription.version,
            form.effective_on,
            form.reason.strip(),
        )
        premises, verb = self._services.premises, form.verb
        self._command(intent, lambda rid: premises.change_subscription_state(rid, verb, change))
        return True

    def register_meter(self, intent: CommandIntent, form: MeterForm) -> bool:
        if self._refuse(form.validate()):
            return False
        meters, message = self._services.meters, form.message()
        self._command(intent, lambda rid: meters.register_meter(rid, message), reload=False)
        return True

    def install_meter(self, intent: CommandIntent, form: InstallForm) -> bool:
        if self._refuse(form.validate(self.today())) or form.installed_on is None:
            return False
        meters, installed_on = self._services.meters, form.installed_on

        def install(request_id: str) -> Any:
            found = meters.find_by_serial(form.serial.strip())
            # a serial is unique per make only: the meter meant is the one that can be
            # fitted (else the first, and the server says why it cannot be)
            fittable = [m for m in found if m.status in INSTALLABLE_METER_STATUSES] or found[:1]
            if len(fittable) != 1:
                text = (
                    translate("CustomerOverview", "No meter with this serial.")
                    if not fittable
                    else translate(
                        "CustomerOverview",
                        "Several meters that can be fitted have this serial (makes %1): "
                        "none was fitted.",
                    ).replace("%1", ", ".join(m.make_code for m in fittable))
                )
                raise BackendError(
                    code="NOT_FOUND" if not fittable else "FAILED_PRECONDITION",
                    reason="NOT_FOUND" if not fittable else "FAILED_PRECONDITION",
                    field_violations=(FieldViolation("serial", text),),
                )
            return meters.install_meter(
                request_id,
                fittable[0],
                premise_id=form.premise_id,
                subscription_id=form.subscription_id,
                installed_on=installed_on,
                indexes=form.indexes,
            )

        self._command(intent, install)
        return True

    def remove_meter(
        self,
        intent: CommandIntent,
        meter: Meter,
        removed_on: dt.date,
        indexes: dict[str, str],
        reason: str,
    ) -> bool:
        if self._refuse(
            {} if reason.strip() else {"reason": translate("CustomerOverview", "Say why.")}
        ):
            return False
        meters = self._services.meters
        self._command(
            intent,
            lambda rid: meters.remove_meter(
                rid, meter, removed_on=removed_on, indexes=indexes, reason=reason.strip()
            ),
        )
        return True

    def fit_seal(
        self, intent: CommandIntent, meter: Meter, seal_number: str, position: str,
        fitted_on: dt.date,
    ) -> bool:  # fmt: skip
        problems = (
            {}
            if seal_number.strip()
            else {"seal_number": translate("CustomerOverview", "Enter the seal number.")}
        )
        if self._refuse(problems):
            return False
        meters = self._services.meters
        self._command(
            intent,
            lambda rid: meters.fit_seal(
                rid, meter.meter_id, seal_number.strip(), position.strip(), fitted_on
            ),
        )
        return True

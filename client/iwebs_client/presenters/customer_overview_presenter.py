"""The 360-degree view of one customer and the commands that change it.

Rows are built here (texts, highlights) so that the view only lays them out. Every command
keeps its request id across retries (`CommandIntent`) and reloads the overview once done.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from typing import Any, Protocol, TypeVar

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Signal

from iwebs.v1 import common_pb2, customer_pb2
from iwebs_client.backend.client_types import (
    BackendError,
    ChangeNote,
    FieldViolation,
    StateChange,
    Update,
)
from iwebs_client.models.change_history_model import ChangeHistoryModel
from iwebs_client.models.display_format import (
    format_date,
    format_micro_degrees,
    format_money,
    format_timestamp,
)
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


def _date(value: common_pb2.Date) -> str:
    return format_date(value.year, value.month, value.day)


def _as_date(value: common_pb2.Date) -> dt.date | None:
    return dt.date(value.year, value.month, value.day) if value.year else None


def money(value: common_pb2.Money) -> str:
    return format_money(value.amount_minor, value.currency_code)


def kind_text(kind: int) -> str:
    texts: dict[int, str] = {
        _pb.CUSTOMER_KIND_PERSON: translate("CustomerOverview", "Person"),
        _pb.CUSTOMER_KIND_ORGANISATION: translate("CustomerOverview", "Organisation"),
    }
    return texts.get(kind, "")


def service_text(service: int) -> str:
    texts: dict[int, str] = {
        _pb.SERVICE_KIND_WATER: translate("CustomerOverview", "Water"),
        _pb.SERVICE_KIND_ELECTRICITY: translate("CustomerOverview", "Electricity"),
    }
    return texts.get(service, "")


def periodicity_text(value: int) -> str:
    texts: dict[int, str] = {
        _pb.BILLING_PERIODICITY_MONTHLY: translate("CustomerOverview", "Monthly"),
        _pb.BILLING_PERIODICITY_BIMONTHLY: translate("CustomerOverview", "Every two months"),
        _pb.BILLING_PERIODICITY_QUARTERLY: translate("CustomerOverview", "Quarterly"),
    }
    return texts.get(value, "")


def subscription_status_text(value: int) -> str:
    texts: dict[int, str] = {
        _pb.SUBSCRIPTION_STATUS_REQUESTED: translate("CustomerOverview", "Requested"),
        _pb.SUBSCRIPTION_STATUS_ACTIVE: translate("CustomerOverview", "Active"),
        _pb.SUBSCRIPTION_STATUS_SUSPENDED: translate("CustomerOverview", "Suspended (cut)"),
        _pb.SUBSCRIPTION_STATUS_TERMINATED: translate("CustomerOverview", "Terminated"),
    }
    return texts.get(value, "")


def meter_status_text(value: int) -> str:
    texts: dict[int, str] = {
        _pb.METER_STATUS_IN_STOCK: translate("CustomerOverview", "In stock"),
        _pb.METER_STATUS_INSTALLED: translate("CustomerOverview", "Installed"),
        _pb.METER_STATUS_REMOVED: translate("CustomerOverview", "Removed"),
        _pb.METER_STATUS_SCRAPPED: translate("CustomerOverview", "Scrapped"),
    }
    return texts.get(value, "")


def language_text(code: str) -> str:
    return {
        "fr": translate("CustomerOverview", "French"),
        "en": translate("CustomerOverview", "English"),
    }.get(code, code)


def yes_no(value: bool) -> str:
    return translate("CustomerOverview", "Yes") if value else translate("CustomerOverview", "No")


# the statuses from which a meter can be fitted at a premise (as the server decides)
INSTALLABLE_METER_STATUSES = (_pb.METER_STATUS_IN_STOCK, _pb.METER_STATUS_REMOVED)
# which verbs a subscription in a status accepts (the server decides; this only greys buttons)
ALLOWED_VERBS = {
    _pb.SUBSCRIPTION_STATUS_REQUESTED: ("activate", "terminate"),
    _pb.SUBSCRIPTION_STATUS_ACTIVE: ("suspend", "terminate"),
    _pb.SUBSCRIPTION_STATUS_SUSPENDED: ("resume", "terminate"),
    _pb.SUBSCRIPTION_STATUS_TERMINATED: (),
}


def verb_text(verb: str) -> str:
    return {
        "activate": translate("CustomerOverview", "Activate"),
        "suspend": translate("CustomerOverview", "Suspend (cut)"),
        "resume": translate("CustomerOverview", "Resume (reconnect)"),
        "terminate": translate("CustomerOverview", "Terminate"),
    }.get(verb, verb)


# -- rows of the sections ------------------------------------------------------------------------
def coded(code: str, labels: dict[str, str] | None) -> str:
    """'DOM - Domestique' when the reference list is known, else the code."""
    label = (labels or {}).get(code, "")
    return f"{code} - {label}" if label and label != code else code


def identity_fields(
    customer: Customer, codes: dict[str, list[tuple[str, str]]] | None = None
) -> list[tuple[str, str]]:
    codes = codes or {}
    categories = dict(codes.get("customer_category", []))
    documents = dict(codes.get("id_document_type", []))
    document_type = coded(customer.id_document_type, documents)
    document = " ".join(x for x in (document_type, customer.id_document_number) if x)
    opt_ins = ", ".join(
        text
        for on, text in (
            (customer.ebill_opt_in, translate("CustomerOverview", "e-bill")),
            (customer.sms_opt_in, translate("CustomerOverview", "SMS")),
        )
        if on
    )
    return [
        (translate("CustomerOverview", "Customer no."), customer.customer_number),
        (translate("CustomerOverview", "Kind"), kind_text(customer.kind)),
        (translate("CustomerOverview", "Name"), customer.display_name),
        (translate("CustomerOverview", "ID document"), document),
        (translate("CustomerOverview", "Phones"), ", ".join(customer.phones)),
        (translate("CustomerOverview", "E-mail"), customer.email),
        (translate("CustomerOverview", "Language"), language_text(customer.preferred_language)),
        (
            translate("CustomerOverview", "Opt-ins"),
            opt_ins or translate("CustomerOverview", "None"),
        ),
        (
            translate("CustomerOverview", "Category"),
            coded(customer.category_code, categories),
        ),
        (translate("CustomerOverview", "Created"), format_timestamp(customer.created_at)),
        (translate("CustomerOverview", "Last change"), format_timestamp(customer.updated_at)),
    ]


def account_headers() -> list[str]:
    return [
        translate("CustomerOverview", "Account no."),
        translate("CustomerOverview", "Grouping"),
        translate("CustomerOverview", "Status"),
        translate("CustomerOverview", "Billing address"),
        translate("CustomerOverview", "Balance"),
        translate("CustomerOverview", "Overdue"),
        translate("CustomerOverview", "Open bills"),
    ]


def address_text(address: customer_pb2.PostalAddress) -> str:
    parts = [address.address_line, address.district, address.city]
    if address.postal_box:
        parts.append(translate("CustomerOverview", "PO Box %1").replace("%1", address.postal_box))
    return ", ".join(p for p in parts if p)


def account_rows(overview: CustomerOverview) -> list[RecordRow]:
    balances = {b.account_id: b for b in overview.balances}
    rows = []
    for account in overview.accounts:
        balance = balances.get(account.account_id)
        if account.is_group:
            grouping = translate("CustomerOverview", "Grouped account (pays for its members)")
        elif account.group_account_id:
            grouping = translate("CustomerOverview", "Member of %1").replace(
                "%1", account.group_account_number
            )
        else:
            grouping = ""
        status = (
            translate("CustomerOverview", "Closed")
            if account.status == _pb.ACCOUNT_STATUS_CLOSED
            else translate("CustomerOverview", "Active")
        )
        overdue = balance is not None and balance.overdue.amount_minor > 0
        rows.append(
            RecordRow(
                account,
                (
                    account.account_number,
                    grouping,
                    status,
                    address_text(account.billing_address),
                    money(balance.balance) if balance else "",
                    money(balance.overdue) if balance else "",
                    str(balance.open_bill_count) if balance else "",
                ),
                highlighted=overdue,
            )
        )
    return rows


def member_headers() -> list[str]:
    return [
        translate("CustomerOverview", "Grouped account"),
        translate("CustomerOverview", "Member account"),
        translate("CustomerOverview", "Member's billing address"),
    ]


def subscription_headers() -> list[str]:
    return [
        translate("CustomerOverview", "Subscription no."),
        translate("CustomerOverview", "Service"),
        translate("CustomerOverview", "Product"),
        translate("CustomerOverview", "Tariff category"),
        translate("CustomerOverview", "Power / calibre"),
        translate("CustomerOverview", "Periodicity"),
        translate("CustomerOverview", "Status"),
        translate("CustomerOverview", "Requested"),
        translate("CustomerOverview", "Activated"),
        translate("CustomerOverview", "Suspended"),
        translate("CustomerOverview", "Terminated"),
        translate("CustomerOverview", "Account"),
        translate("CustomerOverview", "Premise"),
    ]


def power_text(subscription: Subscription) -> str:
    if subscription.service == _pb.SERVICE_KIND_ELECTRICITY:
        return format_kva(subscription.subscribed_power_va)
    return subscription.calibre_code


def format_kva(volt_amperes: int) -> str:
    whole, rest = divmod(volt_amperes, 1000)
    text = str(whole) if not rest else f"{whole}{QLocale().decimalPoint()}{rest:03d}".rstrip("0")
    return f"{text} kVA"


def subscription_rows(overview: CustomerOverview) -> list[RecordRow]:
    accounts = {a.account_id: a.account_number for a in overview.accounts}
    premises = {p.premise_id: p for p in overview.premises}
    rows = []
    for sub in overview.subscriptions:
        premise = premises.get(sub.premise_id)
        rows.append(
            RecordRow(
                sub,
                (
                    sub.subscription_number,
                    service_text(sub.service),
                    sub.product_code,
                    sub.tariff_category_code,
                    power_text(sub),
                    periodicity_text(sub.billing_periodicity),
                    subscription_status_text(sub.status),
                    _date(sub.requested_on),
                    _date(sub.activated_on),
                    _date(sub.suspended_on),
                    _date(sub.terminated_on),
                    accounts.get(sub.account_id, ""),
                    premise_address(premise) if premise else "",
                ),
                highlighted=sub.status == _pb.SUBSCRIPTION_STATUS_SUSPENDED,
            )
        )
    return rows


def premise_headers() -> list[str]:
    return [
        translate("CustomerOverview", "Premise no."),
        translate("CustomerOverview", "Address"),
        translate("CustomerOverview", "Landmark"),
        translate("CustomerOverview", "GPS"),
        translate("CustomerOverview", "Round / order"),
        translate("CustomerOverview", "Network address"),
    ]


def premise_address(premise: Premise) -> str:
    return ", ".join(p for p in (premise.address_line, premise.district, premise.city) if p)


def network_text(premise: Premise) -> str:
    """Substation / feeder / transformer for electricity, and the water sector (ACC-5)."""
    network = premise.network_address
    parts = [
        (translate("CustomerOverview", "Substation"), network.substation),
        (translate("CustomerOverview", "Feeder"), network.feeder),
        (translate("CustomerOverview", "Transformer"), network.transformer),
        (translate("CustomerOverview", "Water sector"), network.water_sector),
    ]
    return " / ".join(f"{label} {_node(node)}" for label, node in parts if node.node_id)


def _node(node: customer_pb2.NetworkNode) -> str:
    return f"{node.code} ({node.name})" if node.name and node.name != node.code else node.code


def premise_rows(overview: CustomerOverview) -> list[RecordRow]:
    rows = []
    for premise in overview.premises:
        location = premise.location
        gps = (
            format_micro_degrees(location.latitude_e6, location.longitude_e6)
            if premise.HasField("location")
            else ""
        )
        round_text = premise.round_code
        if premise.round_order:
            round_text = f"{round_text} / {premise.round_order}"
        rows.append(
            RecordRow(
                premise,
                (
                    premise.premise_number,
                    premise_address(premise),
                    premise.landmark,
                    gps,
                    round_text,
                    network_text(premise),
                ),
            )
        )
    return rows


def meter_headers() -> list[str]:
    return [
        translate("CustomerOverview", "Serial"),
        translate("CustomerOverview", "Service"),
        translate("CustomerOverview", "Make / type"),
        translate("CustomerOverview", "Calibre"),
        translate("CustomerOverview", "Digits"),
        translate("CustomerOverview", "Multiplier"),
        translate("CustomerOverview", "Registers"),
        translate("CustomerOverview", "Status"),
        translate("CustomerOverview", "Premise"),
        translate("CustomerOverview", "Installed"),
        translate("CustomerOverview", "Seals"),
    ]


def meter_rows(overview: CustomerOverview) -> list[RecordRow]:
    premises = {p.premise_id: p for p in overview.premises}
    installations = {i.meter_id: i for i in overview.installations if not i.removed_on.year}
    rows = []
    for meter in overview.meters:
        installation = installations.get(meter.meter_id)
        premise = premises.get(installation.premise_id) if installation else None
        seals = [
            s.seal_number
            for s in overview.seals
            if s.meter_id == meter.meter_id and not s.removed_on.year
        ]
        registers = ", ".join(f"{r.code} ({r.unit})" for r in meter.registers)
        rows.append(
            RecordRow(
                meter,
                (
                    meter.serial,
                    service_text(meter.service),
                    " / ".join(x for x in (meter.make_code, meter.meter_type_code) if x),
                    meter.calibre_code,
                    str(meter.digits) if meter.digits else "",
                    meter.multiplier,
                    registers,
                    meter_status_text(meter.status),
                    premise.premise_number if premise else "",
                    _date(installation.installed_on) if installation else "",
                    ", ".join(seals),
                ),
            )
        )
    return rows


def seal_headers() -> list[str]:
    return [
        translate("CustomerOverview", "Seal no."),
        translate("CustomerOverview", "Meter"),
        translate("CustomerOverview", "Position"),
        translate("CustomerOverview", "Fitted"),
        translate("CustomerOverview", "Removed"),
        translate("CustomerOverview", "Why"),
    ]


def seal_rows(overview: CustomerOverview) -> list[RecordRow]:
    serials = {m.meter_id: m.serial for m in overview.meters}
    return [
        RecordRow(
            seal,
            (
                seal.seal_number,
                serials.get(seal.meter_id, ""),
                seal.position,
                _date(seal.fitted_on),
                _date(seal.removed_on),
                seal.removal_reason,
            ),
        )
        for seal in overview.seals
    ]


def bill_headers() -> list[str]:
    return [
        translate("CustomerOverview", "Bill no."),
        translate("CustomerOverview", "Account"),
        translate("CustomerOverview", "Period"),
        translate("CustomerOverview", "Issued"),
        translate("CustomerOverview", "Due"),
        translate("CustomerOverview", "Amount"),
        translate("CustomerOverview", "Left to pay"),
        translate("CustomerOverview", "Origin"),
    ]


def bill_rows(overview: CustomerOverview, today: dt.date) -> list[RecordRow]:
    accounts = {a.account_id: a.account_number for a in overview.accounts}
    rows = []
    for bill in overview.open_bills:
        due = _as_date(bill.due_date)
        overdue = bill.open_amount.amount_minor > 0 and due is not None and due < today
        origin = {
            "legacy": translate("CustomerOverview", "Carried over"),
            "billing": translate("CustomerOverview", "Billing"),
        }.get(bill.origin, bill.origin)
        rows.append(
            RecordRow(
                bill,
                (
                    bill.bill_number,
                    accounts.get(bill.account_id, ""),
                    bill.period_label,
                    _date(bill.issue_date),
                    # said in words too: a theme may not show the highlight's colour
                    translate("CustomerOverview", "%1 (overdue)").replace(
                        "%1", _date(bill.due_date)
                    )
                    if overdue
                    else _date(bill.due_date),
                    money(bill.amount),
                    money(bill.open_amount),
                    origin,
                ),
                highlighted=overdue,
                tooltip=translate("CustomerOverview", "Overdue") if overdue else "",
            )
        )
    return rows


def total_balance_text(overview: CustomerOverview) -> str:
    """'Balance 12 500 FCFA, of which overdue 5 000 FCFA' over every account (one currency)."""
    if not overview.balances:
        return translate("CustomerOverview", "No account")
    currency = overview.balances[0].balance.currency_code
    total = sum(b.balance.amount_minor for b in overview.balances)
    overdue = sum(b.overdue.amount_minor for b in overview.balances)
    text = translate("CustomerOverview", "Balance %1").replace("%1", format_money(total, currency))
    if overdue:
        text += " - " + translate("CustomerOverview", "overdue %1").replace(
            "%1", format_money(overdue, currency)
        )
    return text


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

"""The create and edit dialogs of the customer base, with field-level errors (ACC-4)."""

from __future__ import annotations

import contextlib

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from iwebs.v1 import customer_pb2
from iwebs_client.presenters.customer_forms import (
    ELECTRICITY,
    ORGANISATION,
    PERSON,
    WATER,
    AccountForm,
    CustomerForm,
    InstallForm,
    MeterForm,
    PremiseForm,
    StateChangeForm,
    SubscriptionForm,
)
from iwebs_client.presenters.customer_overview_presenter import (
    CustomerOverviewPresenter,
    power_text,
    premise_address,
    verb_text,
)
from iwebs_client.presenters.presenter_base import CommandIntent
from iwebs_client.presenters.service_ports import (
    Customer,
    CustomerAccount,
    Meter,
    NetworkNode,
    Premise,
    Round,
    Subscription,
)
from iwebs_client.views.customers.record_dialog import (
    CodeBox,
    RecordDialog,
    date_edit,
    date_of,
    line,
)

_pb = customer_pb2


def _agency_combo(presenter: CustomerOverviewPresenter, current: str) -> QComboBox:
    """The agencies of the user's scope; the workstation's agency by its name."""
    session = presenter.session
    combo = QComboBox()
    ids = list(session.agency_ids)
    if session.workstation_agency_id and session.workstation_agency_id not in ids:
        ids.insert(0, session.workstation_agency_id)
    if current and current not in ids:
        ids.insert(0, current)
    for agency_id in ids:
        name = session.workstation_agency_name if agency_id == session.workstation_agency_id else ""
        combo.addItem(name or agency_id[:8], agency_id)
    combo.setCurrentIndex(max(combo.findData(current or presenter.default_agency_id), 0))
    return combo


class CustomerDialog(RecordDialog):
    """New customer (person or organisation) or edit of one."""

    def __init__(
        self,
        presenter: CustomerOverviewPresenter,
        customer: Customer | None,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("New customer") if customer is None else self.tr("Edit customer")
        super().__init__(presenter, title, parent)
        self.setObjectName("customerDialog")
        self.customer = customer
        self.intent = CommandIntent()
        form = CustomerForm.of(customer) if customer else CustomerForm()
        self.kind_combo = QComboBox()
        self.kind_combo.addItem(self.tr("Person"), PERSON)
        self.kind_combo.addItem(self.tr("Organisation"), ORGANISATION)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(form.kind))
        self.agency_combo = _agency_combo(presenter, form.agency_id)
        self.agency_combo.setEnabled(customer is None)
        self.family_edit = line(form.family_name, 100)
        self.given_edit = line(form.given_names, 100)
        self.organisation_edit = line(form.organisation_name, 200)
        self.category_box = self.bind_codes(CodeBox(form.category_code), "customer_category")
        self.document_type_box = self.bind_codes(CodeBox(form.id_document_type), "id_document_type")
        self.document_number_edit = line(form.id_document_number, 50)
        self.phones_edit = line(", ".join(form.phones), 120)
        self.phones_edit.setPlaceholderText(self.tr("+221 77 123 45 67, 33 821 00 00"))
        self.email_edit = line(form.email, 200)
        self.language_combo = QComboBox()
        self.language_combo.addItem(self.tr("French"), "fr")
        self.language_combo.addItem(self.tr("English"), "en")
        self.language_combo.setCurrentIndex(
            max(self.language_combo.findData(form.preferred_language), 0)
        )
        self.ebill_check = QCheckBox(self.tr("E-&bills by e-mail"))
        self.ebill_check.setChecked(form.ebill_opt_in)
        self.sms_check = QCheckBox(self.tr("S&MS notices"))
        self.sms_check.setChecked(form.sms_opt_in)
        opt_ins = QWidget()
        row = QHBoxLayout(opt_ins)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.ebill_check)
        row.addWidget(self.sms_check)
        row.addStretch(1)

        self.add_field("kind", self.tr("&Kind:"), self.kind_combo)
        self.add_field("agency_id", self.tr("A&gency:"), self.agency_combo)
        self.add_field("family_name", self.tr("&Family name:"), self.family_edit)
        self.add_field("given_names", self.tr("Gi&ven names:"), self.given_edit)
        self.add_field("organisation_name", self.tr("O&rganisation:"), self.organisation_edit)
        self.add_field("category_code", self.tr("Ca&tegory:"), self.category_box)
        self.add_field("id_document_type", self.tr("ID &document type:"), self.document_type_box)
        self.add_field(
            "id_document_number", self.tr("ID document n&umber:"), self.document_number_edit
        )
        self.add_field("phones", self.tr("&Phones:"), self.phones_edit)
        self.add_field("email", self.tr("&E-mail:"), self.email_edit)
        self.add_field("preferred_language", self.tr("&Language:"), self.language_combo)
        self.add_field("ebill_opt_in", self.tr("Opt-ins:"), opt_ins, also=("sms_opt_in",))
        if customer is not None:
            self.add_note()
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        (self.family_edit if form.kind == PERSON else self.organisation_edit).setFocus()

    def _kind_changed(self) -> None:
        person = self.kind_combo.currentData() == PERSON
        self.family_edit.setEnabled(person)
        self.given_edit.setEnabled(person)
        self.organisation_edit.setEnabled(not person)

    def current_form(self) -> CustomerForm:
        phones = tuple(p.strip() for p in self.phones_edit.text().split(",") if p.strip())
        return CustomerForm(
            kind=int(self.kind_combo.currentData()),
            agency_id=str(self.agency_combo.currentData() or ""),
            family_name=self.family_edit.text(),
            given_names=self.given_edit.text(),
            organisation_name=self.organisation_edit.text(),
            category_code=self.category_box.code(),
            id_document_type=self.document_type_box.code(),
            id_document_number=self.document_number_edit.text(),
            phones=phones,
            email=self.email_edit.text(),
            preferred_language=str(self.language_combo.currentData() or "fr"),
            ebill_opt_in=self.ebill_check.isChecked(),
            sms_opt_in=self.sms_check.isChecked(),
        )

    def send(self) -> bool:
        if self.customer is None:
            return self.presenter.create_customer(self.intent, self.current_form())
        return self.presenter.update_customer(
            self.intent, self.customer, self.current_form(), self.note()
        )


class AccountDialog(RecordDialog):
    """New account for the customer, or edit of an account's billing address."""

    def __init__(
        self,
        presenter: CustomerOverviewPresenter,
        customer: Customer,
        account: CustomerAccount | None,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("New account") if account is None else self.tr("Billing address")
        super().__init__(presenter, title, parent)
        self.setObjectName("accountDialog")
        self.account = account
        self.intent = CommandIntent()
        form = (
            AccountForm.of(account)
            if account
            else AccountForm(customer_id=customer.customer_id, agency_id=customer.agency_id)
        )
        self.customer_id = customer.customer_id
        self.agency_combo = _agency_combo(presenter, form.agency_id)
        self.agency_combo.setEnabled(account is None)
        self.group_check = QCheckBox(self.tr("Grou&ped account (pays for other accounts)"))
        self.group_check.setChecked(form.is_group)
        self.group_check.setEnabled(account is None)
        self.address_edit = line(form.address_line)
        self.district_edit = line(form.district, 100)
        self.city_edit = line(form.city, 100)
        self.box_edit = line(form.postal_box, 30)
        if account is None:
            self.add_field("agency_id", self.tr("A&gency:"), self.agency_combo)
            self.add_field("is_group", self.tr("Kind:"), self.group_check)
        self.add_field(
            "billing_address.address_line",
            self.tr("&Address:"),
            self.address_edit,
            also=("billing_address",),
        )
        self.add_field("billing_address.district", self.tr("&District:"), self.district_edit)
        self.add_field("billing_address.city", self.tr("&Town:"), self.city_edit)
        self.add_field("billing_address.postal_box", self.tr("PO Bo&x:"), self.box_edit)
        if account is not None:
            self.add_note()
            self.address_edit.setFocus()

    def current_form(self) -> AccountForm:
        return AccountForm(
            customer_id=self.customer_id,
            agency_id=str(self.agency_combo.currentData() or ""),
            currency_code=self.account.currency_code if self.account else "XOF",
            is_group=self.group_check.isChecked(),
            address_line=self.address_edit.text(),
            district=self.district_edit.text(),
            city=self.city_edit.text(),
            postal_box=self.box_edit.text(),
        )

    def send(self) -> bool:
        if self.account is None:
            return self.presenter.create_account(self.intent, self.current_form())
        return self.presenter.update_billing_address(
            self.intent, self.account, self.current_form(), self.note()
        )


class GroupDialog(RecordDialog):
    """Join a grouped account (one payer for many accounts), or leave it; with a reason."""

    def __init__(
        self,
        presenter: CustomerOverviewPresenter,
        member: CustomerAccount,
        parent: QWidget | None = None,
    ) -> None:
        leaving = bool(member.group_account_id)
        title = (
            self.tr("Leave the grouped account %1").replace("%1", member.group_account_number)
            if leaving
            else self.tr("Join a grouped account")
        )
        super().__init__(presenter, title, parent)
        self.setObjectName("groupDialog")
        self.member = member
        self.leaving = leaving
        self.intent = CommandIntent()
        self.group_edit = line("", 20)
        if not leaving:
            self.add_field(
                "group_account_id",
                self.tr("&Grouped account no.:"),
                self.group_edit,
                also=("member_account_id",),
            )
        self.add_note(correction_allowed=False)

    def send(self) -> bool:
        if self.leaving:
            return self.presenter.leave_group(self.intent, self.member, self.note())
        return self.presenter.join_group(
            self.intent, self.member, self.group_edit.text(), self.note()
        )


class PremiseDialog(RecordDialog):
    """New premise, or edit of a premise's address, GPS, round and network address."""

    def __init__(
        self,
        presenter: CustomerOverviewPresenter,
        premise: Premise | None,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("New premise") if premise is None else self.tr("Edit premise")
        super().__init__(presenter, title, parent)
        self.setObjectName("premiseDialog")
        self.premise = premise
        self.intent = CommandIntent()
        form = PremiseForm.of(premise) if premise else PremiseForm()
        self.agency_combo = _agency_combo(presenter, form.agency_id)
        self.agency_combo.setEnabled(premise is None)
        self.address_edit = line(form.address_line)
        self.district_edit = line(form.district, 100)
        self.city_edit = line(form.city, 100)
        self.landmark_edit = line(form.landmark)
        self.landmark_edit.setPlaceholderText(self.tr("e.g. behind the Grand Mosque"))
        self.latitude_edit = line(form.latitude, 12)
        self.latitude_edit.setPlaceholderText(self.tr("latitude, e.g. 14.693425"))
        self.longitude_edit = line(form.longitude, 12)
        self.longitude_edit.setPlaceholderText(self.tr("longitude, e.g. -17.447938"))
        gps = QWidget()
        row = QHBoxLayout(gps)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.latitude_edit)
        row.addWidget(self.longitude_edit)
        self.round_combo = QComboBox()
        self.round_order_spin = QSpinBox()
        self.round_order_spin.setRange(0, 99999)
        self.round_order_spin.setValue(form.round_order)
        self.transformer_combo = QComboBox()
        self.sector_combo = QComboBox()
        self._form = form
        self.add_field("agency_id", self.tr("Agenc&y:"), self.agency_combo)
        self.add_field("address_line", self.tr("&Address:"), self.address_edit)
        self.add_field("district", self.tr("&District:"), self.district_edit)
        self.add_field("city", self.tr("&Town:"), self.city_edit)
        self.add_field("landmark", self.tr("&Landmark:"), self.landmark_edit)
        self.add_field(
            "location",
            self.tr("&GPS (decimal degrees):"),
            gps,
            also=("location.latitude_e6", "location.longitude_e6", "latitude_e6", "longitude_e6"),
        )
        self.add_field("round_id", self.tr("&Round:"), self.round_combo)
        self.add_field("round_order", self.tr("&Order in the round:"), self.round_order_spin)
        self.add_field("transformer_id", self.tr("Trans&former (electricity):"),
                       self.transformer_combo)  # fmt: skip
        self.add_field("water_sector_id", self.tr("&Water sector:"), self.sector_combo)
        if premise is not None:
            self.add_note()
        self.address_edit.setFocus()
        self._fill_choices([], [], [])
        presenter.premise_choices_loaded.connect(self._fill_choices)
        presenter.load_premise_choices(form.agency_id or presenter.default_agency_id)

    def _fill_choices(
        self, rounds: list[Round], transformers: list[NetworkNode], sectors: list[NetworkNode]
    ) -> None:
        form = self._form
        network = self.premise.network_address if self.premise else None
        lists = (
            (self.round_combo, [(r.round_id, f"{r.code} - {r.name}") for r in rounds],
             form.round_id, self.premise.round_code if self.premise else ""),
            (self.transformer_combo, [(n.node_id, f"{n.code} - {n.name}") for n in transformers],
             form.transformer_id, network.transformer.code if network else ""),
            (self.sector_combo, [(n.node_id, f"{n.code} - {n.name}") for n in sectors],
             form.water_sector_id, network.water_sector.code if network else ""),
        )  # fmt: skip
        for combo, items, current, current_code in lists:
            chosen = str(combo.currentData() or current)
            combo.clear()
            combo.addItem(self.tr("(none)"), "")
            for value, text in items:
                combo.addItem(text, value)
            if chosen and combo.findData(chosen) < 0:  # not (yet) in the list: keep it
                combo.addItem(current_code if chosen == current else chosen[:8], chosen)
            combo.setCurrentIndex(max(combo.findData(chosen), 0))

    def current_form(self) -> PremiseForm:
        return PremiseForm(
            agency_id=str(self.agency_combo.currentData() or ""),
            address_line=self.address_edit.text(),
            district=self.district_edit.text(),
            city=self.city_edit.text(),
            landmark=self.landmark_edit.text(),
            latitude=self.latitude_edit.text(),
            longitude=self.longitude_edit.text(),
            round_id=str(self.round_combo.currentData() or ""),
            round_order=self.round_order_spin.value(),
            transformer_id=str(self.transformer_combo.currentData() or ""),
            water_sector_id=str(self.sector_combo.currentData() or ""),
        )

    def send(self) -> bool:
        if self.premise is None:
            return self.presenter.create_premise(self.intent, self.current_form())
        return self.presenter.update_premise(
            self.intent, self.premise, self.current_form(), self.note()
        )

    def done(self, result: int) -> None:
        with contextlib.suppress(RuntimeError, TypeError):
            self.presenter.premise_choices_loaded.disconnect(self._fill_choices)
        super().done(result)


class SubscriptionDialog(RecordDialog):
    """A new subscription (a paying account, a premise, the service and its tariff), or a
    change of one: tariff, power or calibre, periodicity, or a transfer to another payer."""

    def __init__(
        self,
        presenter: CustomerOverviewPresenter,
        accounts: list[CustomerAccount],
        premises: list[Premise],
        parent: QWidget | None = None,
        subscription: Subscription | None = None,
    ) -> None:
        title = (
            self.tr("New subscription")
            if subscription is None
            else self.tr("Subscription %1").replace("%1", subscription.subscription_number)
        )
        super().__init__(presenter, title, parent)
        self.setObjectName("subscriptionDialog")
        self.intent = CommandIntent()
        self.subscription = subscription
        self.account_combo = QComboBox()
        for account in accounts:
            self.account_combo.addItem(account.account_number, account.account_id)
        self.premise_combo = QComboBox()
        for premise in premises:
            text = f"{premise.premise_number} - {premise_address(premise)}"
            self.premise_combo.addItem(text, premise.premise_id)
        self._agencies = {p.premise_id: p.agency_id for p in premises}
        self.service_combo = QComboBox()
        self.service_combo.addItem(self.tr("Electricity"), ELECTRICITY)
        self.service_combo.addItem(self.tr("Water"), WATER)
        self.product_box = self.bind_codes(CodeBox(""), "product")
        self.tariff_box = self.bind_codes(CodeBox(""), "tariff_category")
        self.power_edit = line("", 10)
        self.power_edit.setPlaceholderText(self.tr("kVA, e.g. 6"))
        self.calibre_box = self.bind_codes(CodeBox(""), "calibre")
        self.periodicity_combo = QComboBox()
        for value, text in (
            (_pb.BILLING_PERIODICITY_MONTHLY, self.tr("Monthly")),
            (_pb.BILLING_PERIODICITY_BIMONTHLY, self.tr("Every two months")),
            (_pb.BILLING_PERIODICITY_QUARTERLY, self.tr("Quarterly")),
        ):
            self.periodicity_combo.addItem(text, int(value))
        self.add_field("account_id", self.tr("Paying &account:"), self.account_combo)
        self.add_field("premise_id", self.tr("&Premise:"), self.premise_combo)
        self.add_field("service", self.tr("Ser&vice:"), self.service_combo)
        self.add_field("product_code", self.tr("P&roduct:"), self.product_box)
        self.add_field("tariff_category_code", self.tr("&Tariff category:"), self.tariff_box)
        self.add_field("subscribed_power_va", self.tr("Subscribed p&ower (kVA):"),
                       self.power_edit)  # fmt: skip
        self.add_field("calibre_code", self.tr("Ca&libre (water):"), self.calibre_box)
        self.add_field("billing_periodicity", self.tr("&Billing:"), self.periodicity_combo)
        self.service_combo.currentIndexChanged.connect(self._service_changed)
        if subscription is not None:
            self._show(subscription)
            self.add_note()
        self._service_changed()
        self.account_combo.setFocus()

    def _show(self, subscription: Subscription) -> None:
        for combo, value in (
            (self.account_combo, subscription.account_id),
            (self.premise_combo, subscription.premise_id),
            (self.service_combo, subscription.service),
            (self.periodicity_combo, subscription.billing_periodicity),
        ):
            combo.setCurrentIndex(max(combo.findData(value), 0))
        self.premise_combo.setEnabled(False)
        self.service_combo.setEnabled(False)
        self.product_box.set_code(subscription.product_code)
        self.tariff_box.set_code(subscription.tariff_category_code)
        self.calibre_box.set_code(subscription.calibre_code)
        if subscription.subscribed_power_va:
            self.power_edit.setText(power_text(subscription).removesuffix(" kVA"))

    def _service_changed(self) -> None:
        electricity = self.service_combo.currentData() == ELECTRICITY
        self.power_edit.setEnabled(electricity)
        self.calibre_box.setEnabled(not electricity)

    def current_form(self) -> SubscriptionForm:
        premise_id = str(self.premise_combo.currentData() or "")
        return SubscriptionForm(
            account_id=str(self.account_combo.currentData() or ""),
            premise_id=premise_id,
            agency_id=self._agencies.get(premise_id, ""),
            service=int(self.service_combo.currentData()),
            product_code=self.product_box.code(),
            tariff_category_code=self.tariff_box.code(),
            power_kva=self.power_edit.text(),
            calibre_code=self.calibre_box.code(),
            billing_periodicity=int(self.periodicity_combo.currentData()),
        )

    def send(self) -> bool:
        if self.subscription is None:
            return self.presenter.create_subscription(self.intent, self.current_form())
        return self.presenter.update_subscription(
            self.intent, self.subscription, self.current_form(), self.note()
        )


class StateChangeDialog(RecordDialog):
    """Activate, suspend, resume or terminate a subscription: a date and a reason."""

    def __init__(
        self,
        presenter: CustomerOverviewPresenter,
        subscription: Subscription,
        verb: str,
        parent: QWidget | None = None,
    ) -> None:
        title = f"{verb_text(verb)} - {subscription.subscription_number}"
        super().__init__(presenter, title, parent, submit_text=verb_text(verb))
        self.setObjectName("stateChangeDialog")
        self.subscription = subscription
        self.verb = verb
        self.intent = CommandIntent()
        self.date_edit = date_edit(presenter.today())
        self.add_field("effective_on", self.tr("&Effective on:"), self.date_edit)
        self.add_note(correction_allowed=False, reason_required=verb in ("suspend", "terminate"))

    def send(self) -> bool:
        form = StateChangeForm(self.verb, date_of(self.date_edit), self.note().reason)
        return self.presenter.change_subscription_state(self.intent, self.subscription, form)


class MeterDialog(RecordDialog):
    """A new meter into the agency's stock."""

    def __init__(self, presenter: CustomerOverviewPresenter, parent: QWidget | None = None):
        super().__init__(presenter, self.tr("Register a meter"), parent)
        self.setObjectName("meterDialog")
        self.intent = CommandIntent()
        self.agency_combo = _agency_combo(presenter, "")
        self.serial_edit = line("", 40)
        self.service_combo = QComboBox()
        self.service_combo.addItem(self.tr("Electricity"), ELECTRICITY)
        self.service_combo.addItem(self.tr("Water"), WATER)
        self.make_box = self.bind_codes(CodeBox(""), "meter_make")
        self.type_box = self.bind_codes(CodeBox(""), "meter_type")
        self.calibre_box = self.bind_codes(CodeBox(""), "calibre")
        self.digits_spin = QSpinBox()
        self.digits_spin.setRange(3, 12)
        self.digits_spin.setValue(6)
        self.multiplier_edit = line("1", 10)
        self.year_spin = QSpinBox()
        self.year_spin.setRange(0, 2100)
        self.year_spin.setSpecialValueText(self.tr("unknown"))
        self.registers_edit = line("single", 60)
        self.registers_edit.setPlaceholderText(self.tr("single, or peak, offpeak"))
        self.add_field("serial", self.tr("&Serial:"), self.serial_edit)
        self.add_field("agency_id", self.tr("A&gency:"), self.agency_combo)
        self.add_field("service", self.tr("Ser&vice:"), self.service_combo)
        self.add_field("make_code", self.tr("&Make:"), self.make_box)
        self.add_field("meter_type_code", self.tr("&Type:"), self.type_box)
        self.add_field("calibre_code", self.tr("&Calibre:"), self.calibre_box)
        self.add_field("digits", self.tr("&Digits:"), self.digits_spin)
        self.add_field("multiplier", self.tr("M&ultiplier:"), self.multiplier_edit)
        self.add_field("manufactured_year", self.tr("&Year made:"), self.year_spin)
        self.add_field("registers", self.tr("&Registers:"), self.registers_edit)
        self.serial_edit.setFocus()

    def send(self) -> bool:
        registers = tuple(c.strip() for c in self.registers_edit.text().split(",") if c.strip())
        form = MeterForm(
            agency_id=str(self.agency_combo.currentData() or ""),
            serial=self.serial_edit.text(),
            make_code=self.make_box.code(),
            meter_type_code=self.type_box.code(),
            service=int(self.service_combo.currentData()),
            calibre_code=self.calibre_box.code(),
            digits=self.digits_spin.value(),
            multiplier=self.multiplier_edit.text(),
            manufactured_year=self.year_spin.value(),
            register_codes=registers,
        )
        return self.presenter.register_meter(self.intent, form)


class InstallMeterDialog(RecordDialog):
    """Fit a meter from stock at a premise, for a subscription, with its first indexes."""

    def __init__(
        self,
        presenter: CustomerOverviewPresenter,
        premises: list[Premise],
        subscriptions: list[Subscription],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(presenter, self.tr("Install a meter"), parent)
        self.setObjectName("installMeterDialog")
        self.intent = CommandIntent()
        self.serial_edit = line("", 40)
        self.premise_combo = QComboBox()
        for premise in premises:
            self.premise_combo.addItem(
                f"{premise.premise_number} - {premise_address(premise)}", premise.premise_id
            )
        self.subscription_combo = QComboBox()
        self.subscription_combo.addItem(self.tr("(none)"), "")
        for sub in subscriptions:
            self.subscription_combo.addItem(sub.subscription_number, sub.subscription_id)
        self.date_edit = date_edit(presenter.today())
        self.indexes_edit = QPlainTextEdit()
        self.indexes_edit.setPlaceholderText(self.tr("one per line: register=index, e.g. single=0"))
        self.indexes_edit.setMaximumHeight(70)
        self.indexes_edit.setTabChangesFocus(True)
        self.add_field("serial", self.tr("Meter &serial:"), self.serial_edit, also=("meter_id",))
        self.add_field("premise_id", self.tr("&Premise:"), self.premise_combo)
        self.add_field("subscription_id", self.tr("Su&bscription:"), self.subscription_combo)
        self.add_field("installed_on", self.tr("&Installed on:"), self.date_edit)
        self.add_field("installation_indexes", self.tr("In&dexes:"), self.indexes_edit)

    def send(self) -> bool:
        form = InstallForm(
            serial=self.serial_edit.text(),
            premise_id=str(self.premise_combo.currentData() or ""),
            subscription_id=str(self.subscription_combo.currentData() or ""),
            installed_on=date_of(self.date_edit),
            indexes=parse_indexes(self.indexes_edit.toPlainText()),
        )
        return self.presenter.install_meter(self.intent, form)


def parse_indexes(text: str) -> dict[str, str]:
    """'single=1234' lines -> {'single': '1234'}; a bare number is the single register."""
    indexes: dict[str, str] = {}
    for raw in text.splitlines():
        if not raw.strip():
            continue
        code, _, value = raw.partition("=")
        if not value:
            code, value = "single", code
        indexes[code.strip()] = value.strip().replace(",", ".")
    return indexes


class RemoveMeterDialog(RecordDialog):
    def __init__(
        self, presenter: CustomerOverviewPresenter, meter: Meter, parent: QWidget | None = None
    ) -> None:
        super().__init__(presenter, self.tr("Remove meter %1").replace("%1", meter.serial), parent)
        self.setObjectName("removeMeterDialog")
        self.meter = meter
        self.intent = CommandIntent()
        self.date_edit = date_edit(presenter.today())
        self.indexes_edit = QPlainTextEdit()
        self.indexes_edit.setPlaceholderText(self.tr("one per line: register=index, e.g. single=0"))
        self.indexes_edit.setMaximumHeight(70)
        self.indexes_edit.setTabChangesFocus(True)
        self.add_field("removed_on", self.tr("&Removed on:"), self.date_edit)
        self.add_field("removal_indexes", self.tr("In&dexes:"), self.indexes_edit)
        self.add_note(correction_allowed=False, reason_required=True)

    def send(self) -> bool:
        return self.presenter.remove_meter(
            self.intent,
            self.meter,
            date_of(self.date_edit),
            parse_indexes(self.indexes_edit.toPlainText()),
            self.note().reason,
        )


class SealDialog(RecordDialog):
    def __init__(
        self, presenter: CustomerOverviewPresenter, meter: Meter, parent: QWidget | None = None
    ) -> None:
        super().__init__(presenter, self.tr("Fit a seal on %1").replace("%1", meter.serial), parent)
        self.setObjectName("sealDialog")
        self.meter = meter
        self.intent = CommandIntent()
        self.number_edit = line("", 40)
        self.position_box = self.bind_codes(CodeBox(""), "seal_position")
        self.date_edit = date_edit(presenter.today())
        self.add_field("seal_number", self.tr("Seal &number:"), self.number_edit)
        self.add_field("position", self.tr("&Position:"), self.position_box)
        self.add_field("fitted_on", self.tr("&Fitted on:"), self.date_edit)

    def send(self) -> bool:
        return self.presenter.fit_seal(
            self.intent,
            self.meter,
            self.number_edit.text(),
            self.position_box.code(),
            date_of(self.date_edit),
        )

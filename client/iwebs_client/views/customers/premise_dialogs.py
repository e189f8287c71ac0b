"""The create and edit dialogs of premises and subscriptions, and the changes of a
subscription's state, with field-level errors (ACC-4)."""

from __future__ import annotations

import contextlib

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QSpinBox,
    QWidget,
)

from iwebs.v1 import customer_pb2
from iwebs_client.presenters.customer_forms import (
    ELECTRICITY,
    WATER,
    PremiseForm,
    StateChangeForm,
    SubscriptionForm,
)
from iwebs_client.presenters.customer_overview_presenter import CustomerOverviewPresenter
from iwebs_client.presenters.customer_overview_rows import (
    power_text,
    premise_address,
    verb_text,
)
from iwebs_client.presenters.presenter_base import CommandIntent
from iwebs_client.presenters.service_ports import (
    CustomerAccount,
    NetworkNode,
    Premise,
    Round,
    Subscription,
)
from iwebs_client.views.customers.customer_dialogs import agency_combo
from iwebs_client.views.customers.record_dialog import (
    CodeBox,
    RecordDialog,
    date_edit,
    date_of,
    line,
)

_pb = customer_pb2


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
        self.agency_combo = agency_combo(presenter, form.agency_id)
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

"""The dialogs of meters: registration into stock, installation at a premise, removal and
seals, with field-level errors (ACC-4)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from iwebs_client.presenters.customer_forms import (
    ELECTRICITY,
    WATER,
    InstallForm,
    MeterForm,
)
from iwebs_client.presenters.customer_overview_presenter import CustomerOverviewPresenter
from iwebs_client.presenters.customer_overview_rows import premise_address
from iwebs_client.presenters.presenter_base import CommandIntent
from iwebs_client.presenters.service_ports import (
    Meter,
    Premise,
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


class MeterDialog(RecordDialog):
    """A new meter into the agency's stock."""

    def __init__(self, presenter: CustomerOverviewPresenter, parent: QWidget | None = None):
        super().__init__(presenter, self.tr("Register a meter"), parent)
        self.setObjectName("meterDialog")
        self.intent = CommandIntent()
        self.agency_combo = agency_combo(presenter, "")
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

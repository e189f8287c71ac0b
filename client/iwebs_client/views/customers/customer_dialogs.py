"""The create and edit dialogs of the customer and its accounts, with field-level errors
(ACC-4). The premise and subscription dialogs are in `premise_dialogs`, the meter dialogs in
`meter_dialogs`."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QWidget,
)

from iwebs_client.presenters.customer_forms import (
    ORGANISATION,
    PERSON,
    AccountForm,
    CustomerForm,
)
from iwebs_client.presenters.customer_overview_presenter import CustomerOverviewPresenter
from iwebs_client.presenters.presenter_base import CommandIntent
from iwebs_client.presenters.service_ports import (
    Customer,
    CustomerAccount,
)
from iwebs_client.views.customers.record_dialog import (
    CodeBox,
    RecordDialog,
    line,
)


def agency_combo(presenter: CustomerOverviewPresenter, current: str) -> QComboBox:
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
        self.agency_combo = agency_combo(presenter, form.agency_id)
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
        self.agency_combo = agency_combo(presenter, form.agency_id)
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

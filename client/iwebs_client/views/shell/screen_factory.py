"""Builds the page of a screen key with its presenter (one place knows every screen)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from iwebs_client.presenters.agency_admin_presenter import AgencyAdminPresenter
from iwebs_client.presenters.approval_presenter import ApprovalPresenter
from iwebs_client.presenters.audit_log_presenter import AuditLogPresenter
from iwebs_client.presenters.bank_deposit_presenter import BankDepositPresenter
from iwebs_client.presenters.bill_account_presenter import BillAccountPresenter
from iwebs_client.presenters.bill_navigation import BillNavigator
from iwebs_client.presenters.bill_run_presenter import BillRunPresenter
from iwebs_client.presenters.billing_batch_presenter import BillingBatchPresenter
from iwebs_client.presenters.cash_closing_presenter import CashClosingPresenter
from iwebs_client.presenters.cash_desk_presenter import CashDeskPresenter
from iwebs_client.presenters.cash_session_detail_presenter import CashSessionDetailPresenter
from iwebs_client.presenters.customer_navigation import CustomerNavigator
from iwebs_client.presenters.customer_overview_presenter import CustomerOverviewPresenter
from iwebs_client.presenters.customer_search_presenter import CustomerSearchPresenter
from iwebs_client.presenters.day_closure_presenter import DayClosurePresenter
from iwebs_client.presenters.legacy_import_presenter import LegacyImportPresenter
from iwebs_client.presenters.parameters_presenter import ParametersPresenter
from iwebs_client.presenters.payment_presenter import PaymentPresenter
from iwebs_client.presenters.profile_admin_presenter import ProfileAdminPresenter
from iwebs_client.presenters.reading_cases_presenter import ReadingCasesPresenter
from iwebs_client.presenters.reading_entry_presenter import ReadingEntryPresenter
from iwebs_client.presenters.receipt_print_presenter import ReceiptPrintPresenter
from iwebs_client.presenters.reference_data_presenter import ReferenceDataPresenter
from iwebs_client.presenters.security_policy_presenter import SecurityPolicyPresenter
from iwebs_client.presenters.service_ports import ClientServices, SessionInfo
from iwebs_client.presenters.tariff_presenter import TariffPresenter
from iwebs_client.presenters.till_positions_presenter import TillPositionsPresenter
from iwebs_client.presenters.user_admin_presenter import UserAdminPresenter
from iwebs_client.presenters.workstation_admin_presenter import WorkstationAdminPresenter
from iwebs_client.printing.print_settings import PrintSettings, load_print_settings
from iwebs_client.tasks import TaskRunner
from iwebs_client.views.administration.agencies_page import AgenciesPage
from iwebs_client.views.administration.audit_page import AuditPage
from iwebs_client.views.administration.parameters_page import ParametersPage
from iwebs_client.views.administration.profiles_page import ProfilesPage
from iwebs_client.views.administration.reference_data_page import ReferenceDataPage
from iwebs_client.views.administration.security_policy_page import SecurityPolicyPage
from iwebs_client.views.administration.users_page import UsersPage
from iwebs_client.views.administration.workstations_page import WorkstationsPage
from iwebs_client.views.approvals.approvals_page import ApprovalsPage
from iwebs_client.views.billing.account_bills_page import AccountBillsPage
from iwebs_client.views.billing.bill_runs_page import BillRunsPage
from iwebs_client.views.billing.bills_entry import install_bills_entry
from iwebs_client.views.cash.cash_desk_page import CashDeskPage
from iwebs_client.views.cash_supervision.bank_deposits_page import BankDepositsPage
from iwebs_client.views.cash_supervision.day_closures_page import DayClosuresPage
from iwebs_client.views.cash_supervision.till_positions_page import TillPositionsPage
from iwebs_client.views.customers.customer_360_page import Customer360Page
from iwebs_client.views.customers.customer_dialogs import CustomerDialog
from iwebs_client.views.customers.customer_search_page import CustomerSearchPage
from iwebs_client.views.customers.legacy_import_page import LegacyImportPage
from iwebs_client.views.readings.reading_cases_page import ReadingCasesPage
from iwebs_client.views.readings.reading_entry_page import ReadingEntryPage
from iwebs_client.views.tariffs.tariffs_page import TariffsPage


class ScreenFactory:
    def __init__(self, services: ClientServices, tasks: TaskRunner, session: SessionInfo) -> None:
        self._services = services
        self._tasks = tasks
        self._session = session
        #: search -> 360 view; the shell shows the screens it asks for
        self.navigator = CustomerNavigator()
        #: 360 view -> the account's bills (F)
        self.bill_navigator = BillNavigator(self.navigator)
        self._customer_presenter: CustomerOverviewPresenter | None = None

    def customer_presenter(self) -> CustomerOverviewPresenter:
        """One presenter for the 360 view and the dialogs opened from the search."""
        if self._customer_presenter is None:
            self._customer_presenter = CustomerOverviewPresenter(
                self._services, self._tasks, self._session, self.navigator
            )
        return self._customer_presenter

    def print_settings(self) -> PrintSettings:
        """The receipt printers of this workstation (settings.json next to its identity)."""
        store = getattr(self._services, "store", None)
        return load_print_settings(getattr(store, "config_dir", None))

    def cash_desk_page(self) -> CashDeskPage:
        services, tasks = self._services, self._tasks
        return CashDeskPage(
            CashDeskPresenter(services, tasks),
            PaymentPresenter(services, tasks, self._session),
            CashClosingPresenter(services, tasks),
            ReceiptPrintPresenter(services, tasks, self.print_settings()),
        )

    def create(self, key: str, can_manage: bool) -> QWidget:
        services, tasks = self._services, self._tasks
        if key == "agencies":
            return AgenciesPage(AgencyAdminPresenter(services, tasks), can_manage)
        if key == "users":
            return UsersPage(UserAdminPresenter(services, tasks), can_manage)
        if key == "profiles":
            return ProfilesPage(ProfileAdminPresenter(services, tasks), can_manage)
        if key == "workstations":
            return WorkstationsPage(WorkstationAdminPresenter(services, tasks), can_manage)
        if key == "security_policy":
            return SecurityPolicyPage(SecurityPolicyPresenter(services, tasks), can_manage)
        if key == "audit":
            return AuditPage(AuditLogPresenter(services, tasks), can_manage)
        if key == "parameters":
            return ParametersPage(ParametersPresenter(services, tasks), can_manage)
        if key == "reference_data":
            return ReferenceDataPage(ReferenceDataPresenter(services, tasks), can_manage)
        if key == "approvals":
            return ApprovalsPage(ApprovalPresenter(services, tasks, self._session), can_manage)
        if key == "customer_search":
            presenter = CustomerSearchPresenter(services, tasks, self._session, self.navigator)
            page = CustomerSearchPage(presenter, can_manage)
            if can_manage:
                page.add_new_customer_action(
                    lambda: CustomerDialog(self.customer_presenter(), None, page).open()
                )
            return page
        if key == "customer_360":
            overview = Customer360Page(self.customer_presenter(), can_manage)
            if "billing.read" in self._session.rights:
                install_bills_entry(overview, self.bill_navigator)
            return overview
        if key == "legacy_import":
            return LegacyImportPage(LegacyImportPresenter(services, tasks))
        if key == "cash_desk":
            return self.cash_desk_page()
        if key == "till_positions":
            return TillPositionsPage(
                TillPositionsPresenter(services, tasks, self._session),
                CashSessionDetailPresenter(services, tasks),
            )
        if key == "cash_closures":
            return DayClosuresPage(DayClosurePresenter(services, tasks, self._session), can_manage)
        if key == "bank_deposits":
            return BankDepositsPage(
                BankDepositPresenter(services, tasks, self._session), can_manage
            )
        if key == "tariffs":
            return TariffsPage(TariffPresenter(services, tasks, self._session))
        if key == "reading_entry":
            return ReadingEntryPage(ReadingEntryPresenter(services, tasks, self._session))
        if key == "reading_cases":
            return ReadingCasesPage(ReadingCasesPresenter(services, tasks, self._session))
        if key == "bill_runs":
            return BillRunsPage(
                BillingBatchPresenter(services, tasks, self._session),
                BillRunPresenter(services, tasks),
            )
        if key == "account_bills":
            return AccountBillsPage(
                BillAccountPresenter(services, tasks, self._session), self.bill_navigator
            )
        raise KeyError(key)

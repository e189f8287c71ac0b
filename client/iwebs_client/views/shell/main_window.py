"""The main window: menus and a navigation list built from the user's rights."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from iwebs_client.presenters import module_catalog
from iwebs_client.presenters.main_window_presenter import MainWindowPresenter
from iwebs_client.presenters.service_ports import SessionInfo
from iwebs_client.views.shell.no_module_page import NoModulePage
from iwebs_client.views.shell.status_bar_widgets import SessionStatusBar

PageFactory = Callable[[str, bool], QWidget]
_KEY_ROLE = Qt.ItemDataRole.UserRole + 1


class MainWindow(QMainWindow):
    change_password_requested = Signal()
    quit_requested = Signal()

    def __init__(
        self,
        presenter: MainWindowPresenter,
        page_factory: PageFactory,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.presenter = presenter
        self._page_factory = page_factory
        self._pages: dict[str, QWidget] = {}
        self._closing_for_logout = False
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("iWEBS"))
        self.resize(1200, 760)
        self.stack = QStackedWidget()
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setMaximumWidth(320)
        self.navigation.currentItemChanged.connect(self._navigate)
        self.screen_actions: dict[str, QAction] = {}
        self._build_file_menu()
        self._build_module_menus()
        splitter = QSplitter()
        splitter.addWidget(self.navigation)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setCollapsible(0, False)
        nav_width = self.navigation.sizeHintForColumn(0) + 32
        self.navigation.setMinimumWidth(min(max(nav_width, 160), 320))
        self.setCentralWidget(splitter)
        if not self.screen_actions:
            self.navigation.hide()
            self.no_module_page = NoModulePage()
            self.stack.addWidget(self.no_module_page)
        self.status = SessionStatusBar()
        self.setStatusBar(self.status)
        presenter.session_changed.connect(self._show_session)
        presenter.connection_changed.connect(self.status.show_connection)
        self._show_session(presenter.session)
        self.status.show_connection(presenter.connected)
        if self.navigation.count():
            self.show_screen(presenter.home_screen)

    @property
    def visible_screen_keys(self) -> list[str]:
        return list(self.screen_actions)

    def _build_file_menu(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&File"))
        change = QAction(self.tr("&Change my password..."), self)
        change.triggered.connect(self.change_password_requested.emit)
        logout = QAction(self.tr("&Log out"), self)
        logout.setShortcut(QKeySequence("Ctrl+Shift+L"))
        logout.triggered.connect(self.log_out)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        quit_action.triggered.connect(self.quit_requested.emit)
        menu.addActions([change, logout])
        menu.addSeparator()
        menu.addAction(quit_action)

    def _build_module_menus(self) -> None:
        number = 0
        for module, screens in self.presenter.modules:
            menu = self.menuBar().addMenu(module_catalog.module_title(module))
            for screen in screens:
                number += 1
                title = module_catalog.screen_title(screen.key)
                action = QAction(title, self)
                if number <= 9:
                    action.setShortcut(QKeySequence(f"Ctrl+{number}"))
                action.triggered.connect(lambda _=False, key=screen.key: self.show_screen(key))
                menu.addAction(action)
                self.screen_actions[screen.key] = action
                item = QListWidgetItem(title.replace("&", ""))
                item.setData(_KEY_ROLE, screen.key)
                self.navigation.addItem(item)

    def show_screen(self, key: str) -> None:
        for row in range(self.navigation.count()):
            if self.navigation.item(row).data(_KEY_ROLE) == key:
                self.navigation.setCurrentRow(row)
                return

    def current_page(self) -> QWidget | None:
        return self.stack.currentWidget()

    def _navigate(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if current is None:
            return
        key = str(current.data(_KEY_ROLE))
        page = self._pages.get(key)
        if page is None:
            page = self._page_factory(key, self.presenter.can_manage(key))
            page.setObjectName(f"page_{key}")
            self._pages[key] = page
            self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)

    def _show_session(self, session: SessionInfo) -> None:
        identity_name = session.workstation_name
        self.status.show_session(
            self.presenter.user_text(),
            self.presenter.agency_text(),
            identity_name,
            self.presenter.server_address,
            self.presenter.scope_text(),
        )

    def log_out(self) -> None:
        self._closing_for_logout = True
        self.presenter.logout()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.presenter.stop()
        super().closeEvent(event)

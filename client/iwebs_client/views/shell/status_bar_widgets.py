"""The status bar: user, agency, workstation, server and connection state."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QStatusBar, QWidget


class SessionStatusBar(QStatusBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sessionStatusBar")
        self.user_label = QLabel()
        self.agency_label = QLabel()
        self.workstation_label = QLabel()
        self.server_label = QLabel()
        self.connection_label = QLabel()
        self.connection_label.setObjectName("connectionLabel")
        for label in (
            self.user_label,
            self.agency_label,
            self.workstation_label,
            self.server_label,
            self.connection_label,
        ):
            self.addPermanentWidget(label)

    def show_session(
        self, user: str, agency: str, workstation: str, server: str, scope: str = ""
    ) -> None:
        self.user_label.setText(self.tr("User: %1").replace("%1", user))
        self.agency_label.setText(self.tr("Agency: %1").replace("%1", agency))
        self.agency_label.setToolTip(scope)
        self.workstation_label.setText(self.tr("Workstation: %1").replace("%1", workstation))
        self.server_label.setText(self.tr("Server: %1").replace("%1", server))

    def show_connection(self, connected: bool) -> None:
        if connected:
            self.connection_label.setText(self.tr("Connected"))
            self.connection_label.setStyleSheet("color: #1b5e20; font-weight: bold;")
        else:
            self.connection_label.setText(self.tr("Server unreachable"))
            self.connection_label.setStyleSheet("color: #b00020; font-weight: bold;")

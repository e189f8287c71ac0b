"""'Legacy import' (Customers menu, right customers.import): kind + file, send, progress,
then the rejected rows in a table. Keyboard: Alt+K kind, Alt+L file (Enter starts),
Alt+B browse, Alt+D dry run, Alt+I import; the table is reached with Tab."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from iwebs_client.backend.client_types import BackendError
from iwebs_client.presenters.error_messages import error_text
from iwebs_client.presenters.legacy_import_presenter import (
    ImportJob,
    ImportRejection,
    LegacyImportPresenter,
    import_kinds,
    reason_text,
    status_text,
)
from iwebs_client.views.common.error_display import error_label
from iwebs_client.views.common.table_columns import fit_columns

PROGRESS_STEPS = 1000


class LegacyImportPage(QWidget):
    def __init__(self, presenter: LegacyImportPresenter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.presenter = presenter
        self.setObjectName("legacyImportPage")
        title = QLabel(self.tr("Legacy import"))
        title.setObjectName("pageTitle")
        title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        intro = QLabel(
            self.tr(
                "Import a CSV file of the former system (format: docs/legacy-import.md). "
                "Import the kinds in the order of the list. A file with one bad row is "
                "rejected whole and nothing is written; the same file twice is imported once."
            )
        )
        intro.setWordWrap(True)
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("importKind")
        for kind, label in import_kinds():
            self.kind_combo.addItem(label, kind)
        kind_label = QLabel(self.tr("&Kind:"))
        kind_label.setBuddy(self.kind_combo)
        self.file_edit = QLineEdit()
        self.file_edit.setObjectName("importFile")
        self.file_edit.setMinimumWidth(360)
        self.file_edit.setPlaceholderText(self.tr("Path of the CSV file, then Enter"))
        self.file_edit.returnPressed.connect(self.start)
        file_label = QLabel(self.tr("Fi&le:"))
        file_label.setBuddy(self.file_edit)
        self.browse_button = QPushButton(self.tr("&Browse…"))
        self.browse_button.clicked.connect(self.browse)
        self.dry_run_check = QCheckBox(self.tr("&Dry run (check only, write nothing)"))
        self.start_button = QPushButton(self.tr("&Import"))
        self.start_button.setObjectName("startImport")
        self.start_button.clicked.connect(self.start)
        self.progress = QProgressBar()
        self.progress.setRange(0, PROGRESS_STEPS)
        self.progress.setValue(0)
        self.status_label = QLabel()
        self.status_label.setObjectName("importStatus")
        self.status_label.setWordWrap(True)
        self.problem_label = error_label()
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("importRejections")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Line"), self.tr("Column"), self.tr("Problem"), self.tr("Detail"),
             self.tr("Value")]
        )  # fmt: skip
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        fit_columns(self.table)
        self.count_label = QLabel()
        self.count_label.setObjectName("rejectionCount")

        chooser = QHBoxLayout()
        for widget in (kind_label, self.kind_combo, file_label, self.file_edit,
                       self.browse_button):  # fmt: skip
            chooser.addWidget(widget)
        actions = QHBoxLayout()
        actions.addWidget(self.dry_run_check)
        actions.addStretch(1)
        actions.addWidget(self.start_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(chooser)
        layout.addLayout(actions)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.status_label)
        layout.addWidget(self.count_label)
        layout.addWidget(self.table, 1)

        presenter.job_changed.connect(self._show_job)
        presenter.upload_progress.connect(self._show_upload)
        presenter.rejections_changed.connect(self._show_rejections)
        presenter.failed.connect(self._show_failure)
        presenter.busy_changed.connect(lambda _busy: self._update_buttons())
        presenter.finished.connect(lambda _job: self._update_buttons())
        self._update_buttons()
        self.setFocusProxy(self.kind_combo)

    # actions -----------------------------------------------------------------------------

    def browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a legacy CSV file"), "", self.tr("CSV files (*.csv);;All (*)")
        )
        if path:
            self.file_edit.setText(path)
            self.start_button.setFocus()

    def start(self) -> None:
        self.problem_label.clear()
        self.problem_label.hide()
        problem = self.presenter.start(
            str(self.kind_combo.currentData()),
            self.file_edit.text(),
            self.dry_run_check.isChecked(),
        )
        if problem:
            self.problem_label.setText(problem)
            self.problem_label.show()
            self.file_edit.setFocus()
        self._update_buttons()

    # what the presenter tells --------------------------------------------------------------

    def _show_job(self, job: ImportJob) -> None:
        self.status_label.setText(
            f"{job.file_name} — {status_text(job)}"
            + (f" ({job.rows_done:,}/{job.rows_total:,})".replace(",", " ")
               if job.status in ("validating", "writing") and job.rows_total else "")
        )  # fmt: skip
        if job.status in ("validating", "writing") and job.rows_total:
            # two phases, each half of the bar: checking every row, then writing them
            half = PROGRESS_STEPS // 2
            done = min(job.rows_done, job.rows_total) * half // job.rows_total
            self.progress.setValue(done + (half if job.status == "writing" else 0))
        elif job.finished:
            self.progress.setValue(
                PROGRESS_STEPS if job.status in ("imported", "validated", "already_imported")
                else 0
            )  # fmt: skip
        self._update_buttons()

    def _show_upload(self, sent: int, size: int) -> None:
        if size:
            self.progress.setValue(sent * PROGRESS_STEPS // size)

    def _show_rejections(self, rejections: list[ImportRejection], total: int) -> None:
        self.table.setRowCount(len(rejections))
        for row, item in enumerate(rejections):
            values = (str(item.line), item.column, reason_text(item.reason), item.message,
                      item.value)  # fmt: skip
            for column, text in enumerate(values):
                cell = QTableWidgetItem(text)
                if column == 0:
                    cell.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                cell.setToolTip(item.reason if column == 2 else text)
                self.table.setItem(row, column, cell)
        fit_columns(self.table)
        if total:
            self.count_label.setText(
                self.tr("%n problem(s) in the report", "", total)
                + (self.tr(" (first %n shown)", "", len(rejections)) if len(rejections) < total
                   else "")
            )  # fmt: skip
        else:
            self.count_label.clear()

    def _show_failure(self, error: BackendError) -> None:
        self.problem_label.setText(error_text(error))
        self.problem_label.show()
        self._update_buttons()

    def _update_buttons(self) -> None:
        running = self.presenter.running
        for widget in (self.start_button, self.browse_button, self.kind_combo, self.file_edit,
                       self.dry_run_check):  # fmt: skip
            widget.setEnabled(not running)

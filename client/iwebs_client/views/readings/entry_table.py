"""The entry table of a round: one row per meter register, in round order, with the index and
the field code typed in place and the server's verdict on the row (FAC-4).

Enter in the index (or the code) sends the row and opens the next row's index; Tab goes from
the index to the field code; Esc leaves the cell as it was. The model holds no state of its
own: it shows the presenter's `EntryRow`s.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRegularExpression,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from iwebs_client.presenters.reading_entry_presenter import (
    REFUSED,
    SENDING,
    TO_CHECK,
    UNSENT,
    VALIDATED,
    EntryRow,
    ReadingEntryPresenter,
)

AnyIndex = QModelIndex | QPersistentModelIndex
ORDER, ADDRESS, SUBSCRIBER, METER, PREVIOUS, EXPECTED, INDEX, CODE, RESULT = range(9)
#: widths that leave the result column in view on a 1366-pixel screen
_WIDTHS = {
    ORDER: 60,
    ADDRESS: 160,
    SUBSCRIBER: 170,
    METER: 95,
    PREVIOUS: 110,
    EXPECTED: 110,
    INDEX: 115,
    CODE: 120,
}
_COLOURS = {
    VALIDATED: "#1b5e20",
    TO_CHECK: "#b25400",
    REFUSED: "#b00020",
    UNSENT: "#6d4c41",
    SENDING: "#616161",
}


class EntryTableModel(QAbstractTableModel):
    def __init__(self, presenter: ReadingEntryPresenter, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._presenter = presenter
        self.field_labels: dict[str, str] = {}
        presenter.sheet_loaded.connect(self._reset)
        presenter.row_changed.connect(self._row_changed)

    @property
    def rows(self) -> list[EntryRow]:
        return self._presenter.rows

    def _reset(self) -> None:
        self.beginResetModel()
        self.endResetModel()

    def _row_changed(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, RESULT))

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else RESULT + 1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [
            self.tr("#"),
            self.tr("Address"),
            self.tr("Subscriber"),
            self.tr("Meter"),
            self.tr("Previous"),
            self.tr("Expected"),
            self.tr("New index"),
            self.tr("Field code"),
            self.tr("Result"),
        ][section]

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in (INDEX, CODE) and self._presenter.can_enter:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(row, column, role == Qt.ItemDataRole.ToolTipRole)
        if role == Qt.ItemDataRole.EditRole:
            return row.index_text if column == INDEX else row.field_code
        if role == Qt.ItemDataRole.ForegroundRole and column == RESULT:
            colour = _COLOURS.get(row.state)
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.FontRole and column in (RESULT, INDEX):
            font = QFont()
            font.setBold(row.state == TO_CHECK or column == INDEX)
            font.setItalic(row.state in (SENDING, UNSENT))
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (ORDER, PREVIOUS, INDEX):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, row: EntryRow, column: int, tooltip: bool) -> str:
        line = row.line
        if column == ORDER:
            return str(line.round_order)
        if column == ADDRESS:
            return line.address
        if column == SUBSCRIBER:
            return f"{line.customer_name} — {line.subscription_number}"
        if column == METER:
            register = "" if line.register_code in ("", "single") else f" ({line.register_code})"
            return f"{line.meter_serial}{register}"
        if column == PREVIOUS:
            return row.previous if tooltip else row.previous.split(" ")[0]
        if column == EXPECTED:
            unit = f" {line.unit}" if tooltip else ""
            return f"{row.expected}{unit}" if row.expected else ""
        if column == INDEX:
            return row.index_text
        if column == CODE:
            if not row.field_code:
                return ""
            label = self.field_labels.get(row.field_code, "")
            if tooltip:
                return f"{row.field_code} — {label}" if label else row.field_code
            return label or row.field_code
        return row.message

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() not in (INDEX, CODE):
            return False
        row = self.rows[index.row()]
        if index.column() == INDEX:
            row.index_text = str(value or "").strip()
        else:
            row.field_code = str(value or "")
        self.dataChanged.emit(index, index)
        return True


class EntryDelegate(QStyledItemDelegate):
    """A digits-only editor for the index, a list for the field code; Enter submits the row."""

    row_submitted = Signal(int)

    def __init__(self, model: EntryTableModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self.field_codes: list[tuple[str, str]] = []
        self._editing_row = -1

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        self._editing_row = index.row()
        if index.column() == CODE:
            combo = QComboBox(parent)
            combo.setObjectName("fieldCodeEditor")
            combo.addItem(self.tr("(none)"), "")
            for code, label in self.field_codes:
                combo.addItem(f"{code} — {label}", code)
            combo.installEventFilter(self)
            return combo
        editor = QLineEdit(parent)
        editor.setObjectName("indexEditor")
        digits = self._model.rows[index.row()].line.digits or 12
        editor.setValidator(
            QRegularExpressionValidator(QRegularExpression(f"^[0-9]{{0,{digits}}}$"), editor)
        )
        editor.installEventFilter(self)
        return editor

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        value = str(index.data(Qt.ItemDataRole.EditRole) or "")
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif isinstance(editor, QLineEdit):
            editor.setText(value)
            editor.selectAll()

    def setModelData(self, editor: QWidget, model: Any, index: AnyIndex) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData() or "")
        elif isinstance(editor, QLineEdit):
            model.setData(index, editor.text())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and isinstance(watched, QWidget)
        ):
            row = self._editing_row
            self.commitData.emit(watched)
            self.closeEditor.emit(watched, QAbstractItemDelegate.EndEditHint.NoHint)
            self.row_submitted.emit(row)
            return True
        return super().eventFilter(watched, event)


class EntryTable(QTableView):
    def __init__(self, model: EntryTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readingEntryTable")
        self.setModel(model)
        self.entry_delegate = EntryDelegate(model, self)
        self.setItemDelegate(self.entry_delegate)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        self.setWordWrap(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)

    def fit(self) -> None:
        """Set widths (the full texts are in the tooltips), so that the result (the server's
        verdict) stays in view on a clerk's screen."""
        header = self.horizontalHeader()
        for column, width in _WIDTHS.items():
            header.resizeSection(column, width)

    def edit_index_of(self, row: int) -> None:
        """Opens the index editor of `row` (the entry's next stop)."""
        if 0 <= row < self.model().rowCount():
            index = self.model().index(row, INDEX)
            self.setCurrentIndex(index)
            self.scrollTo(index)
            self.edit(index)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter on a row (not editing) opens its index
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.edit_index_of(self.currentIndex().row())
            return
        super().keyPressEvent(event)

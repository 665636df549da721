"""A checkable, virtualised list of one attribute's values with employee counts.

QListView + QAbstractListModel + QSortFilterProxyModel: only visible rows are ever
painted, so 2,000+ groups or thousands of job titles stay smooth. Checked values are
kept in the order the admin picked them (that order goes into the filter file).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from idp_wizard.core.directory_index import key
from idp_wizard.core.options import Option
from idp_wizard.ui.theme import is_dark
from idp_wizard.ui.wording import fmt, number

COUNT_ROLE = Qt.ItemDataRole.UserRole + 1  # "1,234" (or "not found") for the delegate
VALUE_ROLE = Qt.ItemDataRole.UserRole + 2
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 3

AnyIndex = QModelIndex | QPersistentModelIndex


class OptionsModel(QAbstractListModel):
    checkedChanged = Signal()

    def __init__(self, attr: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.attr = attr
        self._options: list[Option] = []
        self._search: list[str] = []
        self._missing: set[str] = set()  # checked values the directory lacks
        self._checked: dict[str, None] = {}  # ordered set of checked values

    def set_options(self, options: list[Option]) -> None:
        self.beginResetModel()
        self._options = list(options)
        self._missing = set()
        self._search = [f"{o.label}\n{o.value}".casefold() for o in self._options]
        self._checked = {}
        self.endResetModel()

    def checked(self) -> tuple[str, ...]:
        return tuple(self._checked)

    def set_checked(self, values: Iterable[str]) -> None:
        """Check exactly `values`; ones the directory lacks are listed so they can be
        unchecked (a saved filter may name a group that was deleted since)."""
        by_key = {key(o.value): o.value for o in self._options}
        if self.attr == "groups":  # groups may be named by display name
            by_key.update({key(o.label): o.value for o in self._options})
        wanted = {by_key.get(key(v), v): None for v in values}
        unknown = [v for v in wanted if key(v) not in by_key]
        self.beginResetModel()
        for v in unknown:
            self._options.append(Option(v, v, 0))
            self._search.append(v.casefold())
            self._missing.add(v)
        self._checked = wanted
        self.endResetModel()

    # -- Qt model API ----------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._options)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        o = self._options[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return o.value if self.attr == "org_units" else o.label
        if role == Qt.ItemDataRole.CheckStateRole:
            return (Qt.CheckState.Checked if o.value in self._checked
                    else Qt.CheckState.Unchecked)
        if role == COUNT_ROLE:
            if o.value in self._missing:
                return QCoreApplication.translate("FilterEditor", "not in the directory")
            return number(o.count)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(o)
        if role == VALUE_ROLE:
            return o.value
        if role == SEARCH_ROLE:
            return self._search[index.row()]
        return None

    def _tooltip(self, o: Option) -> str:
        translate = QCoreApplication.translate
        if o.value in self._missing:
            return fmt(translate("FilterEditor", "%1 is not in the directory any more."), o.label)
        if self.attr == "org_units":
            return fmt(translate("FilterEditor", "%1 (%Ln employees, including its sub-units)",
                                 "", o.count), o.value)
        return fmt(translate("FilterEditor", "%1 (%Ln employees)", "", o.count), o.label)

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        v = self._options[index.row()].value
        state = value if isinstance(value, Qt.CheckState) else Qt.CheckState(value)
        if state == Qt.CheckState.Checked:
            self._checked[v] = None
        else:
            self._checked.pop(v, None)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.checkedChanged.emit()
        return True


class OptionsProxy(QSortFilterProxyModel):
    """Search: any part of the label or value, any case."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setFilterRole(SEARCH_ROLE)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)


class CountDelegate(QStyledItemDelegate):
    """Paints the value with its employee count right-aligned in a muted colour."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is None:
            super().paint(painter, option, index)
            return
        text, opt.text = opt.text, ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        if is_dark(opt.palette):  # Fusion outlines the box darker than a dark window
            box = style.subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, opt,
                                       widget)
            painter.save()
            painter.setPen(opt.palette.color(QPalette.ColorRole.Mid))
            painter.drawRect(box.adjusted(0, 0, -1, -1))
            painter.restore()
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        count = str(index.data(COUNT_ROLE) or "")
        fm = opt.fontMetrics
        count_w = fm.horizontalAdvance(count) + 8
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorGroup.Normal
        painter.save()
        main_role = (QPalette.ColorRole.HighlightedText if selected
                     else QPalette.ColorRole.Text)
        painter.setPen(opt.palette.color(group, main_role))
        text_rect = QRect(rect.left(), rect.top(), max(0, rect.width() - count_w),
                          rect.height())
        align = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft
        painter.drawText(text_rect, align, fm.elidedText(
            text, Qt.TextElideMode.ElideRight, text_rect.width()))
        if not selected:
            painter.setPen(opt.palette.color(group, QPalette.ColorRole.PlaceholderText))
        painter.drawText(rect.adjusted(0, 0, -4, 0),
                         Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, count)
        painter.restore()

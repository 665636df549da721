"""One searchable include (or exclude) picker for one attribute."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from idp_wizard.core.options import Option
from idp_wizard.ui.filter_editor.options_model import CountDelegate, OptionsModel, OptionsProxy
from idp_wizard.ui.filter_editor.texts import attribute_noun, attribute_title
from idp_wizard.ui.wording import fmt, number


class ValuePicker(QWidget):
    changed = Signal()

    def __init__(self, attr: str, exclude: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        kind = "exclude" if exclude else "include"
        self.setObjectName(f"{kind}_{attr}")
        self.model = OptionsModel(attr, self)
        self.proxy = OptionsProxy(self)
        self.proxy.setSourceModel(self.model)

        title = self.tr("Exclude") if exclude else self.tr("Include")
        noun = attribute_noun(attr)
        # Whole sentences per kind (not "%1 to %2"): German word order and inflection
        # differ between "to include" and "to exclude".
        if exclude:
            clear_name, search_name, list_name = (
                self.tr("Clear the %1 to exclude"), self.tr("Search the %1 to exclude"),
                self.tr("%1 to exclude"))
        else:
            clear_name, search_name, list_name = (
                self.tr("Clear the %1 to include"), self.tr("Search the %1 to include"),
                self.tr("%1 to include"))
        self.title = QLabel(f"<b>{title}</b>")
        self.chosen = QLabel()
        self.chosen.setObjectName(f"{kind}_{attr}_chosen")
        self.clear_button = QPushButton(self.tr("Clear"))
        self.clear_button.setObjectName(f"{kind}_{attr}_clear")
        self.clear_button.setAccessibleName(fmt(clear_name, noun))
        self.clear_button.setAutoDefault(False)
        self.clear_button.clicked.connect(self.clear)

        self.search = QLineEdit()
        self.search.setObjectName(f"{kind}_{attr}_search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(fmt(self.tr("Search %1…"), noun))
        self.search.setAccessibleName(fmt(search_name, noun))
        self.search.textChanged.connect(self.proxy.setFilterFixedString)

        self.view = QListView()
        self.view.setObjectName(f"{kind}_{attr}_list")
        self.view.setModel(self.proxy)
        self.view.setItemDelegate(CountDelegate(self.view))
        self.view.setUniformItemSizes(True)  # lets the view skip measuring every row
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAccessibleName(fmt(list_name, attribute_title(attr)))
        self.view.activated.connect(self._toggle)  # Enter on a row toggles it too

        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addWidget(self.chosen, 1)
        head.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.search)
        layout.addWidget(self.view, 1)
        self.model.checkedChanged.connect(self._on_changed)
        self._update_chosen()

    def set_options(self, options: list[Option]) -> None:
        self.model.set_options(options)
        self._update_chosen()

    def values(self) -> tuple[str, ...]:
        return self.model.checked()

    def set_values(self, values: tuple[str, ...]) -> None:
        self.model.set_checked(values)
        self._update_chosen()

    def clear(self) -> None:
        if self.values():
            self.model.set_checked(())
            self._on_changed()

    def _toggle(self, index: object) -> None:
        src = self.proxy.mapToSource(index)  # type: ignore[arg-type]
        checked = src.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
        self.model.setData(src, Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked,
                           Qt.ItemDataRole.CheckStateRole)

    def _on_changed(self) -> None:
        self._update_chosen()
        self.changed.emit()

    def _update_chosen(self) -> None:
        n = len(self.values())
        self.chosen.setText(fmt(self.tr("(%1 chosen)"), number(n)) if n else "")
        self.clear_button.setEnabled(n > 0)

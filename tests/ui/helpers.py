"""Driving the wizard by object names only, as an accessibility tool or a user would."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractButton, QListView, QWidget
from pytestqt.qtbot import QtBot


def find(root: QWidget, name: str) -> QWidget:
    widget = root.findChild(QWidget, name)
    assert widget is not None, f"no widget named {name!r}"
    return widget


def click(qtbot: QtBot, root: QWidget, name: str) -> None:
    button = find(root, name)
    assert isinstance(button, QAbstractButton)
    assert button.isVisible(), f"{name} is hidden"
    assert button.isEnabled(), f"{name} is disabled"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def page_name(wizard: QWidget) -> str:
    return wizard.currentPage().objectName()  # type: ignore[attr-defined]


def wait_page(qtbot: QtBot, wizard: QWidget, name: str) -> None:
    qtbot.waitUntil(lambda: page_name(wizard) == name, timeout=10_000)


def row_of(view: QListView, label: str) -> QModelIndex:
    model = view.model()
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if index.data() == label:
            return index
    raise AssertionError(f"{label!r} not in {view.objectName()}")


def set_checked(root: QWidget, list_name: str, label: str, checked: bool = True) -> None:
    """Tick a value in an include/exclude picker, as a click on its check box does."""
    view = find(root, list_name)
    assert isinstance(view, QListView)
    state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
    assert view.model().setData(row_of(view, label), state, Qt.ItemDataRole.CheckStateRole)


def past_platform(qtbot: QtBot, wizard: QWidget) -> None:
    """After Share: a client without a platform target is asked for one first; these
    tests are about the rest of the flow, so the platform is set up later."""
    qtbot.waitUntil(lambda: page_name(wizard) in ("page_platform", "page_finish"),
                    timeout=10_000)
    if page_name(wizard) == "page_platform":
        click(qtbot, wizard, "skip_platform_button")

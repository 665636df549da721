"""Finding text that does not fit: every visible label, button, check box, radio button,
tool button, group box title and empty line edit's placeholder under a window, measured
against the room it was given.

A finding names the widget (its object name, else its class and its parents' names) and
its text, so a failure says what to fix.
"""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QCheckBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QStyleOptionFrame,
    QStyleOptionGroupBox,
    QToolButton,
    QWidget,
)


def describe(widget: QWidget) -> str:
    """The widget's object name, or its nearest named parent's and its class."""
    if widget.objectName():
        return widget.objectName()
    parent = widget.parentWidget()
    while parent is not None and not parent.objectName():
        parent = parent.parentWidget()
    where = parent.objectName() if parent is not None else "?"
    return f"{type(widget).__name__} in {where}"


def _plain(text: str) -> str:
    """A button's text as drawn: the mnemonic's & is not."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _label_problem(label: QLabel) -> str | None:
    if not label.text():  # a picture, or nothing
        return None
    if label.wordWrap():
        need = label.heightForWidth(label.width())
        if label.height() < need:
            return f"height {label.height()} < {need} needed at width {label.width()}"
        return None
    hint = label.sizeHint()
    if label.width() < hint.width():
        return f"width {label.width()} < {hint.width()} needed"
    if label.height() < hint.height():
        return f"height {label.height()} < {hint.height()} needed"
    return None


def _icon_room(button: QAbstractButton) -> int:
    return button.iconSize().width() + 4 if not button.icon().isNull() else 0


def _button_problem(button: QAbstractButton) -> str | None:
    text = _plain(button.text())
    if not text:
        return None
    if isinstance(button, QToolButton) or not isinstance(
            button, (QPushButton, QCheckBox, QRadioButton)):
        hint = button.sizeHint()  # tool buttons and custom buttons size their own content
        if button.width() < hint.width():
            return f"width {button.width()} < {hint.width()} needed"
        return None
    option = QStyleOptionButton()
    button.initStyleOption(option)  # type: ignore[attr-defined]
    element = {QPushButton: QStyle.SubElement.SE_PushButtonContents,
               QCheckBox: QStyle.SubElement.SE_CheckBoxContents,
               QRadioButton: QStyle.SubElement.SE_RadioButtonContents}
    kind = next(k for k in element if isinstance(button, k))
    room = button.style().subElementRect(element[kind], option, button)
    need = button.fontMetrics().horizontalAdvance(text) + _icon_room(button)
    if room.width() < need:
        return f"text room {room.width()} < {need} needed"
    if button.height() < button.fontMetrics().height():
        return f"height {button.height()} < {button.fontMetrics().height()} needed"
    return None


def _group_problem(box: QGroupBox) -> str | None:
    if not box.title():
        return None
    option = QStyleOptionGroupBox()
    box.initStyleOption(option)  # type: ignore[attr-defined]
    label = box.style().subControlRect(QStyle.ComplexControl.CC_GroupBox, option,
                                       QStyle.SubControl.SC_GroupBoxLabel, box)
    need = box.fontMetrics().horizontalAdvance(_plain(box.title()))
    if label.width() < need or label.right() >= box.width():
        return f"title needs {need}, box is {box.width()} wide"
    return None


def placeholder_problem(edit: QLineEdit) -> str | None:
    """An empty line edit's placeholder cut with "…": the room is what QLineEdit's
    paintEvent gives it (the contents, less the text margins, the side buttons such as
    the clear button, and 2 px each side), the same room Qt elides it to."""
    text = edit.placeholderText()
    if not text or edit.text():
        return None
    option = QStyleOptionFrame()
    edit.initStyleOption(option)  # type: ignore[attr-defined]
    room = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, edit)
    margins = edit.textMargins()
    room = room.adjusted(margins.left(), 0, -margins.right(), 0)
    # The clear button (a trailing side widget) sits at the right, reserving its width
    # and margin: from its left edge to the edit's edge.
    buttons = [b for b in edit.findChildren(QToolButton) if b.isVisibleTo(edit)]
    if buttons:
        room.setRight(room.right() - (edit.width() - min(b.x() for b in buttons)))
    width = room.width() - 4
    need = edit.fontMetrics().horizontalAdvance(text)
    if width < need:
        return f"placeholder room {width} < {need} needed"
    return None


def _outside_parents(widget: QWidget) -> str | None:
    """Shown beyond an ancestor's edge (a window or a layout too small for its contents);
    inside a scroll area's viewport scrolling reaches it, so the search stops there."""
    rect = QRect(widget.rect())
    child: QWidget = widget
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent.parentWidget(), QAbstractScrollArea):
            return None  # a viewport: its contents scroll
        rect = rect.translated(child.pos())
        if not parent.rect().contains(rect):
            return f"reaches beyond {describe(parent)} ({rect} in {parent.width()}x" \
                   f"{parent.height()})"
        if parent.isWindow():
            return None
        child, parent = parent, parent.parentWidget()
    return None


def problem(widget: QWidget) -> str | None:
    if isinstance(widget, QLineEdit):
        return placeholder_problem(widget)
    if isinstance(widget, QLabel):
        found = _label_problem(widget)
    elif isinstance(widget, QAbstractButton):
        found = _button_problem(widget)
    elif isinstance(widget, QGroupBox):
        found = _group_problem(widget)
    else:
        return None
    if found is None and (widget.text() if not isinstance(widget, QGroupBox)
                          else widget.title()):
        found = _outside_parents(widget)
    return found


def cut_off(root: QWidget, screen: str) -> list[str]:
    """Every visible text widget under `root` (the window itself included) whose text
    does not fit, as `screen: name 'text': why`."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or widget.window() is not root.window():
            continue
        why = problem(widget)
        if why is not None:
            text = widget.title() if isinstance(widget, QGroupBox) else (
                widget.placeholderText() if isinstance(widget, QLineEdit) else widget.text())
            found.append(f"{screen}: {describe(widget)} {text[:70]!r}: {why}")
    return found

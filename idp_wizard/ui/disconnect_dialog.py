"""Disconnect confirmation: says plainly what is lost, and needs a ticked box.

Cancel is the default button so that pressing Enter never removes anyone.
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWidget

from idp_wizard.ui.confirm_dialog import TickedConfirmDialog
from idp_wizard.ui.dialogs import fit_new_texts
from idp_wizard.ui.panel_texts import fmt


class DisconnectDialog(TickedConfirmDialog):
    """`platform`: (URL, users the app put there, deactivated instead of deleted), when
    the client has a platform target."""

    def __init__(self, provider_title: str, synced_users: int,
                 parent: QWidget | None = None,
                 platform: tuple[str, int, bool] | None = None) -> None:
        super().__init__(
            "disconnect", fmt(self.tr("Disconnect %1"), provider_title),
            fmt(self.tr("Disconnect %1?"), provider_title),
            self.tr(
                "All %Ln synced users will be permanently removed. They lose access to the "
                "platform and are removed from all ongoing trainings. This cannot be undone; "
                "connecting again later adds them as new users.", "", synced_users),
            self.tr("I &understand that all %Ln users will be permanently removed.", "",
                    synced_users),
            self.tr("&Disconnect and remove users"), "disconnect_button", parent)
        self.disconnect_button = self.confirm_button
        self.platform_note = QLabel()
        self.platform_note.setObjectName("disconnect_platform_note")
        self.platform_note.setWordWrap(True)
        self.keep_checkbox = QCheckBox(self.tr(
            "&Keep them on the platform instead (forget them here only)"))
        self.keep_checkbox.setObjectName("disconnect_keep_platform_checkbox")
        self.keep_checkbox.setToolTip(self.tr(
            "The users stay on the platform, no longer managed by this app. This is "
            "recorded in the audit log."))
        if platform is not None and platform[1]:
            url, count, deactivate = platform
            text = (self.tr("%Ln users will also be deactivated on the platform (%1).", "",
                            count) if deactivate else
                    self.tr("%Ln users will also be removed from the platform (%1).", "",
                            count))
            self.platform_note.setText(fmt(text, url))
            # Kept on the platform, nobody loses access: the texts must not say so.
            explanation = self.findChild(QLabel, "disconnect_explanation")
            assert explanation is not None
            choices = {
                False: (explanation.text(), self.platform_note.text(),
                        self.confirm_button.text()),
                True: (self.tr(
                    "All %Ln synced users will be forgotten by this app. They keep their "
                    "access to the platform, no longer managed by this app. This cannot be "
                    "undone.", "", synced_users),
                    fmt(self.tr("%Ln users stay on the platform (%1).", "", count), url),
                    self.tr("&Disconnect, keep users on the platform"))}

            def show_choice(keep: bool) -> None:
                body, note, button = choices[keep]
                explanation.setText(body)
                self.platform_note.setText(note)
                self.confirm_button.setText(button)
                fit_new_texts(self)
            self.keep_checkbox.toggled.connect(show_choice)
        else:
            self.platform_note.hide()
            self.keep_checkbox.hide()
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        at = layout.indexOf(self.checkbox)  # after the explanation, around the tick box
        layout.insertWidget(at, self.platform_note)
        layout.insertWidget(at + 2, self.keep_checkbox)
        self.setTabOrder(self.checkbox, self.keep_checkbox)
        self.fit_width(460)

    def keep_platform_users(self) -> bool:
        return self.keep_checkbox.isVisibleTo(self) and self.keep_checkbox.isChecked()

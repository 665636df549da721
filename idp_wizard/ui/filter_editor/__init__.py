"""The criteria editor shared by the setup wizard and "Edit user filters"."""

from idp_wizard.ui.filter_editor.editor import FilterEditor
from idp_wizard.ui.filter_editor.texts import share_text

__all__ = ["FilterEditor", "share_text"]

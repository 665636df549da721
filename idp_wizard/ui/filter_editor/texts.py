"""Names of the filter attributes and the share button's sentence, translated."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from idp_wizard.ui.wording import fmt, number

# The attributes the editor offers pickers for, in display order ("emails" = People).
PICKER_ATTRIBUTES: tuple[str, ...] = (
    "groups", "departments", "locations", "countries", "companies", "job_titles",
    "org_units", "domains",
)


def _t(text: str) -> str:
    return QCoreApplication.translate("FilterEditor", text)


def attribute_title(attr: str) -> str:
    titles = {
        "groups": _t("Groups"), "departments": _t("Departments"),
        "locations": _t("Locations"), "countries": _t("Countries"),
        "companies": _t("Companies"), "job_titles": _t("Job titles"),
        "org_units": _t("Org units"), "domains": _t("E-mail domains"),
        "emails": _t("People"),
    }
    return titles[attr]


def attribute_hint(attr: str) -> str:
    """One line under the pickers: how the values of this attribute match."""
    hints = {
        "groups": _t("Members of nested groups count as members."),
        "org_units": _t("Choosing an org unit includes all of its sub-units."),
    }
    return hints.get(attr, _t("Employees with any of the included values are shared."))


def share_text(count: int, total: int) -> str:
    """The share button: "Share 1,234 out of 4,800 employees"."""
    return fmt(_t("Share %1 out of %2 employees"), number(count), number(total))

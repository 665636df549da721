"""Names of the filter attributes and the share button's sentence, translated.

Literal `translate("FilterEditor", "…")` calls (not a wrapper) so pyside6-lupdate
finds every string."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from idp_wizard.ui.wording import fmt, number

translate = QCoreApplication.translate  # a name pyside6-lupdate recognises

# The attributes the editor offers pickers for, in display order ("emails" = People).
PICKER_ATTRIBUTES: tuple[str, ...] = (
    "groups", "departments", "locations", "countries", "companies", "job_titles",
    "org_units", "domains",
)


def attribute_title(attr: str) -> str:
    titles = {
        "groups": translate("FilterEditor", "Groups"),
        "departments": translate("FilterEditor", "Departments"),
        "locations": translate("FilterEditor", "Locations"),
        "countries": translate("FilterEditor", "Countries"),
        "companies": translate("FilterEditor", "Companies"),
        "job_titles": translate("FilterEditor", "Job titles"),
        "org_units": translate("FilterEditor", "Org units"),
        "domains": translate("FilterEditor", "E-mail domains"),
        "emails": translate("FilterEditor", "People"),
    }
    return titles[attr]


def attribute_noun(attr: str) -> str:
    """The attribute inside a sentence ("Search groups…"): English lower-cases it, German
    keeps nouns capitalised, so it is its own translation, never `title.lower()`."""
    nouns = {
        "groups": translate("FilterEditor", "groups"),
        "departments": translate("FilterEditor", "departments"),
        "locations": translate("FilterEditor", "locations"),
        "countries": translate("FilterEditor", "countries"),
        "companies": translate("FilterEditor", "companies"),
        "job_titles": translate("FilterEditor", "job titles"),
        "org_units": translate("FilterEditor", "org units"),
        "domains": translate("FilterEditor", "e-mail domains"),
        "emails": translate("FilterEditor", "people"),
    }
    return nouns[attr]


def attribute_hint(attr: str) -> str:
    """One line under the pickers: how the values of this attribute match."""
    if attr == "groups":
        return translate("FilterEditor", "Members of nested groups count as members.")
    if attr == "org_units":
        return translate("FilterEditor", "Choosing an org unit includes all of its sub-units.")
    return translate("FilterEditor", "Employees with any of the included values are shared.")


def share_text(count: int, total: int) -> str:
    """The share button: "Share 1,234 out of 4,800 employees" ("out of 1 employee"): the
    noun follows the total, so it is the %n of a plural message."""
    text = translate("FilterEditor", "Share %1 out of %Ln employees", None, total)
    return fmt(text, number(count))

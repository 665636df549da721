"""One plain-language sentence describing a filter, translated (Qt side).

Same structure as core/filter_summary.py (which stays English for the CLI and the
audit log), but each phrase is a literal translate() call with %1 placeholders.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from idp_wizard.core.filter_spec import FilterSpec
from idp_wizard.ui.wording import fmt

translate = QCoreApplication.translate  # a name pyside6-lupdate recognises


def _phrases() -> dict[str, str]:
    # Built per call so a language switch takes effect without a restart.
    return {
        "departments": translate("FilterSummary", "in %1"),
        "groups": translate("FilterSummary", "in the group %1"),
        "locations": translate("FilterSummary", "located in %1"),
        "countries": translate("FilterSummary", "in the country %1"),
        "companies": translate("FilterSummary", "working for %1"),
        "job_titles": translate("FilterSummary", "working as %1"),
        "org_units": translate("FilterSummary", "in the org unit %1"),
        "domains": translate("FilterSummary", "with an address at %1"),
    }


def alternatives(names: list[str]) -> str:
    """"A", "A or B", "A, B or C", "A, B, C or 2 more"."""
    if len(names) == 1:
        return names[0]
    if len(names) > 4:
        more = translate("FilterSummary", "%1 or %n more", None, len(names) - 3)
        return fmt(more, ", ".join(names[:3]))
    return fmt(translate("FilterSummary", "%1 or %2"), ", ".join(names[:-1]), names[-1])


def summarize(spec: FilterSpec, name: Callable[[str, str], str] = lambda a, v: v) -> str:
    """E.g. "Employees in Sales or Marketing, located in Berlin, excluding guests and
    disabled accounts". `name(attr, value)` turns group ids into names."""
    phrases = _phrases()
    parts = [
        fmt(phrase, alternatives([name(attr, v) for v in spec.include.get(attr, ())]))
        for attr, phrase in phrases.items() if spec.include.get(attr)
    ]
    if parts:
        text = fmt(translate("FilterSummary", "Employees %1"), ", ".join(parts))
    else:
        text = translate("FilterSummary", "All employees")
    extras = list(spec.include.get("emails", ()))
    if extras:
        text = fmt(translate("FilterSummary", "%1, plus %2"), text, alternatives(extras))
    excluded = [alternatives([name(attr, v) for v in spec.exclude[attr]])
                for attr in phrases if spec.exclude.get(attr)]
    excluded += list(spec.exclude.get("emails", ()))
    if excluded:
        text = fmt(translate("FilterSummary", "%1, except %2"), text, ", ".join(excluded))
    if not spec.include_guests and not spec.include_disabled:
        text = fmt(translate("FilterSummary", "%1, excluding guests and disabled accounts"),
                   text)
    elif not spec.include_guests:
        text = fmt(translate("FilterSummary", "%1, excluding guests"), text)
    elif not spec.include_disabled:
        text = fmt(translate("FilterSummary", "%1, excluding disabled accounts"), text)
    else:
        text = fmt(translate("FilterSummary", "%1, including guests and disabled accounts"),
                   text)
    if spec.only_licensed:
        text = fmt(translate("FilterSummary", "%1, only licensed accounts"), text)
    return text

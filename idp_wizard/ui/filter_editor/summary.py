"""One plain-language sentence describing a filter, translated (Qt side).

Same structure as core/filter_summary.py (which stays English for the CLI and the
audit log), but each phrase goes through translate() with %1 placeholders.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from idp_wizard.core.filter_spec import FilterSpec
from idp_wizard.ui.wording import fmt

_CTX = "FilterSummary"


def _t(text: str, n: int = -1) -> str:
    return QCoreApplication.translate(_CTX, text, None, n)


def _phrases() -> dict[str, str]:
    # Built per call so a language switch takes effect without a restart.
    return {
        "departments": _t("in %1"), "groups": _t("in the group %1"),
        "locations": _t("located in %1"), "countries": _t("in the country %1"),
        "companies": _t("working for %1"), "job_titles": _t("working as %1"),
        "org_units": _t("in the org unit %1"), "domains": _t("with an address at %1"),
    }


def alternatives(names: list[str]) -> str:
    """"A", "A or B", "A, B or C", "A, B, C or 2 more"."""
    if len(names) == 1:
        return names[0]
    if len(names) > 4:
        return fmt(_t("%1 or %n more", len(names) - 3), ", ".join(names[:3]))
    return fmt(_t("%1 or %2"), ", ".join(names[:-1]), names[-1])


def summarize(spec: FilterSpec, name: Callable[[str, str], str] = lambda a, v: v) -> str:
    """E.g. "Employees in Sales or Marketing, located in Berlin, excluding guests and
    disabled accounts". `name(attr, value)` turns group ids into names."""
    phrases = _phrases()
    parts = [
        fmt(phrase, alternatives([name(attr, v) for v in spec.include.get(attr, ())]))
        for attr, phrase in phrases.items() if spec.include.get(attr)
    ]
    text = fmt(_t("Employees %1"), ", ".join(parts)) if parts else _t("All employees")
    extras = list(spec.include.get("emails", ()))
    if extras:
        text = fmt(_t("%1, plus %2"), text, alternatives(extras))
    excluded = [alternatives([name(attr, v) for v in spec.exclude[attr]])
                for attr in phrases if spec.exclude.get(attr)]
    excluded += list(spec.exclude.get("emails", ()))
    if excluded:
        text = fmt(_t("%1, except %2"), text, ", ".join(excluded))
    if not spec.include_guests and not spec.include_disabled:
        return fmt(_t("%1, excluding guests and disabled accounts"), text)
    if not spec.include_guests:
        return fmt(_t("%1, excluding guests"), text)
    if not spec.include_disabled:
        return fmt(_t("%1, excluding disabled accounts"), text)
    return fmt(_t("%1, including guests and disabled accounts"), text)

"""One plain-language sentence describing a filter (English; the GUI translates its own)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from idp_wizard.core.filter_spec import FilterSpec

_PHRASES = {
    "departments": "in {}", "groups": "in the group {}", "locations": "located in {}",
    "countries": "in the country {}", "companies": "working for {}",
    "job_titles": "working as {}", "org_units": "in the org unit {}",
    "domains": "with an address at {}",
}


def _alternatives(values: tuple[str, ...], name: Callable[[str], str]) -> str:
    names = [name(v) for v in values]
    if len(names) > 4:
        return ", ".join(names[:3]) + f" or {len(names) - 3} more"
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " or " + names[-1]


def summarize(spec: FilterSpec, name: Callable[[str, str], str] = lambda attr, v: v) -> str:
    """E.g. "Employees in Sales or Marketing, located in Berlin, excluding guests and
    disabled accounts". `name(attr, value)` turns group ids into names for display."""
    parts = []
    for attr, phrase in _PHRASES.items():
        values = spec.include.get(attr, ())
        if values:
            parts.append(phrase.format(_alternatives(values, lambda v, a=attr: name(a, v))))
    text = "Employees " + ", ".join(parts) if parts else "All employees"
    extras = spec.include.get("emails", ())
    if extras:
        text += f", plus {_alternatives(extras, str)}"
    excluded = [
        _alternatives(spec.exclude[attr], lambda v, a=attr: name(a, v))
        for attr in _PHRASES if spec.exclude.get(attr)
    ]
    excluded += list(spec.exclude.get("emails", ()))
    kinds = [k for k, allowed in (("guests", spec.include_guests),
                                  ("disabled accounts", spec.include_disabled)) if not allowed]
    if excluded:
        text += ", except " + ", ".join(excluded)
    if kinds:
        text += ", excluding " + " and ".join(kinds)
    else:
        text += ", including guests and disabled accounts"
    if spec.only_licensed:
        text += ", only licensed accounts"
    return text


def audit_summary(spec: FilterSpec) -> str:
    """`summarize` for the audit log: people named by e-mail are counted, not named,
    so the log keeps no personal data after they leave (the filter itself has them)."""
    plus, minus = len(spec.include.get("emails", ())), len(spec.exclude.get("emails", ()))
    text = summarize(replace(spec, include={**spec.include, "emails": ()},
                             exclude={**spec.exclude, "emails": ()}))
    if plus:
        text += f"; plus {plus} named {'person' if plus == 1 else 'people'}"
    if minus:
        text += f"; except {minus} named {'person' if minus == 1 else 'people'}"
    return text

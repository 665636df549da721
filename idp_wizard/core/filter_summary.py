"""One plain-language sentence describing a filter, as a message: the GUI renders it
with core_text, the command line and the audit log with the CLI's catalogue."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from idp_wizard.core.filter_spec import FilterSpec
from idp_wizard.core.messages import Message, msg

# Each phrase is a literal template (extracted for translation).
_PHRASES: dict[str, Callable[[Message | str], Message]] = {
    "departments": lambda v: msg("in {values}", values=v),
    "groups": lambda v: msg("in the group {values}", values=v),
    "locations": lambda v: msg("located in {values}", values=v),
    "countries": lambda v: msg("in the country {values}", values=v),
    "companies": lambda v: msg("working for {values}", values=v),
    "job_titles": lambda v: msg("working as {values}", values=v),
    "org_units": lambda v: msg("in the org unit {values}", values=v),
    "domains": lambda v: msg("with an address at {values}", values=v),
}


def alternatives(names: list[str]) -> Message | str:
    """"A", "A or B", "A, B or C", "A, B, C or 2 more"."""
    if len(names) == 1:
        return names[0]
    if len(names) > 4:
        return msg("{names} or {count} more", names=names[:3], count=len(names) - 3)
    return msg("{names} or {last}", names=names[:-1], last=names[-1])


def summarize(spec: FilterSpec, name: Callable[[str, str], str] = lambda attr, v: v
              ) -> Message:
    """E.g. "Employees in Sales or Marketing, located in Berlin, excluding guests and
    disabled accounts". `name(attr, value)` turns group ids into names for display."""
    parts = [phrase(alternatives([name(attr, v) for v in spec.include[attr]]))
             for attr, phrase in _PHRASES.items() if spec.include.get(attr)]
    text = msg("Employees {criteria}", criteria=parts) if parts else msg("All employees")
    extras = list(spec.include.get("emails", ()))
    if extras:
        text = msg("{summary}, plus {people}", summary=text, people=alternatives(extras))
    excluded: list[Message | str] = [
        alternatives([name(attr, v) for v in spec.exclude[attr]])
        for attr in _PHRASES if spec.exclude.get(attr)]
    excluded += list(spec.exclude.get("emails", ()))
    if excluded:
        text = msg("{summary}, except {excluded}", summary=text, excluded=excluded)
    if not spec.include_guests and not spec.include_disabled:
        text = msg("{summary}, excluding guests and disabled accounts", summary=text)
    elif not spec.include_guests:
        text = msg("{summary}, excluding guests", summary=text)
    elif not spec.include_disabled:
        text = msg("{summary}, excluding disabled accounts", summary=text)
    else:
        text = msg("{summary}, including guests and disabled accounts", summary=text)
    if spec.only_licensed:
        text = msg("{summary}, only licensed accounts", summary=text)
    return text


def audit_summary(spec: FilterSpec) -> Message:
    """`summarize` for the audit log: people named by e-mail are counted, not named,
    so the log keeps no personal data after they leave (the filter itself has them)."""
    plus, minus = len(spec.include.get("emails", ())), len(spec.exclude.get("emails", ()))
    text = summarize(replace(spec, include={**spec.include, "emails": ()},
                             exclude={**spec.exclude, "emails": ()}))
    if plus:
        text = msg("{summary}; plus 1 named person", summary=text) if plus == 1 else msg(
            "{summary}; plus {count} named people", summary=text, count=plus)
    if minus:
        text = msg("{summary}; except 1 named person", summary=text) if minus == 1 else msg(
            "{summary}; except {count} named people", summary=text, count=minus)
    return text

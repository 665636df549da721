"""Per-record checks: what makes one employee unfit to sync, and why.

A bad record is skipped with a reason; it never aborts a run. Limits follow what the
platform stores (RFC 5321 for addresses; 256 characters for names and attributes).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from idp_wizard.core.messages import Message, msg
from idp_wizard.core.records import Employee

MAX_EMAIL = 254
MAX_TEXT = 256
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_TEXT_FIELDS = (
    "display_name", "given_name", "surname", "department", "job_title", "location",
    "country", "company", "org_unit",
)


class Action(StrEnum):
    SKIPPED = "skipped"  # not synced
    KEPT = "kept"  # already synced: left exactly as it was
    WARNING = "warning"  # synced, with a remark (e.g. language defaulted)


# The action of a problem the platform part adds to a run (a user or group it refused):
# what History says apart from the directory's problems.
PLATFORM_REFUSED = "not provisioned"


@dataclass(frozen=True, slots=True)
class Problem:
    employee_id: str
    who: str  # e-mail or name, shortened: enough for the admin to find the person
    reason: Message | str
    action: Action

    def to_json(self) -> dict[str, Any]:
        """`reason` in English; `message` to show it in the admin's language."""
        out: dict[str, Any] = {"employee_id": self.employee_id, "who": self.who,
                               "reason": str(self.reason), "action": str(self.action)}
        if isinstance(self.reason, Message):
            out["message"] = self.reason.to_json()
        return out


def who(employee: Employee) -> str:
    label = employee.email or employee.display_name or employee.id
    return label if len(label) <= 80 else label[:77] + "..."


def record_problem(e: Employee) -> Message | str | None:
    """The reason this record cannot be synced on its own, or None when it is fine."""
    if not e.email:
        return e.address_note or msg("has no e-mail address")
    if len(e.email) > MAX_EMAIL:
        return msg("e-mail address is {length} characters long (limit {limit})",
                   length=len(e.email), limit=MAX_EMAIL)
    if not _EMAIL.match(e.email):
        return msg("'{address}' is not a valid e-mail address", address=e.email[:80])
    longest = max(len(e.display_name), len(e.given_name), len(e.surname), len(e.department),
                  len(e.job_title), len(e.location), len(e.country), len(e.company),
                  len(e.org_unit))
    if longest <= MAX_TEXT:
        return None
    for name in _TEXT_FIELDS:
        value = getattr(e, name)
        if len(value) > MAX_TEXT:
            return msg("{field} is {length} characters long (limit {limit})",
                       field=FIELD_LABELS[name], length=len(value), limit=MAX_TEXT)
    return None


# The record fields a problem may name, as the admin knows them.
FIELD_LABELS = {
    "display_name": msg("display name"), "given_name": msg("given name"),
    "surname": msg("surname"), "department": msg("department"),
    "job_title": msg("job title"), "location": msg("location"), "country": msg("country"),
    "company": msg("company"), "org_unit": msg("org unit"),
}


def record_problems(employees: Sequence[Employee]) -> dict[int, Message | str]:
    """Position → reason for every record that cannot be synced on its own.

    One tight pass (this runs on every sync over the whole directory); the detailed
    reason comes from `record_problem` only for the rare bad record."""
    out: dict[int, Message | str] = {}
    match = _EMAIL.match
    for i, e in enumerate(employees):
        email = e.email
        if (
            not email
            or len(email) > MAX_EMAIL
            or match(email) is None
            or max(len(e.display_name), len(e.given_name), len(e.surname),
                   len(e.department), len(e.job_title), len(e.location), len(e.country),
                   len(e.company), len(e.org_unit)) > MAX_TEXT
        ):
            reason = record_problem(e)
            if reason:
                out[i] = reason
    return out

"""One synced user as a typed record, and the one canonical way to derive its values.

`UserRecord` is a NamedTuple: fields by name everywhere, yet a plain tuple for SQLite
(`executemany` takes it as is) and as cheap to build as the rows it replaced. Its field
order is the `synced_users` columns' order (`USER_COLUMNS`).
"""

from __future__ import annotations

import zlib
from typing import Any, NamedTuple

from idp_wizard.core.records import Employee


class UserRecord(NamedTuple):
    id: str
    email: str
    display_name: str
    given_name: str
    surname: str
    department: str
    job_title: str
    location: str
    country: str
    company: str
    org_unit: str
    manager_id: str
    language: str  # the platform language (mapped), e.g. "de"
    language_raw: str  # as the provider sent it, e.g. "de-AT"
    enabled: bool  # SQLite hands these back as 0/1: compare by truth, not identity
    guest: bool

    @property
    def who(self) -> str:
        """How the admin recognises this user in a list: address, else name, else id."""
        return str(self.email or self.display_name or self.id)

    @property
    def label(self) -> str:
        """"Name <address>" for previews."""
        return f"{self.display_name} <{self.email}>" if self.display_name else self.email

    def to_json(self) -> dict[str, Any]:
        out = self._asdict()
        out["enabled"], out["guest"] = bool(self.enabled), bool(self.guest)
        return out


USER_COLUMNS: tuple[str, ...] = UserRecord._fields


def to_record(e: Employee, language: str) -> UserRecord:
    """The synced form of an employee, with the platform language already mapped."""
    return UserRecord(e.id, e.email, e.display_name, e.given_name, e.surname, e.department,
                      e.job_title, e.location, e.country, e.company, e.org_unit,
                      e.manager_id, language, e.language_raw, e.enabled, e.guest)


def record_text(r: UserRecord) -> str:
    """The canonical text of a record: what its fingerprint is taken of."""
    return "\x1f".join(r[:14]) + ("\x1f1" if r[14] else "\x1f0") + (
        "\x1f1" if r[15] else "\x1f0")


def fingerprint(text: str) -> int:
    """A stable 63-bit digest, stored beside each synced user so an unchanged user is
    recognised without loading its row. CRC-32 and Adler-32 together: fast C
    checksums; a change slipping past both is ~2^-60 likely."""
    data = text.encode("utf-8", "surrogatepass")
    return ((zlib.crc32(data) << 31) ^ zlib.adler32(data)) & 0x7FFF_FFFF_FFFF_FFFF


def record_fingerprint(r: UserRecord) -> int:
    return fingerprint(record_text(r))


def employee_fingerprint(e: Employee, language: str) -> int:
    """`record_fingerprint(to_record(e, language))` without building the record: the
    sync takes this of every shared employee and builds records for changed ones only."""
    return fingerprint("\x1f".join((
        e.id, e.email, e.display_name, e.given_name, e.surname, e.department, e.job_title,
        e.location, e.country, e.company, e.org_unit, e.manager_id, language, e.language_raw,
        "1" if e.enabled else "0", "1" if e.guest else "0")))


def changed_fields(old: UserRecord | tuple[Any, ...], new: UserRecord) -> tuple[str, ...]:
    """The columns whose values differ (all of them when the old row is unknown)."""
    if not old:
        return USER_COLUMNS
    fields = tuple(c for c, a, b in zip(USER_COLUMNS, old, new, strict=True) if a != b)
    return fields or USER_COLUMNS

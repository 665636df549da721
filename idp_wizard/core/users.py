"""The platform's synced users: read side (lists, search, export) of the store."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from idp_wizard.core.schema import USER_COLUMNS
from idp_wizard.core.store import DEFAULT_CLIENT_ID, Store

UserRow = tuple[Any, ...]  # values in USER_COLUMNS order; enabled/guest as 0/1


@dataclass(frozen=True, slots=True)
class SyncedUser:
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
    language: str
    language_raw: str
    enabled: bool
    guest: bool

    @classmethod
    def from_row(cls, row: UserRow) -> SyncedUser:
        values = list(row)
        values[-2], values[-1] = bool(values[-2]), bool(values[-1])
        return cls(*values)

    def to_json(self) -> dict[str, Any]:
        return {c: getattr(self, c) for c in USER_COLUMNS}


_SELECT = ", ".join(USER_COLUMNS)


def synced_rows(store: Store, client_id: int = DEFAULT_CLIENT_ID) -> dict[str, UserRow]:
    """id → row, for the sync engine's diff (one query; tuples are compact)."""
    with store.errors():
        cur = store.db.execute(
            f"SELECT {_SELECT} FROM synced_users WHERE client_id = ?", [client_id]
        )
        return {row[0]: row for row in cur}


def count_users(store: Store, client_id: int = DEFAULT_CLIENT_ID) -> int:
    with store.errors():
        return store.db["synced_users"].count_where("client_id = ?", [client_id])


def iter_users(
    store: Store, search: str = "", client_id: int = DEFAULT_CLIENT_ID
) -> Iterator[SyncedUser]:
    """Users ordered by name; `search` matches name, e-mail or department (any case)."""
    sql = f"SELECT {_SELECT} FROM synced_users WHERE client_id = ?"
    params: list[Any] = [client_id]
    if search.strip():
        like = f"%{_escape_like(search.strip())}%"
        sql += (" AND (display_name LIKE ? ESCAPE '\\' OR email LIKE ? ESCAPE '\\'"
                " OR department LIKE ? ESCAPE '\\')")
        params += [like, like, like]
    sql += " ORDER BY display_name COLLATE NOCASE, email"
    with store.errors():
        for row in store.db.execute(sql, params):
            yield SyncedUser.from_row(row)


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")

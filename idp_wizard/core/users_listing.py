"""What the panel's users table reads, without loading every synced user into Python.

A table of 100,000 users opens in a fraction of a second only if Python never handles
every row: SQLite sorts the users (in C, the GIL released) and hands over their rowids
in order as one text, the rows shown are fetched a block at a time, and the search
texts come folded by SQLite for every plain-ASCII row (Python folds only the others).

Every query returns ONE row where it concerns every user: the sqlite3 module releases
the GIL around each step and takes it back after, so a worker fetching 100,000 rows
one step at a time waits for the GUI thread's GIL 100,000 times.

Order: by the column's sort key (`collation.sort_key`: base letters, so "Álvaro" is
among the A's), ties by the name's, then by rowid; the platform column puts failed
first, then pending; the status column active first. Descending is the exact reverse.
"""

from __future__ import annotations

import contextlib
import functools
import json
from array import array
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from idp_wizard.core.collation import base_letters, stored_key
from idp_wizard.core.store import Store

Row = tuple[Any, ...]
# The columns a table can be sorted by; "platform" is the platform status.
SORTABLE = ("display_name", "email", "department", "location", "language", "enabled",
            "platform")
_NAME_KEY = "coalesce(s.sort_name, lower(s.display_name))"  # schema step 11
_PLATFORM_JOIN = ("LEFT JOIN platform_users p ON p.client_id = s.client_id "
                  "AND p.id = s.id")
# A row as the table shows it: the visible columns, the id, the platform status, the
# refusal's English text and its message (JSON).
_ROW = ("s.rowid, s.display_name, s.email, s.department, s.location, s.language, "
        "s.enabled, s.id, p.status, p.detail, p.detail_message")


def _not_ascii(column: str) -> str:
    """Text outside ASCII (a character is not one byte): SQLite's lower() does not fold
    it, so Python makes its sort key or search text."""
    return f"length({column}) != length(CAST({column} AS BLOB))"


_NOT_ASCII = " OR ".join(_not_ascii(f"s.{c}") for c in ("display_name", "email",
                                                         "department"))
_SEARCH_TEXT = "s.display_name || char(10) || s.email || char(10) || coalesce(s.department, '')"


def _rowids(text: str | None) -> array[int]:
    """Rowids from group_concat's text (json parses it in C, 3 times faster than int())."""
    return array("q", json.loads(f"[{text}]")) if text else array("q")


def user_order(store: Store, client_id: int, column: str,
               descending: bool = False) -> array[int]:
    """Every synced user's rowid, in the table's order by `column` (one of SORTABLE)."""
    if column not in SORTABLE:
        raise ValueError(f"not a sortable column: {column}")
    params: list[Any] = []
    joins = ""
    if column == "display_name":
        keys = [_NAME_KEY]
    elif column == "enabled":
        keys = ["coalesce(s.enabled, 0) = 0", _NAME_KEY]
    elif column == "platform":
        joins = _PLATFORM_JOIN
        keys = ["CASE p.status WHEN 'failed' THEN 0 WHEN 'pending' THEN 1 ELSE 2 END",
                _NAME_KEY]
    else:  # a text column: its few values outside ASCII get their keys from Python
        joins = f"LEFT JOIN k ON k.v = s.{column}"
        params.append(json.dumps(_value_keys(store, client_id, column)))
        keys = [f"coalesce(k.key, lower(s.{column}), '')", _NAME_KEY]
    # The aggregate keeps its subquery's order (SQLite never flattens an ordered
    # subquery into an aggregate); tests compare with a full sort in Python.
    sql = ("WITH k(v, key) AS MATERIALIZED (SELECT key, value FROM json_each(?)) "
           if params else "")
    sql += (f"SELECT group_concat(rowid, ',') FROM (SELECT s.rowid AS rowid "
            f"FROM synced_users s NOT INDEXED {joins} WHERE s.client_id = ? "
            f"ORDER BY {', '.join(keys)}, s.rowid)")
    with store.errors():
        text = store.db.execute(sql, [*params, client_id]).fetchone()[0]
    order = _rowids(text)
    if descending:
        order.reverse()
    return order


def _value_keys(store: Store, client_id: int, column: str) -> dict[str, str]:
    """Sort keys of the column's distinct values that SQLite cannot fold."""
    with store.errors():
        text = store.db.execute(
            f"SELECT json_group_array(v) FROM (SELECT DISTINCT {column} AS v FROM "
            f"synced_users NOT INDEXED WHERE client_id = ? AND {_not_ascii(column)})",
            [client_id]).fetchone()[0]
    return {v: stored_key(v) or v.lower() for v in json.loads(text or "[]")}


def user_rows(store: Store, client_id: int, rowids: Sequence[int]) -> dict[int, Row]:
    """rowid → the row as the table shows it (with its platform status); a rowid whose
    user is gone (a sync removed it since the order was read) is left out. (The unary
    plus: look the rowids up, never scan the client's index.)"""
    if not rowids:
        return {}
    marks = ", ".join("?" for _ in rowids)
    with store.errors():
        cur = store.db.execute(
            f"SELECT {_ROW} FROM synced_users s {_PLATFORM_JOIN} "
            f"WHERE s.rowid IN ({marks}) AND +s.client_id = ?", [*rowids, client_id])
        return {row[0]: row[1:] for row in cur.fetchall()}


def failed_rowids(store: Store, client_id: int) -> set[int]:
    """The users the platform refused (a small index: few rows)."""
    with store.errors():
        text = store.db.execute(
            "SELECT group_concat(s.rowid, ',') FROM platform_users p JOIN synced_users s "
            "ON s.client_id = p.client_id AND s.id = p.id "
            "WHERE p.client_id = ? AND p.status = 'failed'", [client_id]).fetchone()[0]
    return set(_rowids(text))


def search_text(name: str, email: str, department: str | None,
                base: Callable[[str], str] = base_letters) -> str:
    """What the search looks in, folded. Names with accents get their base letters in
    front: "Álvaro" is found by "alvaro"."""
    text = f"{name}\n{email}\n{department or ''}".casefold()
    return text if text.isascii() else f"{base(name)}\x00{text}"


def search_texts(store: Store, client_id: int) -> tuple[array[int], list[str]]:
    """(rowids, texts): every synced user's `search_text`."""
    with store.errors(), _snapshot(store):  # both reads see the same users
        ids, folded = store.db.execute(
            f"SELECT group_concat(s.rowid, ','), group_concat(lower({_SEARCH_TEXT}), "
            f"char(1)) FROM synced_users s NOT INDEXED WHERE s.client_id = ?",
            [client_id]).fetchone()
        others = store.db.execute(
            f"SELECT json_group_array(json_array(s.rowid, s.display_name, s.email, "
            f"s.department)) FROM synced_users s NOT INDEXED WHERE s.client_id = ? "
            f"AND ({_NOT_ASCII})", [client_id]).fetchone()[0]
    rowids = _rowids(ids)
    texts = folded.split("\x01") if rowids else []
    rows = json.loads(others or "[]")
    if len(texts) != len(rowids):  # a text holds the separator: Python folds them all
        rows = store.db.execute("SELECT s.rowid, s.display_name, s.email, s.department "
                                "FROM synced_users s WHERE s.client_id = ?",
                                [client_id]).fetchall()
        rowids, texts = array("q", (r[0] for r in rows)), [""] * len(rows)
    # SQLite's lower() folds plain ASCII only: Python folds the rest.
    want = {row[0] for row in rows}
    where = {rowid: i for i, rowid in enumerate(rowids) if rowid in want}
    base = functools.cache(base_letters)  # names repeat
    for rowid, name, email, department in rows:
        texts[where[rowid]] = search_text(name, email, department, base)
    return rowids, texts


@contextlib.contextmanager
def _snapshot(store: Store) -> Iterator[None]:
    """One read transaction: every query inside sees the same state of the database."""
    conn = store.db.conn
    if conn.in_transaction:
        yield
        return
    conn.execute("BEGIN")
    try:
        yield
    finally:
        conn.rollback()

"""The platform's synced users: read side (lists, search, export) of the store."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from operator import countOf, itemgetter
from typing import Any, TypeVar

from idp_wizard.core.known_sources import STORED_SOURCE
from idp_wizard.core.store import DEFAULT_CLIENT_ID, Store
from idp_wizard.core.user_record import USER_COLUMNS, UserRecord, record_fingerprint

T = TypeVar("T")
SyncedUser = UserRecord  # what the read side hands out: the same typed record
_SELECT = ", ".join(USER_COLUMNS)
_FIRST, _SECOND, _THIRD = itemgetter(0), itemgetter(1), itemgetter(2)
# Rows whose address has a character beyond ASCII (more bytes than characters), which
# SQLite's NOCASE does not fold (`holders`, platform_managers.py): a scan of the e-mail
# index, ~15 ms for 100,000 users.
NON_ASCII_ADDRESSES = ("SELECT id, email FROM synced_users WHERE client_id = ? "
                       "AND length(email) != length(CAST(email AS BLOB))")


@dataclass(slots=True)
class SyncedState:
    """What the engine needs to diff against the platform without loading every row:
    id → fingerprint; e-mail holders and full records only on demand (few)."""

    fingerprints: dict[str, int]
    load_rows: Callable[[Iterable[str]], dict[str, UserRecord]]
    holders: Callable[[Iterable[str]], dict[str, str]]  # addresses → id holding each
    total: int = 0  # synced users in all (fingerprints may cover only some of them)
    # id → the provider record's fingerprint when the row was written (0: none; see
    # core/known_sources.py); loaded for full reads only (`with_sources`).
    sources: dict[str, int] = field(default_factory=dict)
    # Source fingerprint → (id, address, fingerprint) of each user with one and an
    # address (`with_sources`): KnownSources.by_source.
    by_source: dict[int, tuple[str, str, int]] = field(default_factory=dict)

    @classmethod
    def from_rows(cls, rows: dict[str, UserRecord]) -> SyncedState:
        by_email = {str(r.email).casefold(): k for k, r in rows.items()}
        return cls({k: record_fingerprint(r) for k, r in rows.items()},
                   lambda ids: {i: rows[i] for i in ids if i in rows},
                   lambda addrs: {a: by_email[a] for a in addrs if a in by_email},
                   len(rows))

    def __len__(self) -> int:
        return len(self.fingerprints)


def _chunks(values: Iterable[T]) -> Iterator[list[T]]:
    wanted = list(values)
    for start in range(0, len(wanted), 500):
        yield wanted[start:start + 500]


def synced_state(store: Store, client_id: int = DEFAULT_CLIENT_ID,
                 only_ids: list[str] | None = None, with_sources: bool = False) -> SyncedState:
    """`only_ids`: fingerprints of just these users (a delta round touches few).
    `with_sources`: every user's source fingerprint instead, for a full read that
    recognises unchanged users (core/known_sources.py); the record fingerprints are
    then 0 until `load_fingerprints` loads those of the users the read did not
    recognise (the others are not looked at); and `by_source`, with their addresses
    (Graph's read notes them without parsing the records)."""
    fingerprints: dict[str, int] = {}
    sources: dict[str, int] = {}
    by_source: dict[int, tuple[str, str, int]] = {}
    # Plain scans of the table: through an index SQLite would fetch each of 100,000
    # rows from the table by its rowid, three times slower.
    with store.errors():
        if with_sources:
            rows = store.db.execute(
                f"SELECT id, email, {STORED_SOURCE} FROM synced_users NOT INDEXED "
                "WHERE client_id = ?", [client_id]).fetchall()
            sources = dict(zip(map(_FIRST, rows), map(_THIRD, rows), strict=True))
            by_source = source_index(rows)
            fingerprints = dict.fromkeys(sources, 0)
            total = len(fingerprints)
        elif only_ids is None:
            fingerprints = dict(store.db.execute(
                "SELECT id, fingerprint FROM synced_users NOT INDEXED WHERE client_id = ?",
                [client_id]))
            total = len(fingerprints)
        else:
            total = store.db.table("synced_users").count_where("client_id = ?", [client_id])
            for chunk in _chunks(only_ids):
                marks = ", ".join("?" for _ in chunk)
                fingerprints.update(store.db.execute(
                    f"SELECT id, fingerprint FROM synced_users WHERE client_id = ? "
                    f"AND id IN ({marks})", [client_id, *chunk]).fetchall())
    chunks = _chunks

    def load(ids: Iterable[str]) -> dict[str, UserRecord]:
        out: dict[str, UserRecord] = {}
        with store.errors():
            for chunk in chunks(ids):
                marks = ", ".join("?" for _ in chunk)
                for row in store.db.execute(
                    f"SELECT {_SELECT} FROM synced_users WHERE client_id = ? AND id IN ({marks})",
                    [client_id, *chunk],
                ):
                    out[row[0]] = UserRecord._make(row)
        return out

    def holders(addresses: Iterable[str]) -> dict[str, str]:
        """Case-folded address -> the synced user holding it. NOCASE (the index) folds
        ASCII letters only: the few rows with other letters are folded here, as every
        duplicate check folds addresses ("JÖRG@x" holds "jörg@x", "straße@x" holds
        "strasse@x"), or a round would give a held address to someone else."""
        wanted = set(addresses)
        out: dict[str, str] = {}
        if not wanted:
            return out
        with store.errors():
            for chunk in chunks(wanted):
                marks = ", ".join("?" for _ in chunk)
                for uid, email in store.db.execute(
                    f"SELECT id, email FROM synced_users WHERE client_id = ? "
                    f"AND email COLLATE NOCASE IN ({marks})", [client_id, *chunk],
                ):
                    out[email.casefold()] = uid
            for uid, email in store.db.execute(NON_ASCII_ADDRESSES, [client_id]):
                if (folded := email.casefold()) in wanted:
                    out[folded] = uid
        return out

    return SyncedState(fingerprints, load, holders, total, sources, by_source)


def source_index(rows: list[tuple[str, str, int]]) -> dict[int, tuple[str, str, int]]:
    """Source fingerprint -> its (id, address, fingerprint) row, for the users that
    may be recognised: a fingerprint and an address. A record's fingerprint covers its
    id, so two users share one only by a ~2^-60 chance; such a pair is left out (both
    are then mapped). Built in C calls: 100,000 rows in a few milliseconds."""
    index = dict(zip(map(_THIRD, rows), rows, strict=True))
    index.pop(0, None)  # no fingerprint
    if len(index) == len(rows) - countOf(map(_THIRD, rows), 0) and all(map(_SECOND, rows)):
        return index
    index, twice = {}, set()
    for row in rows:
        if row[2] and row[1]:
            if row[2] in index:
                twice.add(row[2])
            index[row[2]] = row
    for fp in twice:
        del index[fp]
    return index


def load_fingerprints(store: Store, synced: SyncedState, ids: Iterable[str],
                      client_id: int = DEFAULT_CLIENT_ID) -> None:
    """Fill in the record fingerprints of these synced users (see `synced_state`)."""
    wanted = [uid for uid in ids if uid in synced.fingerprints]
    with store.errors():
        if len(wanted) > len(synced.fingerprints) // 4:  # most of them: one scan
            synced.fingerprints.update(store.db.execute(
                "SELECT id, fingerprint FROM synced_users NOT INDEXED WHERE client_id = ?",
                [client_id]))
            return
        for chunk in _chunks(wanted):
            marks = ", ".join("?" for _ in chunk)
            synced.fingerprints.update(store.db.execute(
                f"SELECT id, fingerprint FROM synced_users WHERE client_id = ? "
                f"AND id IN ({marks})", [client_id, *chunk]))


def synced_rows(store: Store, client_id: int = DEFAULT_CLIENT_ID) -> dict[str, UserRecord]:
    """id → record: every synced user (tests and exports; the engine reads fingerprints)."""
    with store.errors():
        cur = store.db.execute(
            f"SELECT {_SELECT} FROM synced_users WHERE client_id = ?", [client_id]
        )
        return {row[0]: UserRecord._make(row) for row in cur}


def fingerprints_digest(fingerprints: dict[str, int]) -> tuple[int, int]:
    """(how many, their sum): equal for equal fingerprints and, but for a ~2^-63 chance,
    only for them (a fingerprint is a 63-bit digest of the whole row, id included)."""
    return len(fingerprints), sum(filter(None, fingerprints.values()))


def synced_digest(store: Store, client_id: int = DEFAULT_CLIENT_ID) -> tuple[int, int]:
    """`fingerprints_digest` of the synced users' fingerprints, summed by SQLite in one
    scan (~15 ms at 100,000 where reading them takes ~80 ms); 63-bit values summed as
    their high and low halves, which SQLite's 64-bit sums hold."""
    with store.errors():
        count, high, low = store.db.execute(
            "SELECT count(*), sum(fingerprint >> 32), sum(fingerprint & 4294967295) "
            "FROM synced_users NOT INDEXED WHERE client_id = ?", [client_id]).fetchone()
    return int(count), ((high or 0) << 32) + (low or 0)


def count_users(store: Store, client_id: int = DEFAULT_CLIENT_ID) -> int:
    with store.errors():
        return store.db.table("synced_users").count_where("client_id = ?", [client_id])


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
            yield UserRecord._make(row)


def users_by_rowid(store: Store, rowids: Sequence[int],
                   client_id: int = DEFAULT_CLIENT_ID) -> Iterator[SyncedUser]:
    """The synced users at these rowids (the rows a users table shows), in this order;
    rows removed since are left out. (The unary plus: look the rowids up, never scan
    the client's index once per chunk.)"""
    for chunk in _chunks(rowids):
        marks = ", ".join("?" for _ in chunk)
        with store.errors():
            found = {row[0]: UserRecord._make(row[1:]) for row in store.db.execute(
                f"SELECT rowid, {_SELECT} FROM synced_users WHERE rowid IN ({marks}) "
                f"AND +client_id = ?", [*chunk, client_id])}
        yield from (found[r] for r in chunk if r in found)


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")

"""Client names an earlier version let in, holding what a new name is refused for
(bidirectional controls, line separators), are cleaned when the profile is upgraded:
unique under the name-key rule, an audit entry per renamed client, every other row
untouched, and opening again changes nothing."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import sqlite_utils

from idp_wizard.compose import open_profile
from idp_wizard.core import schema
from idp_wizard.core.client_names import name_key
from idp_wizard.core.client_settings import set_client_setting
from idp_wizard.core.clock import iso
from idp_wizard.core.store import Store
from idp_wizard.paths import ProfilePaths
from tests.clients.helpers import connected_clients, demo_profile
from tests.clients.test_cli_clients import run

UPGRADED = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)
OLD_NAMES = {1: "Bob \u202enimda\u202c", 2: "Contoso\u2028Ltd", 3: "Fabrikam",
             4: "FABRIKAM\u202c"}  # 4 reads as 3 once cleaned (names ignore case)
NEW_NAMES = {1: "Bob nimda", 2: "Contoso Ltd", 3: "Fabrikam", 4: "FABRIKAM (2)"}
LISTED = ("Bob nimda", "Contoso Ltd", "Fabrikam", "FABRIKAM (2)")  # by name


def _dump(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, in a fixed order."""
    with sqlite3.connect(path) as conn:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        return {t: conn.execute(f"SELECT * FROM [{t}] ORDER BY rowid").fetchall()
                for t in tables}


def _old_profile(data: Path) -> Path:
    """Four synced demo clients with settings of their own, named as an earlier version
    let them be named, at the schema step before the cleaning."""
    profile = demo_profile(data)
    try:
        connected_clients(profile, 4)
        for client_id in OLD_NAMES:
            set_client_setting(profile.store, client_id, "sync_interval_minutes", 10 + client_id)
    finally:
        profile.close()
    path = data / "demo.sqlite3"
    with sqlite3.connect(path) as conn:
        for client_id, name in OLD_NAMES.items():
            conn.execute("UPDATE clients SET name = ?, name_key = ? WHERE id = ?",
                         [name, name_key(name), client_id])
        step = schema.MIGRATIONS.index(schema._showable_client_names)
        conn.execute(f"PRAGMA user_version = {step}")
    return path


def _client_rows(rows: list[tuple[Any, ...]], names: dict[int, str]) -> list[tuple[Any, ...]]:
    """`clients` rows (id, name, created_at, generation, name_key, removed_at) with the
    names given."""
    return [(i, names[i], c, g, name_key(names[i]), r) for i, _, c, g, _, r in rows]


def test_unshowable_client_names_are_cleaned_once_with_audit_entries(
        capsys: pytest.CaptureFixture[str], data_dir: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    path = _old_profile(data_dir)
    before = _dump(path)
    assert [(i, n) for i, n, *_ in before["clients"]] == list(OLD_NAMES.items())
    monkeypatch.setattr(Store, "now", lambda self: iso(UPGRADED))  # the CLI store's clock

    code, out, err = run(capsys, data_dir, "clients", "list", "--json")
    assert (code, err) == (0, "")
    assert [c["name"] for c in json.loads(out)] == list(LISTED)
    assert (data_dir / f"demo.sqlite3.v{schema.SCHEMA_VERSION - 1}.bak").is_file()
    after = _dump(path)
    assert after["clients"] == _client_rows(before["clients"], NEW_NAMES)
    # Every other row as it was: synced users, runs, settings, the platform's tables.
    assert {t: r for t, r in after.items() if t not in ("clients", "audit_log")} == {
        t: r for t, r in before.items() if t not in ("clients", "audit_log")}
    old_audit = len(before["audit_log"])
    assert after["audit_log"][:old_audit] == before["audit_log"]
    stamp = "2026-01-02T03:04:05+00:00"
    assert [row[1:6] for row in after["audit_log"][old_audit:]] == [
        (1, stamp, "IdP Wizard", "client.rename",
         "'Bob \\u202enimda\\u202c' → 'Bob nimda': a client name may not contain the "
         "bidirectional control character U+202E; renamed when IdP Wizard was updated"),
        (2, stamp, "IdP Wizard", "client.rename",
         "'Contoso\\u2028Ltd' → 'Contoso Ltd': a client name may not contain the line "
         "or paragraph separator U+2028; renamed when IdP Wizard was updated"),
        (4, stamp, "IdP Wizard", "client.rename",
         "'FABRIKAM\\u202c' → 'FABRIKAM (2)': a client name may not contain the "
         "bidirectional control character U+202C, and 'FABRIKAM' is another client's "
         "name; renamed when IdP Wizard was updated")]

    profile = open_profile(ProfilePaths(data_dir, demo=True))
    try:
        assert [c.name for c in profile.clients()] == list(LISTED)
        entry = profile.store.audit_log(4)[-1]
    finally:
        profile.close()
    # The detail is kept as its message too, to be shown in the admin's language.
    assert entry["message"]["params"]["cleaned"] == "'FABRIKAM'"
    assert entry["message"]["params"]["character"]["params"] == {"code": "U+202C"}

    # The cleaned names address their clients (the old ones cannot be typed).
    for typed, client in (("bob nimda", "Bob nimda"), ("Contoso  Ltd", "Contoso Ltd"),
                          ("fabrikam (2)", "FABRIKAM (2)")):
        code, out, err = run(capsys, data_dir, "--client", typed, "status", "--json")
        assert (code, err, json.loads(out)["client"]) == (0, "", client)

    # Opened again: nothing changes; the step itself finds nothing left to clean.
    settled = _dump(path)
    code, out, err = run(capsys, data_dir, "clients", "list", "--json")
    assert (code, err, [c["name"] for c in json.loads(out)]) == (0, "", list(LISTED))
    assert _dump(path) == settled
    schema._showable_client_names(sqlite_utils.Database(path))
    assert _dump(path) == settled


def test_names_that_clean_alike_or_to_nothing_stay_unique(tmp_path: Path) -> None:
    path = tmp_path / "p.sqlite3"
    Store(path).close()
    long = "L" * 79 + "\u2066"  # 79 letters once cleaned: " (2)" needs room
    names = {1: "A\x00B", 2: "A\u2028B", 3: "\u202e\u202c", 4: "a b (2)", 5: long,
             6: "l" * 79, 7: "Gone\u202e"}
    with sqlite3.connect(path) as conn:
        conn.execute("DELETE FROM clients")
        for client_id, name in names.items():
            conn.execute("INSERT INTO clients (id, name, name_key, created_at) VALUES "
                         "(?, ?, ?, '')", [client_id, name, name_key(name)])
        conn.execute("UPDATE clients SET name_key = NULL, removed_at = 'x' WHERE id = 7")
        conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION - 1}")
    store = Store(path)
    try:
        rows = store.db.execute("SELECT id, name, name_key FROM clients ORDER BY id").fetchall()
        renamed = [r[0] for r in store.db.execute(
            "SELECT client_id FROM audit_log WHERE actor = 'IdP Wizard' ORDER BY id")]
    finally:
        store.close()
    # A clean name keeps its own; the cleaned ones take the next free number, in id order.
    assert [(i, n) for i, n, _ in rows] == [
        (1, "A B"), (2, "A B (3)"), (3, "Default"), (4, "a b (2)"),
        (5, "L" * 76 + " (2)"), (6, "l" * 79), (7, "Gone\u202e")]
    assert [k for *_, k in rows] == [name_key(n) for _, n, _ in rows[:6]] + [None]
    assert renamed == [1, 2, 3, 5]  # the removed client's tombstone is not shown anywhere


def test_the_renames_are_stamped_with_the_opening_stores_clock(data_dir: Path) -> None:
    """The migration writes its audit entries at the time of the store's injected clock
    (as every other entry), not the system's."""
    path = _old_profile(data_dir)
    before = len(_dump(path)["audit_log"])
    Store(path, clock=lambda: UPGRADED).close()
    added = _dump(path)["audit_log"][before:]
    assert [(row[1], row[2], row[4]) for row in added] == [
        (client_id, "2026-01-02T03:04:05+00:00", "client.rename") for client_id in (1, 2, 4)]

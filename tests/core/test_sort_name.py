"""synced_users.sort_name (schema step 11): the users table's sort key of a name SQLite
cannot fold, written by every sync and by the migration for rows synced before it."""

from __future__ import annotations

import sqlite3
import unicodedata
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from idp_wizard.core import schema
from idp_wizard.core.apply import apply_plan
from idp_wizard.core.collation import _LETTERS, base_letters, stored_key
from idp_wizard.core.plan import SyncPlan
from idp_wizard.core.runs import start_run
from idp_wizard.core.store import Store
from idp_wizard.core.user_record import to_record

from .helpers import emp


def _keys(store: Store) -> dict[str, str | None]:
    return dict(store.db.execute("SELECT id, sort_name FROM synced_users").fetchall())


def test_the_sync_writes_the_key_of_names_outside_ascii(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.sqlite3")
    adds = [to_record(emp(1, display_name="Émile Roy"), "de"),
            to_record(emp(2, display_name="Bob Lee"), "de"),
            to_record(emp(3, display_name="Zoë Ng"), "de")]
    apply_plan(store, SyncPlan(3, adds=adds), start_run(store, "gui", "full"), "full")
    assert _keys(store) == {"u1": "emile roy\x01émile roy", "u2": None,
                            "u3": "zoe ng\x01zoë ng"}
    renamed = [(to_record(emp(1, display_name="Emile Roy"), "de"), ("display_name",)),
               (to_record(emp(2, display_name="Bøb Lee"), "de"), ("display_name",))]
    apply_plan(store, SyncPlan(3, updates=renamed, unchanged=1),
               start_run(store, "gui", "full"), "full")
    assert _keys(store) == {"u1": None, "u2": "bob lee\x01bøb lee",
                            "u3": "zoe ng\x01zoë ng"}
    store.close()


def test_the_migration_writes_the_keys_of_users_synced_before_it(tmp_path: Path) -> None:
    path = tmp_path / "m.sqlite3"
    store = Store(path)
    adds = [to_record(emp(i, display_name=name), "de")
            for i, name in enumerate(["Ånne Berg", "Anne Berg", "Łukasz Żółć", "李 雷"])]
    apply_plan(store, SyncPlan(4, adds=adds), start_run(store, "gui", "full"), "full")
    store.close()
    with sqlite3.connect(path) as conn:  # as a profile of schema step 10 was
        conn.execute("ALTER TABLE synced_users DROP COLUMN sort_name")
        conn.execute("ALTER TABLE sync_runs DROP COLUMN platform_details")  # a later step
        step = schema.MIGRATIONS.index(schema._users_sort_name)
        conn.execute(f"PRAGMA user_version = {step}")
    store = Store(path)
    assert store.schema_version == schema.SCHEMA_VERSION
    assert _keys(store) == {"u0": "anne berg\x01ånne berg", "u1": None,
                            "u2": "lukasz zolc\x01łukasz żółć", "u3": "李 雷\x01李 雷"}
    assert all(stored_key(name) == key for name, key in store.db.execute(
        "SELECT display_name, sort_name FROM synced_users").fetchall())
    store.close()


def _decomposed_base_letters(text: str) -> str:
    """base_letters as first written: NFKD of the whole text, combining marks dropped."""
    folded = text.casefold()
    if folded.isascii():
        return folded
    decomposed = unicodedata.normalize("NFKD", folded.translate(_LETTERS))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@settings(max_examples=500, deadline=None)
@given(st.text(st.characters(max_codepoint=0x33FF), max_size=12)
       | st.sampled_from(["Álvaro", "Øystein", "Łukasz Żółć", "e\u0301", "ﬁ", "ẞ", "İ",
                          "\u0301a", "ǅ", "Ⅻ", "한국"]))
def test_base_letters_a_character_at_a_time_equal_the_whole_decomposition(
        text: str) -> None:
    assert base_letters(text) == _decomposed_base_letters(text)
    key = stored_key(text)
    assert key == (None if text.isascii()
                   else f"{_decomposed_base_letters(text)}\x01{text.casefold()}")

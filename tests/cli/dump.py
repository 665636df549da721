"""The whole demo database of a data folder, every table and every row: what a refused
command must leave exactly as it was."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from idp_wizard.paths import ProfilePaths


def database_dump(data: Path) -> dict[str, list[tuple[object, ...]]]:
    conn = sqlite3.connect(ProfilePaths(data, demo=True).database)
    try:
        tables = [row[0] for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        return {t: sorted(conn.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr)
                for t in tables}
    finally:
        conn.close()

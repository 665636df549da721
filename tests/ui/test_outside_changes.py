"""The open window and the command line on one data folder: what the CLI (or the OS
scheduler running it) changes, the panel shows within its watch interval, with the
exact numbers a full read of the database gives; the window's own schedule then counts
from the CLI's sync, and never syncs a client the CLI disconnected. Before, the panel
kept its counts, history and "Connected" until the window itself ran an operation."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot

from idp_wizard.core.clock import parse_iso
from idp_wizard.ui.main_window import MainWindow
from tests.ui.panel_support import connected_app, open_window, status_text, wait_idle

WATCH = 6_000  # ms: the window's watch interval (2 s) with room for a slow machine


def cli(data: Path, *args: str) -> tuple[int, str, str]:
    done = subprocess.run([sys.executable, "-m", "idp_wizard", "--data-dir", str(data),
                           "--demo", *args], capture_output=True, text=True, timeout=120,
                          env=dict(os.environ))
    return done.returncode, done.stdout, done.stderr


def truth(data: Path) -> dict[str, object]:
    """A full read of the demo profile by a connection of its own."""
    conn = sqlite3.connect(data / "demo.sqlite3")
    try:
        state = conn.execute("SELECT state, directory_users FROM connections").fetchone()
        runs = conn.execute("SELECT id, finished_at, added, updated, removed, trigger "
                            "FROM sync_runs ORDER BY id").fetchall()
        return {"state": state[0] if state else None,
                "directory": state[1] if state else None,
                "synced": conn.execute("SELECT count(*) FROM synced_users").fetchone()[0],
                "ids": {r[0] for r in conn.execute("SELECT id FROM synced_users")},
                "runs": runs,
                "audit": conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]}
    finally:
        conn.close()


def shown(window: MainWindow) -> dict[str, object]:
    header, model = window.panel.header, window.panel.users.model
    return {"status": status_text(window), "counts": header.counts_label.text(),
            "last": header.last_sync_label.text(), "total": model.total,
            "ids": {model.user_id(r) for r in range(model.rowCount())},
            "runs": window.panel.history.runs.topLevelItemCount(),
            "audit": window.panel.history.audit.topLevelItemCount()}


def test_a_cli_sync_shows_in_the_open_window_and_moves_its_schedule(
        qtbot: QtBot, data_dir: Path) -> None:
    app = connected_app(data_dir)
    window = open_window(qtbot, app)
    wait_idle(qtbot, window)
    before = truth(data_dir)
    assert (before["synced"], before["directory"], len(before["runs"])) == (105, 120, 1)  # type: ignore[arg-type]
    assert shown(window)["counts"] == "105 of 120 employees in the directory"

    assert cli(data_dir, "demo", "simulate-changes", "--steps", "3")[0] == 0
    code, out, _ = cli(data_dir, "sync", "--json")
    assert code == 0
    result = json.loads(out)
    assert (result["added"], result["updated"], result["removed"]) == (3, 1, 2)
    after = truth(data_dir)
    assert (after["synced"], after["directory"], len(after["runs"])) == (106, 120, 2)  # type: ignore[arg-type]

    qtbot.waitUntil(lambda: shown(window)["counts"]
                    == "106 of 120 employees in the directory", timeout=WATCH)
    wait_idle(qtbot, window)
    seen = shown(window)
    assert seen["status"] == "Connected"
    assert seen["last"].endswith("Succeeded: 3 added, 1 updated, 2 removed")  # type: ignore[attr-defined]
    assert (seen["total"], seen["ids"]) == (106, after["ids"])
    assert seen["runs"] == 2
    assert seen["audit"] == after["audit"]

    # The window's own schedule counts from the CLI's sync, and then syncs as due.
    cli_done = parse_iso(after["runs"][-1][1])  # type: ignore[index]
    due = window.controller.next_due()
    assert due == cli_done + timedelta(minutes=40)
    window.controller._now = lambda: due  # type: ignore[assignment,misc,return-value]
    window.controller.check_schedule()
    wait_idle(qtbot, window)
    last = truth(data_dir)
    assert len(last["runs"]) == 3  # type: ignore[arg-type]
    assert last["runs"][-1][2:] == (0, 0, 0, "schedule")  # type: ignore[index]
    assert (last["synced"], shown(window)["total"], shown(window)["runs"]) == (106, 106, 3)


def test_a_cli_disconnect_shows_and_the_window_does_not_sync_it(
        qtbot: QtBot, data_dir: Path) -> None:
    app = connected_app(data_dir)
    window = open_window(qtbot, app)
    wait_idle(qtbot, window)
    assert cli(data_dir, "disconnect", "--yes") == (
        0, "Disconnected Microsoft Entra ID. 105 synced users were removed.\n", "")
    gone = truth(data_dir)
    assert (gone["state"], gone["synced"], len(gone["runs"])) == (None, 0, 1)  # type: ignore[arg-type]
    sync_now = window.findChild(QAction, "action_sync_now")

    qtbot.waitUntil(lambda: status_text(window) == "Not connected", timeout=WATCH)
    wait_idle(qtbot, window)
    assert (window.panel.connected, window.panel.users.model.total) == (False, 0)
    assert sync_now.isEnabled() is False
    assert window.controller.next_due() is None
    assert window.panel.connect_button.isVisible() is True


def test_a_due_schedule_reads_the_connection_before_it_syncs(
        qtbot: QtBot, data_dir: Path) -> None:
    """Between the CLI's disconnect and the window's next look (the watch is stopped
    here), a due scheduled sync must not start on the connection it remembered."""
    app = connected_app(data_dir)
    window = open_window(qtbot, app)
    wait_idle(qtbot, window)
    window.outside.timer.stop()
    assert cli(data_dir, "disconnect", "--yes")[0] == 0
    due = window.controller.next_due()
    assert due is not None
    window.controller._now = lambda: due + timedelta(minutes=1)  # type: ignore[assignment,misc]
    window.controller.check_schedule()
    wait_idle(qtbot, window)
    assert len(truth(data_dir)["runs"]) == 1  # type: ignore[arg-type]
    assert window.statusBar().currentMessage() == ""
    assert window.controller.next_due() is None
    assert window.outside.check() is True
    wait_idle(qtbot, window)
    assert (status_text(window), window.panel.users.model.total) == ("Not connected", 0)


def test_clients_added_renamed_and_removed_by_the_cli_show_in_the_switcher(
        qtbot: QtBot, data_dir: Path) -> None:
    app = connected_app(data_dir)
    window = open_window(qtbot, app)
    wait_idle(qtbot, window)
    switcher = window.clients.bar.switcher

    def names() -> list[str]:
        return [switcher.itemText(i) for i in range(switcher.count())]

    assert cli(data_dir, "clients", "add", "Fabrikam")[0] == 0
    qtbot.waitUntil(lambda: names() == ["contoso.example", "Fabrikam"], timeout=WATCH)
    assert (switcher.currentText(), status_text(window)) == ("contoso.example", "Connected")
    assert cli(data_dir, "clients", "rename", "contoso.example", "Contoso Ltd")[0] == 0
    qtbot.waitUntil(lambda: names() == ["Contoso Ltd", "Fabrikam"], timeout=WATCH)
    assert cli(data_dir, "clients", "remove", "Contoso Ltd", "--yes")[0] == 0
    qtbot.waitUntil(lambda: window.app.client_name == "Fabrikam", timeout=WATCH)
    wait_idle(qtbot, window)
    assert names() == ["Fabrikam"]
    assert (status_text(window), window.panel.users.model.total) == ("Not connected", 0)
    assert window.statusBar().currentMessage() == "Showing the client Fabrikam."
    assert truth(data_dir)["synced"] == 0


@pytest.mark.platform
def test_a_cli_target_removal_shows_in_the_platform_line(qtbot: QtBot, data_dir: Path) -> None:
    app = connected_app(data_dir)
    window = open_window(qtbot, app)
    wait_idle(qtbot, window)
    line = window.panel.header.platform_label
    demo = "https://scim.demo.invalid/v2 (the demo platform inside this app) · Ready · "
    assert line.text() == demo + "105 users on the platform"
    assert cli(data_dir, "target", "remove", "--keep-platform-users") == (
        0, "The platform target was removed; 105 users the app provisioned stay there, no "
           "longer managed.\n", "")
    # A demo profile falls back to its embedded platform, which holds none of ours now.
    qtbot.waitUntil(lambda: line.text() == demo + "0 users on the platform", timeout=WATCH)


def test_a_held_cli_filter_change_shows_then_its_confirmation(
        qtbot: QtBot, data_dir: Path, tmp_path: Path) -> None:
    app = connected_app(data_dir)
    window = open_window(qtbot, app)
    wait_idle(qtbot, window)
    header = window.panel.header
    sales = tmp_path / "sales.json"
    sales.write_text(json.dumps({"version": 1, "include": {"departments": ["Sales"]}}))
    assert cli(data_dir, "filters", "set", str(sales))[0] == 3  # held: 87 of 105 go
    qtbot.waitUntil(lambda: status_text(window) == "Held", timeout=WATCH)
    assert header.reason_label.text() == (
        "A change of the user filters waits for your confirmation: Employees in Sales, "
        "excluding guests and disabled accounts. It would remove 87 of 105 users. Until you "
        "confirm it, the current filters stay in force.")
    assert (header.review_button.isVisible(), header.discard_change_button.isVisible()) == (
        True, True)
    assert truth(data_dir)["synced"] == 105
    assert cli(data_dir, "filters", "set", str(sales), "--allow-deletions")[0] == 0
    qtbot.waitUntil(lambda: header.counts_label.text()
                    == "18 of 120 employees in the directory", timeout=WATCH)
    wait_idle(qtbot, window)
    after = truth(data_dir)
    assert (status_text(window), header.reason_box.isVisible()) == ("Connected", False)
    assert (after["synced"], window.panel.users.model.total) == (18, 18)
    assert shown(window)["ids"] == after["ids"]
    assert shown(window)["runs"] == len(after["runs"]) == 3  # type: ignore[arg-type]

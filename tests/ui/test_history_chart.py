"""The history chart (`history_chart`): its data, its marks for held, failed and
incomplete runs, its words (tooltips, text alternative) and its link to the runs list."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QTreeWidget
from pytestqt.qtbot import QtBot

from idp_wizard.app import App
from idp_wizard.core.connection import save_filter
from idp_wizard.core.filter_spec import FilterSpec
from idp_wizard.core.runs import RunRecord, RunStatus, finish_run, list_runs, start_run
from idp_wizard.core.users import count_users
from idp_wizard.ui.history_axes import Axis, nice_step, split_bands, users_axis
from idp_wizard.ui.history_chart import HistoryChart
from idp_wizard.ui.history_series import RunPoint, counts_by_mark, history_series
from tests.ui.helpers import find

from .panel_support import connected_app, open_window


def run(i: int, status: str, matched: int = 0, added: int = 0, removed: int = 0,
        pending_removed: int = 0) -> RunRecord:
    return RunRecord(id=i, started_at=f"2026-01-0{min(i, 9)}T10:00:00+00:00",
                     finished_at="", trigger="schedule", mode="delta",
                     status=RunStatus(status), matched=matched, added=added,
                     removed=removed, pending_removed=pending_removed)


def test_series_carries_users_over_runs_that_applied_nothing() -> None:
    runs = [run(1, "succeeded", matched=200, added=200),
            run(2, "succeeded", matched=198, added=1, removed=3),
            run(3, "held", matched=50, pending_removed=148),
            run(4, "failed"),
            run(5, "incomplete", matched=190, removed=8),
            run(6, "running"),
            run(7, "interrupted")]
    points = history_series(list(reversed(runs)))  # list_runs gives newest first
    assert [p.run_id for p in points] == [1, 2, 3, 4, 5, 7]  # the running one is left out
    assert [p.users for p in points] == [200, 198, 198, 198, 190, 190]
    assert [p.mark for p in points] == [None, None, "held", "failed", "incomplete",
                                        "interrupted"]
    held = points[2]
    assert (held.added, held.removed, held.pending_removed) == (0, 0, 148)
    assert (points[4].added, points[4].removed) == (0, 8)
    assert counts_by_mark(points) == {"held": 1, "failed": 1, "incomplete": 1,
                                      "interrupted": 1}


def test_series_shows_the_latest_runs_with_users_from_before() -> None:
    runs = [run(i, "succeeded", matched=100 + i, added=1) for i in range(1, 41)]
    runs[35] = run(36, "failed")  # the first shown runs know the count from before
    points = history_series(list(reversed(runs)), shown=30)
    assert len(points) == 30 and points[0].run_id == 11 and points[-1].run_id == 40
    assert points[0].users == 111
    assert points[25].run_id == 36 and points[25].users == 135 and points[25].mark == "failed"


def test_users_before_any_applied_run_are_unknown() -> None:
    points = history_series([run(2, "succeeded", matched=10, added=10), run(1, "failed")])
    assert [p.users for p in points] == [None, 10]


@pytest.fixture
def app(data_dir: Path) -> Iterator[App]:
    a = connected_app(data_dir)  # one succeeded run: the first full sync
    yield a
    a.close()


def test_chart_marks_held_and_failed_runs(qtbot: QtBot, app: App) -> None:
    synced = count_users(app.store)
    save_filter(app.store, FilterSpec.from_json(
        {"version": 1, "include": {"departments": ["Sales"]}}))
    assert app.sync_service().run().status == "held"
    failed = start_run(app.store, "schedule", "delta")
    finish_run(app.store, failed, RunStatus.FAILED, error="Microsoft Graph did not answer.")
    window = open_window(qtbot, app)
    window.panel.tabs.setCurrentWidget(window.panel.history)
    chart = find(window, "history_chart")
    assert isinstance(chart, HistoryChart) and chart.isVisible()
    pending = len(list_runs(app.store)[1].pending_removals)
    assert [(p.status, p.mark, p.users, p.pending_removed) for p in chart.points] == [
        ("succeeded", None, synced, 0), ("held", "held", synced, pending),
        ("failed", "failed", synced, 0)]
    assert pending > 0

    summary = chart.summary()
    assert "Held: 1" in summary and "Failed: 1" in summary
    assert f"synced users now: {synced}" in summary and summary.endswith("latest: Failed.")
    assert chart.accessibleDescription() == summary
    assert find(window, "history_chart_summary").text() == summary  # type: ignore[attr-defined]

    held_words = chart.point_text(chart.points[1])
    assert f"{pending} removals wait for your confirmation; nothing was applied." in held_words
    assert f"{synced} synced users after this run" in held_words
    assert "Nothing was applied." in chart.point_text(chart.points[2])
    assert f"{synced} added, 0 updated, 0 removed" in chart.point_text(chart.points[0])


def test_chart_and_runs_list_choose_the_same_run(qtbot: QtBot, app: App) -> None:
    app.demo.simulate_changes(1)
    app.sync_service().run(trigger="schedule")
    window = open_window(qtbot, app)
    window.panel.tabs.setCurrentWidget(window.panel.history)
    chart = find(window, "history_chart")
    assert isinstance(chart, HistoryChart)
    runs = find(window, "history_runs")
    assert isinstance(runs, QTreeWidget)
    assert chart.current == 1  # the newest, as the list selects it
    # A click on the first (oldest) run's column selects it in the list.
    area = chart._areas()[1]
    slot = chart._areas()[3]
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton,
                     pos=QPoint(int(area.left() + slot / 2), int(area.center().y())))
    assert chart.current == 0
    assert runs.indexOfTopLevelItem(runs.currentItem()) == 1  # newest first in the list
    chart.setFocus()
    qtbot.keyClick(chart, Qt.Key.Key_Right)
    assert chart.current == 1 and runs.indexOfTopLevelItem(runs.currentItem()) == 0
    runs.setCurrentItem(runs.topLevelItem(1))  # and the other way round
    assert chart.current == 0


def test_empty_chart_speaks(qtbot: QtBot) -> None:
    chart = HistoryChart()
    qtbot.addWidget(chart)
    chart.set_points([])
    assert chart.summary() == "No syncs yet."
    chart.set_points([RunPoint(1, "", "succeeded", 3, 0, 0, 3, 0)])
    assert chart.summary().startswith("Runs shown: 1")


def test_bands_give_the_synced_users_the_larger_share_with_a_gap() -> None:
    users, changes = split_bands(10, 200, caption=20, gap=8)
    assert (users.caption_top, users.top) == (10, 30)  # a caption line above each plot
    assert users.height == pytest.approx(0.62 * 152)  # 200 - 2 captions - gap
    assert changes.caption_top == pytest.approx(users.bottom + 8)
    assert changes.top == pytest.approx(changes.caption_top + 20)
    assert changes.bottom == pytest.approx(210)
    assert users.height > 1.6 * changes.height
    assert split_bands(0, 30, caption=20, gap=8)[1].height == 0  # too small: no negatives


@pytest.mark.parametrize(("values", "axis"), [
    ([229, 229, 229, 229], Axis(200, 240, (200, 220, 240))),  # steady: not from zero
    ([1000, 1003], Axis(900, 1100, (900, 1000, 1100))),
    ([200, 120], Axis(50, 250, (50, 100, 150, 200, 250))),
    ([200, 50], Axis(0, 300, (0, 100, 200, 300))),  # a big drop shows at its true size
    ([0, 229], Axis(0, 300, (0, 100, 200, 300))),
    ([3], Axis(2, 4, (2, 3, 4))),
    ([1], Axis(0, 2, (0, 1, 2))),
    ([0, 0], Axis(0, 1, (0, 1))),
    ([], Axis(0, 1, (0, 1))),
])
def test_users_axis_spans_the_counts_with_round_labels(values: list[int], axis: Axis) -> None:
    assert users_axis(values) == axis
    if values and max(values) > 0:  # every count inside, off both edges but the zero one
        assert all(0 <= axis.fraction(v) < 1 for v in values)
        assert all(axis.fraction(v) > 0 for v in values if v > 0 and axis.low > 0)


def test_nice_steps() -> None:
    assert [nice_step(x) for x in (0.3, 1, 1.2, 3, 11.45, 20, 21, 76.3, 120, 4001)] == [
        1, 1, 2, 5, 20, 20, 25, 100, 200, 5000]


def test_chart_lays_out_the_bands_it_draws(qtbot: QtBot) -> None:
    chart = HistoryChart()
    qtbot.addWidget(chart)
    chart.resize(800, 260)
    chart.set_points([RunPoint(1, "", "succeeded", 229, 0, 0, 229, 0),
                      RunPoint(2, "", "held", 0, 0, 0, 229, 190),
                      RunPoint(3, "", "failed", 0, 0, 0, 229, 0)])
    (users_caption, changes_caption), users, changes, slot = chart._areas()
    assert slot == pytest.approx(users.width() / 3)
    assert users.height() > 1.6 * changes.height()
    assert users_caption.bottom() == pytest.approx(users.top())
    assert users.bottom() < changes_caption.top() < changes_caption.bottom() == \
        pytest.approx(changes.top())
    assert changes.bottom() < chart.height() - chart.fontMetrics().height()  # the dates
    # The users axis does not start at zero for a steady count, so no "0" above "+229".
    assert chart._axis_labels() == ("200", "220", "240", "+229", "\u2212229")

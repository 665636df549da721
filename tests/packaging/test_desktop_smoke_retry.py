"""tools/desktop_smoke.py tries a new Xvfb once when Qt could not connect to a fresh one
(seen once in CI), and no other failure twice."""

from __future__ import annotations

import contextlib
import importlib.util
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
NO_CONNECTION = "qt.qpa.xcb: could not connect to display :7\n"


def _smoke_tool(monkeypatch: pytest.MonkeyPatch, answers: list[tuple[int, str]],
                ) -> tuple[ModuleType, list[str]]:
    """The tool with Xvfb and the app replaced: each display started is noted, and the
    app on it answers the next of `answers` (exit code, error output)."""
    monkeypatch.syspath_prepend(str(ROOT / "tools"))
    spec = importlib.util.spec_from_file_location("desktop_smoke_under_test",
                                                  ROOT / "tools" / "desktop_smoke.py")
    assert spec is not None and spec.loader is not None
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    import xvfb

    displays: list[str] = []

    @contextlib.contextmanager
    def virtual_display() -> Iterator[str]:
        displays.append(f":{len(displays) + 7}")
        yield displays[-1]

    monkeypatch.setattr(xvfb, "virtual_display", virtual_display)
    monkeypatch.setattr(tool, "_on_display", lambda display, out: answers.pop(0))
    return tool, displays


def test_a_server_qt_could_not_connect_to_is_tried_once_more(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        tmp_path: Path) -> None:
    tool, displays = _smoke_tool(monkeypatch, [(-6, NO_CONNECTION), (0, "")])
    assert tool.main(["--xvfb", str(tmp_path / "shot.png")]) == 0
    assert displays == [":7", ":8"]
    assert capsys.readouterr().err == (
        NO_CONNECTION + "desktop smoke: Qt could not connect to :7; trying a new Xvfb once\n")


def test_twice_no_connection_fails(monkeypatch: pytest.MonkeyPatch,
                                   capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    tool, displays = _smoke_tool(monkeypatch, [(-6, NO_CONNECTION), (-6, NO_CONNECTION)])
    assert tool.main(["--xvfb", str(tmp_path / "shot.png")]) == 1
    assert displays == [":7", ":8"]
    assert capsys.readouterr().err.endswith(
        "desktop smoke: FAILED, the app ended by signal 6 on :8\n")


@pytest.mark.parametrize("answer", [(-6, "qt.qpa.plugin: Could not load the Qt platform "
                                          "plugin \"xcb\"\n"), (1, "no window appeared\n")])
def test_any_other_failure_is_not_tried_again(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path, answer: tuple[int, str]) -> None:
    tool, displays = _smoke_tool(monkeypatch, [answer])
    assert tool.main(["--xvfb", str(tmp_path / "shot.png")]) == 1
    assert displays == [":7"]


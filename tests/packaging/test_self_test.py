"""`--self-test` and `--startup-probe`, as the packaged app runs them after each build."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from pytestqt.qtbot import QtBot

from idp_wizard.cli import build_parser
from idp_wizard.ui import i18n, self_test_base, self_test_checks

LRELEASE = Path(sys.executable).with_name("pyside6-lrelease")


def run_app(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "idp_wizard", *args], capture_output=True,
                          text=True, env=env, timeout=120, check=False)


def test_self_test_passes_and_reports_each_check(data_dir: Path) -> None:
    done = run_app("--self-test")
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert lines[-1].startswith("self-test passed: ")
    assert not [line for line in lines if "FAILED" in line]
    for name in ("Qt starts", "application icon", "provider logos (SVG)",
                 "translations de (Qt's and ours)", "setup wizard opens (demo)",
                 "wizard: connect, share, initial sync",
                 "demo sync Google (App + SyncService)", "SOCKS proxy support"):
        assert any(name in line for line in lines), name
    assert "'&Next >' -> '&Weiter >'" in done.stdout  # Qt's own qtbase_de.qm
    assert "propagateSizeHints" not in done.stderr
    assert not data_dir.exists()  # a temporary folder, never the real profile


def test_startup_probe_shows_the_main_window_and_quits() -> None:
    done = run_app("--startup-probe")
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.startswith("startup-probe: main window shown ")


def test_self_test_is_documented_and_the_probe_is_not() -> None:
    text = build_parser().format_help()
    assert "--self-test" in text and "--startup-probe" not in text


def test_a_failing_check_fails_the_run_but_the_rest_still_run() -> None:
    out: list[str] = []
    test = self_test_base.SelfTest(out.append)

    def broken() -> str:
        raise OSError("resource missing")

    def skipped() -> str:
        raise self_test_base.Skip("not built")

    assert not test.check("broken", broken)
    assert test.check("skipped", skipped)
    assert test.check("fine", lambda: "ok")
    assert not test.passed
    assert out[0].startswith("[FAILED ] broken") and "OSError: resource missing" in out[0]
    assert out[1].startswith("[SKIPPED] skipped") and out[2].startswith("[  OK   ] fine")


def _qm(tmp_path: Path, translation: str, context: str = "MainWindow") -> Path:
    ts = tmp_path / "idp_wizard_de.ts"
    unfinished = ' type="unfinished"' if not translation else ""
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="de">'
        f"<context><name>{context}</name><message><source>&amp;Sync now</source>"
        f"<translation{unfinished}>{escape(translation)}</translation></message></context></TS>",
        encoding="utf-8")
    qm = tmp_path / "idp_wizard_de.qm"
    subprocess.run([str(LRELEASE), "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm


@pytest.mark.skipif(not LRELEASE.exists(), reason="pyside6-lrelease not installed")
@pytest.mark.parametrize(("translation", "status", "detail"), [
    ("Jetzt &synchronisieren", "OK", "'&Sync now' -> 'Jetzt &synchronisieren'"),
    ("", "SKIPPED", "holds no finished translations yet"),
])
def test_german_check_reads_our_qm(qtbot: QtBot, tmp_path: Path,
                                   monkeypatch: pytest.MonkeyPatch, translation: str,
                                   status: str, detail: str) -> None:
    _qm(tmp_path, translation)
    monkeypatch.setattr(i18n, "TRANSLATIONS_DIR", tmp_path)
    out: list[str] = []
    self_test_base.SelfTest(out.append).check("de", self_test_checks.translations("de"))
    assert out[0].startswith(f"[{status:^7}] de") and detail in out[0], out[0]


def test_german_check_fails_when_our_qm_translates_none_of_the_known_strings(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    if not LRELEASE.exists():
        pytest.skip("pyside6-lrelease not installed")
    _qm(tmp_path, "Jetzt synchronisieren", context="SomewhereElse")
    monkeypatch.setattr(i18n, "TRANSLATIONS_DIR", tmp_path)
    out: list[str] = []
    self_test_base.SelfTest(out.append).check("de", self_test_checks.translations("de"))
    assert out[0].startswith("[FAILED ] de")

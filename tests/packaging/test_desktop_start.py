"""The desktop on a bare or headless machine (issue 11, items 13 and 14): one sentence
instead of Qt's abort; on a real X server (Xvfb, the xcb platform) the window appears;
the offscreen platform's noise stays out of the test output."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from idp_wizard import desktop_check

ROOT = Path(__file__).resolve().parents[2]


def _bare_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    """A machine's environment with no display at all (a server over SSH)."""
    return {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(tmp_path),
            "PYTHONPATH": str(ROOT), **extra}


@pytest.mark.parametrize("extra", [{}, {"DISPLAY": ":4242"}, {"QT_QPA_PLATFORM": "xcb"}],
                         ids=["no DISPLAY", "dead DISPLAY", "xcb without DISPLAY"])
def test_without_a_display_the_app_says_so_in_one_sentence(
    tmp_path: Path, extra: dict[str, str],
) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "idp_wizard", "--data-dir", str(tmp_path / "d"), "--demo"],
        env=_bare_env(tmp_path, **extra), capture_output=True, text=True, timeout=120,
        check=False)
    assert done.returncode == 1 and done.stdout == ""
    assert done.stderr.count("\n") == 1, done.stderr
    assert done.stderr.startswith("idp-wizard: cannot open the desktop app: ")
    assert "idp-wizard --self-test" in done.stderr and "--help" in done.stderr
    assert "platform plugin" not in done.stderr and "Aborted" not in done.stderr


def test_the_sentence_follows_the_language(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "idp_wizard", "--data-dir", str(tmp_path / "d"), "--demo"],
        env=_bare_env(tmp_path, LANG="de_DE.UTF-8"), capture_output=True, text=True,
        timeout=120, check=False)
    assert done.returncode == 1 and done.stdout == ""
    assert done.stderr == (
        "idp-wizard: Die Desktop-App kann nicht geöffnet werden: es ist kein Bildschirm "
        "verfügbar (weder DISPLAY noch WAYLAND_DISPLAY ist gesetzt). Verwenden Sie auf "
        "einem Computer ohne Bildschirm die Befehlszeile (idp-wizard --help) oder prüfen Sie "
        "diese Installation mit idp-wizard --self-test.\n")


def test_the_problem_is_named() -> None:
    assert str(desktop_check.desktop_problem({}, platform="linux")) == (
        "no display is available (neither DISPLAY nor WAYLAND_DISPLAY is set)")
    assert str(desktop_check.desktop_problem({"DISPLAY": ":4242"}, platform="linux")) == (
        "the display :4242 does not answer")
    for chosen in ({"QT_QPA_PLATFORM": "offscreen"}, {"QT_QPA_PLATFORM": "vnc"}):
        assert desktop_check.desktop_problem(chosen, platform="linux") is None
    for other in ("win32", "darwin"):
        assert desktop_check.desktop_problem({}, platform=other) is None


def test_missing_libraries_are_named_by_package() -> None:
    names = {"libc.so.6": "libc6", "libidp-no-such-thing.so.9": "libidp-no-such-thing9"}
    assert desktop_check.missing_libraries(names) == ["libidp-no-such-thing9"]


def test_the_readme_lists_the_libraries_the_check_and_ci_know() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    for package in desktop_check.XCB_LIBRARIES.values():
        assert package in readme, package
        assert package in ci, package
    quick = readme.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    assert quick.index("3.11") < quick.index("python3 -m venv .venv")
    assert quick.index("python3 -m venv .venv") < quick.index(". .venv/bin/activate")
    assert quick.index(". .venv/bin/activate") < quick.index("python3 -m pip install .")
    assert "--self-test" in quick and "libxcb-cursor0" in quick
    assert "\npython -m" not in quick and " python -m" not in quick  # python3 or the venv's


def _xvfb_ready() -> str | None:
    if shutil.which("Xvfb") is None:
        return "Xvfb is not installed (.ci/run installs it)"
    missing = desktop_check.missing_libraries()
    return f"missing {' '.join(missing)} (.ci/run installs them)" if missing else None


@pytest.mark.skipif(_xvfb_ready() is not None, reason=str(_xvfb_ready()))
def test_the_window_appears_on_a_real_x_server(tmp_path: Path) -> None:
    shot = tmp_path / "desktop.png"
    done = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "desktop_smoke.py"), "--xvfb", str(shot)],
        env=_bare_env(tmp_path), capture_output=True, text=True, timeout=180, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "shown on platform xcb" in done.stdout
    assert shot.read_bytes().startswith(b"\x89PNG") and shot.stat().st_size > 10_000


def test_offscreen_noise_stays_out_of_the_test_output(tmp_path: Path) -> None:
    """A panel test whose window Qt destroys in teardown, run as CI runs pytest with
    every section shown: no "propagateSizeHints" line."""
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-rA", "-p", "no:cacheprovider",
         "tests/ui/test_panel_held.py::test_held_sync_shows_reason_and_confirm_applies"],
        cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}, capture_output=True,
        text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stdout[-2000:]
    assert "1 passed" in done.stdout
    assert "propagateSizeHints" not in done.stdout + done.stderr

"""Every test runs with its own data folder, home directory and XDG folders, Qt offscreen,
and no network: nothing here can touch the real home directory or keychain."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def pytest_configure(config: pytest.Config) -> None:
    """Outside pytest-qt's own capture (e.g. while a window is destroyed in teardown)
    Qt's messages go to our handler, which drops the offscreen platform's noise
    ("This plugin does not support propagateSizeHints()") and prints the rest. Installed
    before any test, so pytest-qt restores it after each one."""
    from idp_wizard.ui.qt_messages import install_quiet_handler

    install_quiet_handler()


@pytest.fixture(autouse=True)
def isolated_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("USERPROFILE", str(home))
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(var, str(home / var.lower()))
    data = tmp_path / "data"
    monkeypatch.setenv("IDP_WIZARD_DATA_DIR", str(data))
    monkeypatch.delenv("OAUTHLIB_INSECURE_TRANSPORT", raising=False)
    return data


@pytest.fixture(autouse=True)
def demo_platform_switch(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """Demo profiles provision into the embedded SCIM platform (scim2-server in process).
    Tests marked `platform` keep it; the others (hundreds of demo syncs that are about
    filters, the GUI or the CLI) run as a demo without it (IDP_WIZARD_DEMO_PLATFORM=off:
    their syncs stay local), which keeps the suite within its time budget. Child
    processes inherit the switch."""
    if not request.node.get_closest_marker("platform"):
        monkeypatch.setenv("IDP_WIZARD_DEMO_PLATFORM", "off")


@pytest.fixture(autouse=True)
def no_real_keychain(request: pytest.FixtureRequest) -> Iterator[None]:
    """Any keychain use not set up by a test fails loudly, never reaching the real one
    (only tests marked `keychain` may)."""
    import keyring.core
    from keyring.backends import fail

    if request.node.get_closest_marker("keychain"):
        yield
        return
    saved = keyring.core._keyring_backend
    keyring.core._keyring_backend = fail.Keyring()
    yield
    keyring.core._keyring_backend = saved


@pytest.fixture(autouse=True)
def no_real_scheduler(monkeypatch: pytest.MonkeyPatch) -> None:
    """No test registers a job with this machine's own scheduler: one checked against
    the old code once wrote the real crontab. A test that needs a scheduler gives
    `cli_schedule.env_factory` a fake (tests/scheduling/fakes.py)."""
    from idp_wizard import cli_schedule

    def refuse() -> object:
        raise AssertionError("a test reached this machine's scheduler; give it a fake")
    monkeypatch.setattr(cli_schedule, "env_factory", refuse)


@pytest.fixture
def data_dir(isolated_environment: Path) -> Path:
    return isolated_environment


@pytest.fixture
def german(qapp: object) -> Iterator[None]:
    """The interface in German: Qt's translators (ours and Qt's own) and the command
    line's catalogue; English again afterwards."""
    from PySide6.QtCore import QCoreApplication, QLocale

    from idp_wizard import cli_language
    from idp_wizard.ui.i18n import install_translators

    assert isinstance(qapp, QCoreApplication)
    translators = install_translators(qapp, "de")
    assert len(translators) == 2
    cli_language.use("de")
    try:
        yield
    finally:
        for t in translators:
            qapp.removeTranslator(t)
        QLocale.setDefault(QLocale("en_US"))
        cli_language.use("en")

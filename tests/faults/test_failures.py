"""Failures never cost data: with the demo fakes' fault switches, every failed or held
run leaves the synced users exactly as they were, and the next run starts clean."""

from __future__ import annotations

from pathlib import Path

import pytest

from idp_wizard.cli import main
from idp_wizard.compose import open_app
from idp_wizard.core.connection import ConnectionState
from idp_wizard.core.errors import AuthorizationRequired, ProviderError, SyncSkipped
from idp_wizard.core.records import ProviderName
from idp_wizard.core.runs import RunStatus
from idp_wizard.core.users import count_users
from tests.flows import reauthorize

from .helpers import Sleeps, force_full_read, last_run, synced_app, users, vanish

PROVIDERS = [ProviderName.ENTRA, ProviderName.GOOGLE]


def _fails_and_keeps_users(app, error: type[Exception], match: str) -> None:  # type: ignore[no-untyped-def]
    before = users(app)
    with pytest.raises(error, match=match):
        app.sync_service().run(trigger="schedule")
    assert users(app) == before
    run = last_run(app)
    assert run.status is RunStatus.FAILED and run.trigger == "schedule"
    assert (run.added, run.updated, run.removed) == (0, 0, 0)


def _next_run_applies(app) -> None:  # type: ignore[no-untyped-def]
    expected = app.sync_service().run(dry_run=True, full=True).to_json()  # a full read
    outcome = app.sync_service().run(trigger="schedule").to_json()
    assert outcome["status"] == "succeeded"
    counts = ("added", "updated", "removed", "synced_users")
    assert [outcome[k] for k in counts] == [expected[k] for k in counts]
    assert outcome["added"] > 0 and outcome["removed"] > 0  # the churn, now applied
    assert count_users(app.store) == outcome["synced_users"]


@pytest.mark.parametrize("provider", PROVIDERS)
def test_429_storm_with_retry_after_is_waited_out(tmp_path: Path, provider: ProviderName) -> None:
    sleeps = Sleeps()
    app = synced_app(tmp_path, provider, sleeps=sleeps)
    app.demo.simulate_changes(8)
    faults = app.demo.backend().faults
    faults.throttle, faults.throttle_retry_after = 4, 7
    _next_run_applies(app)
    assert sleeps == [7.0] * 4  # Retry-After honoured, and no real second slept


@pytest.mark.parametrize("provider", PROVIDERS)
def test_429_storm_without_retry_after_backs_off(tmp_path: Path, provider: ProviderName) -> None:
    sleeps = Sleeps()
    app = synced_app(tmp_path, provider, sleeps=sleeps)
    app.demo.simulate_changes(8)
    faults = app.demo.backend().faults
    faults.throttle, faults.throttle_retry_after = 5, None
    _next_run_applies(app)
    assert len(sleeps) == 5
    assert all(0 <= s <= 2.0 ** i for i, s in enumerate(sleeps))  # exponential, jittered


@pytest.mark.parametrize("provider", PROVIDERS)
def test_endless_429_storm_fails_and_keeps_users(tmp_path: Path, provider: ProviderName) -> None:
    app = synced_app(tmp_path, provider)
    app.demo.simulate_changes(8)
    app.demo.backend().faults.throttle = 10_000
    _fails_and_keeps_users(app, ProviderError, "still throttled")
    assert "Nothing was applied" in last_run(app).error
    app.demo.backend().faults.throttle = 0
    _next_run_applies(app)


@pytest.mark.parametrize("provider", PROVIDERS)
def test_503s(tmp_path: Path, provider: ProviderName) -> None:
    app = synced_app(tmp_path, provider)
    app.demo.simulate_changes(8)
    faults = app.demo.backend().faults
    faults.server_errors = 10_000
    _fails_and_keeps_users(app, ProviderError, "not responding")
    faults.server_errors = 3  # a short outage is retried through
    _next_run_applies(app)


def test_google_rate_limit_403_is_retried(tmp_path: Path) -> None:
    app = synced_app(tmp_path, ProviderName.GOOGLE)
    app.demo.simulate_changes(8)
    app.demo.backend().faults.google_rate_limit_403 = 3
    _next_run_applies(app)


@pytest.mark.parametrize("provider", PROVIDERS)
def test_timeouts(tmp_path: Path, provider: ProviderName) -> None:
    app = synced_app(tmp_path, provider)
    app.demo.simulate_changes(8)
    faults = app.demo.backend().faults
    faults.timeouts = 10_000
    _fails_and_keeps_users(app, ProviderError, "timeout|not responding")
    faults.timeouts = 2
    _next_run_applies(app)


@pytest.mark.parametrize(("provider", "size"), [(ProviderName.ENTRA, 2_500),
                                                (ProviderName.GOOGLE, 1_200)])
def test_malformed_page_mid_listing(tmp_path: Path, provider: ProviderName, size: int) -> None:
    app = synced_app(tmp_path, provider, size=size)
    app.demo.simulate_changes(8)
    force_full_read(app)  # page 2 of a full listing (Entra's increments are one page)
    faults = app.demo.backend().faults
    faults.malformed_page = 2
    _fails_and_keeps_users(app, ProviderError, "malformed|invalid")
    faults.malformed_page = None
    faults.fail_page_once = 2  # a page that fails once is simply read again
    _next_run_applies(app)
    assert faults.fail_page_once is None


def test_token_revoked_mid_run_pauses_scheduled_syncs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    app = synced_app(tmp_path, ProviderName.ENTRA, size=2_500)
    app.demo.simulate_changes(8)
    force_full_read(app)
    faults = app.demo.backend().faults
    faults.revoke_after = 1  # page 1 reads fine, then every request answers 401
    _fails_and_keeps_users(app, AuthorizationRequired, "(?i)sign in|authori[sz]")
    conn = app.connection()
    assert conn is not None and conn.state is ConnectionState.NEEDS_REAUTHORIZATION
    before = users(app)

    # scheduled runs are skipped, visibly, without touching the provider or the users
    requests = faults.requests
    with pytest.raises(SyncSkipped, match="needs reauthorization"):
        app.sync_service().run(trigger="schedule")
    assert faults.requests == requests and users(app) == before
    skipped = last_run(app)
    assert skipped.status is RunStatus.FAILED and "skipped" in skipped.error

    app.close()  # the OS scheduler's command: exit 1, one line on stderr
    code = main(["--data-dir", str(tmp_path), "--demo", "sync", "--scheduled"])
    err = capsys.readouterr().err
    assert code == 1 and "needs reauthorization" in err and err.count("\n") == 1

    app = open_app(app.paths, clock=app.clock)  # reopen the profile
    assert users(app) == before
    reauthorize(app)
    app.demo.backend().faults.revoke_after = None
    assert app.sync_service().run(trigger="schedule").status == "succeeded"
    assert app.connection().state is ConnectionState.CONNECTED  # type: ignore[union-attr]


def test_sixty_percent_disappearance_is_held(tmp_path: Path) -> None:
    app = synced_app(tmp_path, ProviderName.GOOGLE)
    before = users(app)
    gone = vanish(app.demo.backend(), 60)
    assert gone > len(before) // 2
    outcome = app.sync_service().run(trigger="schedule")
    assert outcome.status == "held"
    assert users(app) == before
    conn = app.connection()
    assert conn is not None and conn.state is ConnectionState.HELD
    held = last_run(app)
    assert held.status is RunStatus.HELD and held.removed == 0
    assert len(held.pending_removals) >= len(before) // 2
    # held again on the next scheduled run: never applied unseen
    assert app.sync_service().run(trigger="schedule").status == "held"
    assert users(app) == before

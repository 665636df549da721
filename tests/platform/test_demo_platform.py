"""The embedded demo platform: a real scim2-server whose state survives restarts and a
killed process, kept owner-only, guarded against two processes at once."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from idp_wizard.core.errors import IdpWizardError
from idp_wizard.demo.scim_platform import DEMO_SCIM_TOKEN, DemoPlatform, DemoPlatformBusy
from idp_wizard.demo.scim_store import JOURNAL, SNAPSHOT
from idp_wizard.platform import GroupSpec, Outcome, ScimTarget, check_target
from idp_wizard.platform.errors import TokenRejected
from tests.platform.helpers import creates, person, run_push

ROOT = Path(__file__).resolve().parents[2]


def open_target(platform: DemoPlatform) -> ScimTarget:
    return ScimTarget.open(platform.base_url, platform.token, transport=platform.transport())


def listing(platform: DemoPlatform) -> dict[str, str]:
    """userName → platform id, read through the SCIM API."""
    with open_target(platform) as target:
        return {str(u["userName"]): str(u["id"]) for page in target.iter_users() for u in page}


def test_state_survives_a_restart(tmp_path: Path) -> None:
    folder = tmp_path / "demo" / "platform"
    with DemoPlatform(folder) as platform:
        report = check_target(platform.base_url, DEMO_SCIM_TOKEN,
                              transport=platform.transport())
        assert report.capabilities.bulk.supported is True
        with open_target(platform) as target:
            mapper = target.mapper()
            summary, results = run_push(target, creates(mapper, 20), mapper)
            target.push_groups([GroupSpec("g-1", "Sales", frozenset(
                r.platform_id or "" for r in results[:5]))], [], lambda r: None)
        before = listing(platform)
        etag = open_target(platform).users.get(before["user00000@example.com"]).etag
    assert summary.count(Outcome.CREATED) == 20
    with DemoPlatform(folder) as again:
        assert listing(again) == before
        assert again.count("Group") == 1 and again.count() == 20
        with open_target(again) as target:
            pid = before["user00000@example.com"]
            target.users.patch(pid, [{"op": "replace", "path": "title", "value": "New"}])
            later = target.users.get(pid).etag
    assert etag is not None and later is not None
    assert int(later.strip('W/"')) > int(etag.strip('W/"'))  # ETags keep counting up


def test_files_are_owner_only(tmp_path: Path) -> None:
    folder = tmp_path / "platform"
    with DemoPlatform(folder) as platform, open_target(platform) as target:
        mapper = target.mapper()
        run_push(target, creates(mapper, 3), mapper)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    names = sorted(p.name for p in folder.iterdir())
    assert names == [JOURNAL, SNAPSHOT, "scim-platform.lock"]
    assert {stat.S_IMODE((folder / n).stat().st_mode) for n in names} == {0o600}


def test_a_killed_process_loses_nothing_it_answered(tmp_path: Path) -> None:
    folder = tmp_path / "platform"
    script = textwrap.dedent(f"""
        import os, signal
        from pathlib import Path
        from idp_wizard.demo.scim_platform import DemoPlatform
        from idp_wizard.platform import ScimTarget
        from tests.platform.helpers import creates, run_push
        platform = DemoPlatform(Path({str(folder)!r}))
        target = ScimTarget.open(platform.base_url, platform.token,
                                 transport=platform.transport())
        mapper = target.mapper()
        summary, _ = run_push(target, creates(mapper, 15), mapper, use_bulk=False)
        assert summary.writes == 15
        os.kill(os.getpid(), signal.SIGKILL)  # no close, no snapshot
    """)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", script], env=env, cwd=ROOT, check=False)
    assert done.returncode == -9
    assert not (folder / SNAPSHOT).exists()
    with DemoPlatform(folder) as platform:
        assert sorted(listing(platform)) == [f"user{i:05d}@example.com" for i in range(15)]
    assert (folder / JOURNAL).read_text() == ""  # replayed and folded into the snapshot


def test_a_torn_journal_line_is_ignored(tmp_path: Path) -> None:
    folder = tmp_path / "platform"
    with DemoPlatform(folder) as platform, open_target(platform) as target:
        mapper = target.mapper()
        run_push(target, creates(mapper, 4), mapper)
    with (folder / JOURNAL).open("a") as journal:
        journal.write('{"op":"put","resource":{"schemas":["urn:ietf:params:sc')
    with DemoPlatform(folder) as platform:
        assert platform.count() == 4


def test_many_writes_compact_the_journal(tmp_path: Path) -> None:
    folder = tmp_path / "platform"
    with DemoPlatform(folder) as platform, open_target(platform) as target:
        mapper = target.mapper()
        _, results = run_push(target, creates(mapper, 10), mapper)
        for n in range(1100):
            r = results[n % 10]
            target.users.patch(r.platform_id or "", [
                {"op": "replace", "path": "title", "value": f"T{n}"}])
        lines = (folder / JOURNAL).read_text().count("\n")
        assert lines < 1000  # folded into the snapshot on the way
        expected = {r.platform_id: f"T{1090 + i}" for i, r in enumerate(results)}
    with DemoPlatform(folder) as platform:
        assert {u["id"]: u["title"] for u in platform.resources()} == expected


def test_the_token_is_checked(tmp_path: Path) -> None:
    with DemoPlatform(tmp_path / "p") as platform, pytest.raises(TokenRejected):
        check_target(platform.base_url, "not-the-token", transport=platform.transport())


def test_a_damaged_snapshot_is_named_and_left_alone(tmp_path: Path) -> None:
    folder = tmp_path / "platform"
    with DemoPlatform(folder) as platform, open_target(platform) as target:
        mapper = target.mapper()
        run_push(target, creates(mapper, 2), mapper)
    damaged = (folder / SNAPSHOT).read_bytes()[:-40]
    (folder / SNAPSHOT).write_bytes(damaged)
    with pytest.raises(IdpWizardError) as info:
        DemoPlatform(folder)
    assert "cannot be read" in str(info.value) and str(folder) in str(info.value)
    assert (folder / SNAPSHOT).read_bytes() == damaged
    (folder / SNAPSHOT).write_text(json.dumps({"format": 1, "resources": []}))
    with DemoPlatform(folder) as platform:  # the lock was released
        assert platform.count() == 0


def test_one_process_at_a_time(tmp_path: Path) -> None:
    folder = tmp_path / "platform"
    first = DemoPlatform(folder)
    with pytest.raises(DemoPlatformBusy):
        DemoPlatform(folder)
    first.close()
    with DemoPlatform(folder) as second:
        assert second.count() == 0


def test_it_behaves_like_any_target(tmp_path: Path) -> None:
    """Create, update, deactivate, delete: the same client code as for a real server."""
    with DemoPlatform(tmp_path / "p") as platform, open_target(platform) as target:
        mapper = target.mapper()
        _, results = run_push(target, creates(mapper, 3), mapper)
        ids = {r.directory_id: r.platform_id for r in results}
        from idp_wizard.platform import UserOp

        ops = [UserOp.update("dir-00000", ids["dir-00000"],
                             mapper.map(person(0, job_title="CEO")), mapper.map(person(0))),
               UserOp.deactivate("dir-00001", ids["dir-00001"]),
               UserOp.delete("dir-00002", ids["dir-00002"])]
        summary, _ = run_push(target, ops, mapper)
        assert [summary.count(o) for o in (Outcome.UPDATED, Outcome.DEACTIVATED,
                                           Outcome.DELETED)] == [1, 1, 1]
        assert sorted((u["title"], u["active"]) for u in platform.resources()) == [
            ("CEO", True), ("Rep", False)]

"""`target set|test|show|configure|remove`, the platform parts of `status`, `sync`,
`users` and `history`, `disconnect --keep-platform-users`, and hostile input: each bad
target or token is one sentence and changes nothing. The token never reaches the
database, a log or the output."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from idp_wizard import cli_commands
from idp_wizard.cli import main
from idp_wizard.demo.memory_keyring import MemoryKeyring
from idp_wizard.demo.scim_constants import DEMO_SCIM_URL
from tests.platform.engine import auth_env, by_hand, ours
from tests.platform.helpers import TOKEN, Rig

pytestmark = pytest.mark.platform


@pytest.fixture
def keychain(real_rig: Rig, monkeypatch: pytest.MonkeyPatch) -> MemoryKeyring:
    keyring = MemoryKeyring()
    monkeypatch.setattr(cli_commands, "auth_env_factory", lambda: auth_env(real_rig, keyring))
    return keyring


def cli(capsys: pytest.CaptureFixture[str], data: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(data), "--demo", *args])
    out, err = capsys.readouterr()
    return code, out, err


def token_file(tmp_path: Path, text: str = TOKEN + "\n") -> str:
    path = tmp_path / "token.txt"
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_the_target_commands_and_the_platform_in_every_report(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, real_rig: Rig,
        keychain: MemoryKeyring) -> None:
    data = tmp_path / "d"
    data.mkdir()
    code, out, _ = cli(capsys, data, "target", "show", "--json")
    assert code == 0 and json.loads(out)["url"] == DEMO_SCIM_URL  # the demo's default

    code, out, err = cli(capsys, data, "target", "set", "--scim-url", real_rig.url + "/",
                         "--token-file", token_file(tmp_path))
    assert code == 0, err
    assert out.startswith(f"Platform target set: {real_rig.url}.\nSupported: PATCH, Bulk")
    assert list(keychain.entries.values()) == [TOKEN]
    code, out, _ = cli(capsys, data, "target", "test", "--json")
    report = json.loads(out)
    assert code == 0 and report["ok"] is True and report["capabilities"]["patch"] is True

    assert cli(capsys, data, "--demo-size", "40", "connect", "--provider", "entra")[0] == 0
    code, out, _ = cli(capsys, data, "status", "--json")
    status = json.loads(out)
    synced = status["synced_users"]
    assert status["platform"] == {"url": real_rig.url, "kind": "scim", "state": "ready",
                                  "state_reason": "", "provisioned": synced, "pending": 0,
                                  "failed": 0, "deactivated": 0, "unmanaged": 0}
    users = json.loads(cli(capsys, data, "users", "--format", "json")[1])
    held = ours(real_rig)
    assert len(users) == synced == len(held)
    assert all(u["platform_status"] == "provisioned" for u in users)
    assert {u["platform_id"] for u in users} == {u["id"] for u in held.values()}

    cli(capsys, data, "demo", "simulate-changes", "--steps", "2")
    code, out, _ = cli(capsys, data, "sync", "--json")
    result = json.loads(out)
    assert code == 0 and result["status"] == "succeeded"
    assert {"created", "updated", "deleted", "failed"} <= set(result["platform"])
    assert result["platform"]["created"] == result["added"]
    history = json.loads(cli(capsys, data, "history", "--json")[1])
    assert history["runs"][0]["platform"]["status"] == "delivered"
    synced = result["synced_users"]

    code, _, err = cli(capsys, data, "target", "remove")
    assert code == 1 and f"{synced} users the app provisioned are on" in err
    code, out, _ = cli(capsys, data, "target", "configure", "--removal", "deactivate")
    assert code == 0 and "deactivated" in out
    code, out, _ = cli(capsys, data, "disconnect", "--yes", "--keep-platform-users")
    assert code == 0 and "stay on the platform" in out and "audit log" in out
    assert len(ours(real_rig)) == synced
    audit = json.loads(cli(capsys, data, "history", "--json")[1])["audit"]
    assert "disconnect.keep_platform_users" in [a["action"] for a in audit]

    # The token was never written anywhere but the keychain.
    for path in data.rglob("*"):
        if path.is_file():
            assert TOKEN.encode() not in path.read_bytes(), path


def test_a_halted_push_fails_the_command_and_says_what_was_saved(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, real_rig: Rig,
        keychain: MemoryKeyring) -> None:
    data = tmp_path / "d"
    cli(capsys, data, "target", "set", "--scim-url", real_rig.url, "--token-file",
        token_file(tmp_path))
    cli(capsys, data, "--demo-size", "40", "connect", "--provider", "google", "--no-sync")
    real_rig.faults.revoke_after_writes = 0
    code, out, err = cli(capsys, data, "sync", "--json")
    result = json.loads(out)
    assert code == 1 and result["status"] == "incomplete" and result["added"] > 0
    assert result["platform"]["status"] == "halted"
    assert result["platform"]["pending"] == result["synced_users"]
    assert err.count("\n") == 1 and "The directory changes were saved" in err
    assert "401" in err and "Traceback" not in err


BAD = [
    ("not_scim", {}, "{url}/Users", None, 1, r"There is no SCIM endpoint at .* \(404\): a SCIM "
     r"base URL usually ends with /scim/v2 or /v2\."),
    ("html", {"html": True}, "{url}", None, 1, r"answered with an HTML page instead of SCIM: "
     r"check that the URL is the platform's SCIM base URL"),
    ("wrong_token", {}, "{url}", "wrong-token", 1, r"rejected the SCIM token \(401\)"),
    ("empty_file", {}, "{url}", "\n", 2, r"The token file .* is empty\."),
    ("spaces", {}, "{url}", "abc def", 2, r"The SCIM token contains spaces"),
    ("missing_file", {}, "{url}", None, 2, r"The token file .* does not exist\."),
    ("not_a_url", {}, "ftp://scim.example.com/v2", None, 2, r"is not an https:// URL"),
    ("port_out_of_range", {}, "https://scim.example.com:99999/v2", None, 2,
     r"names port 99999; a port is a number from 1 to 65535\."),
    ("space_in_host", {}, "https://scim.exa mple.com/v2", None, 2,
     r"has no valid host name"),
    ("empty_label", {}, "https://scim..example.com/v2", None, 2, r"has no valid host name"),
]


@pytest.mark.parametrize(("case", "faults", "url", "token", "code", "message"), BAD,
                         ids=[b[0] for b in BAD])
def test_bad_targets_and_tokens_are_one_sentence_and_change_nothing(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, real_rig: Rig,
        keychain: MemoryKeyring, case: str, faults: dict[str, object], url: str,
        token: str | None, code: int, message: str) -> None:
    data = tmp_path / "d"
    for name, value in faults.items():
        setattr(real_rig.faults, name, value)
    path = str(tmp_path / "absent.txt") if case == "missing_file" else token_file(
        tmp_path, token if token is not None else TOKEN)
    target = url.format(url=real_rig.url)
    got, out, err = cli(capsys, data, "target", "set", "--scim-url", target,
                        "--token-file", path)
    assert (got, out) == (code, "")
    assert err.count("\n") == 1 and err.startswith("idp-wizard: error: "), err
    assert re.search(message, err), err
    assert "Traceback" not in err and "Error:" not in err and TOKEN not in err
    real_rig.faults.html = False
    shown = json.loads(cli(capsys, data, "target", "show", "--json")[1])
    assert (shown["url"], shown["state"]) == (DEMO_SCIM_URL, "ready")  # unchanged
    assert keychain.entries == {}


@pytest.mark.parametrize("missing", ["no_patch", "no_bulk"])
def test_servers_without_patch_or_bulk_are_named_and_still_served(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, real_rig: Rig,
        keychain: MemoryKeyring, missing: str) -> None:
    data = tmp_path / "d"
    setattr(real_rig.faults, missing, True)
    code, out, _ = cli(capsys, data, "target", "set", "--scim-url", real_rig.url,
                       "--token-file", token_file(tmp_path))
    note = {"no_patch": "The platform has no PATCH: changes are sent as a PUT of the whole "
                        "user.",
            "no_bulk": "The platform has no Bulk: new users are created one request at a "
                       "time."}[missing]
    assert code == 0 and note in out.splitlines()
    assert cli(capsys, data, "--demo-size", "40", "connect", "--provider", "entra")[0] == 0
    synced = json.loads(cli(capsys, data, "status", "--json")[1])["synced_users"]
    log = real_rig.faults
    if missing == "no_bulk":
        assert log.writes(method="POST") == synced  # one create each, no Bulk request
    someone = next(iter(ours(real_rig).values()))
    edit = {"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
            "Operations": [{"op": "replace", "path": "displayName", "value": "Edited"}]}
    assert by_hand(real_rig, "PATCH", f"/Users/{someone['id']}", edit).status_code < 300
    before = (log.writes(method="PUT"), log.writes(method="PATCH"))
    code, out, _ = cli(capsys, data, "sync", "--reconcile", "--json")
    platform = json.loads(out)["platform"]
    assert code == 0 and (platform["updated"], platform["repaired"]["drifted"]) == (1, 1)
    put, patch = log.writes(method="PUT") - before[0], log.writes(method="PATCH") - before[1]
    assert (put, patch) == ((1, 0) if missing == "no_patch" else (0, 1))
    assert ours(real_rig)[someone["userName"]]["displayName"] == someone["displayName"]


def test_a_real_profile_without_a_target(capsys: pytest.CaptureFixture[str],
                                         tmp_path: Path) -> None:
    code = main(["--data-dir", str(tmp_path), "status", "--json"])
    platform = json.loads(capsys.readouterr()[0])["platform"]
    assert code == 0 and platform == {
        "url": None, "kind": None, "state": "none", "state_reason": "", "provisioned": 0,
        "pending": 0, "failed": 0, "deactivated": 0, "unmanaged": None}


def test_one_user_on_the_platform_is_named_in_the_singular(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, real_rig: Rig,
        keychain: MemoryKeyring) -> None:
    data = tmp_path / "d"
    assert cli(capsys, data, "target", "set", "--scim-url", real_rig.url,
               "--token-file", token_file(tmp_path))[0] == 0
    assert cli(capsys, data, "--demo-size", "40", "connect", "--provider", "entra")[0] == 0
    one = json.loads(cli(capsys, data, "users", "--format", "json")[1])[0]["email"]
    spec = tmp_path / "one.json"  # a department nobody is in, and one named person
    spec.write_text(json.dumps({"version": 1, "include": {"departments": ["Nobody"],
                                                          "emails": [one]}}))
    code, _, err = cli(capsys, data, "filters", "set", str(spec), "--allow-unmatched",
                       "--allow-deletions")
    assert code == 0, err
    assert len(ours(real_rig)) == 1
    code, _, err = cli(capsys, data, "target", "remove")
    assert code == 1 and f"1 user the app provisioned is on {real_rig.url}." in err
    code, out, _ = cli(capsys, data, "disconnect", "--yes")
    assert code == 0 and f"1 user was removed from the platform ({real_rig.url})." in out
    assert len(ours(real_rig)) == 0

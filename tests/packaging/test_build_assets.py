"""The build's inputs: icons, the built-in registration override, the spec's data."""

from __future__ import annotations

import importlib.util
import json
import struct
from pathlib import Path
from types import ModuleType

import pytest

from idp_wizard import build_config
from idp_wizard.resources import app_icon_paths

ROOT = Path(__file__).resolve().parents[2]
PNG = b"\x89PNG\r\n\x1a\n"
GOOGLE = {"installed": {"client_id": "123.apps.googleusercontent.com",
                        "client_secret": "not-secret", "project_id": "p",
                        "auth_uri": "https://accounts.google.com/o/oauth2/auth",
                        "token_uri": "https://oauth2.googleapis.com/token",
                        "redirect_uris": ["http://localhost"]}}


def load_build_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("idp_build", ROOT / "build_spec/build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_ico_holds_png_entries_for_each_windows_size() -> None:
    data = (ROOT / "build_spec/windows/idp_wizard.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind) == (0, 1)
    sizes = []
    for i in range(count):
        w, _h, _c, _r, _planes, _bpp, length, offset = struct.unpack_from(
            "<BBBBHHII", data, 6 + 16 * i)
        sizes.append(w or 256)
        assert data[offset:offset + 8] == PNG and offset + length <= len(data)
    assert sizes == [16, 24, 32, 48, 64, 128, 256]


def test_icns_entries_are_png_and_lengths_add_up() -> None:
    data = (ROOT / "build_spec/macos/idp_wizard.icns").read_bytes()
    assert data[:4] == b"icns" and struct.unpack_from(">I", data, 4)[0] == len(data)
    pos, kinds = 8, []
    while pos < len(data):
        kind, length = data[pos:pos + 4].decode(), struct.unpack_from(">I", data, pos + 4)[0]
        assert data[pos + 8:pos + 16] == PNG
        kinds.append(kind)
        pos += length
    assert pos == len(data)
    assert {"ic07", "ic08", "ic09", "ic10"} <= set(kinds)


def test_the_running_app_finds_every_icon_size() -> None:
    sizes = [int(p.stem.rsplit("_", 1)[1]) for p in app_icon_paths()]
    assert sizes == [16, 24, 32, 48, 64, 128, 256]


def test_override_file_is_optional_and_must_be_an_object(tmp_path: Path) -> None:
    assert build_config._override(tmp_path / "absent.json") == {}
    good = tmp_path / "good.json"
    good.write_text(json.dumps({"entra_client_id": "abc"}), encoding="utf-8")
    assert build_config._override(good) == {"entra_client_id": "abc"}
    bad = tmp_path / "bad.json"
    bad.write_text("[]", encoding="utf-8")
    with pytest.raises(ValueError, match="JSON object"):
        build_config._override(bad)


def test_source_tree_has_no_built_in_registrations() -> None:
    assert not build_config.OVERRIDE_FILE.exists()
    assert build_config.ENTRA_CLIENT_ID == "" and build_config.GOOGLE_CLIENT_CONFIG is None


def test_build_script_writes_the_override_from_the_environment(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    build = load_build_script()
    monkeypatch.setattr(build, "OVERRIDE", tmp_path / "override.json")
    secret = tmp_path / "client_secret.json"
    secret.write_text(json.dumps(GOOGLE), encoding="utf-8")
    monkeypatch.delenv(build.ENV_ENTRA, raising=False)
    monkeypatch.delenv(build.ENV_GOOGLE, raising=False)
    assert build.write_override() is None

    monkeypatch.setenv(build.ENV_ENTRA, " 11111111-2222-3333-4444-555555555555 ")
    monkeypatch.setenv(build.ENV_GOOGLE, str(secret))
    path = build.write_override()
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["entra_client_id"] == "11111111-2222-3333-4444-555555555555"
    assert data["google_client_config"]["installed"]["client_id"] == GOOGLE["installed"][
        "client_id"]


def test_build_script_rejects_a_web_client(tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    build = load_build_script()
    monkeypatch.setattr(build, "OVERRIDE", tmp_path / "override.json")
    secret = tmp_path / "client_secret.json"
    secret.write_text(json.dumps({"web": GOOGLE["installed"]}), encoding="utf-8")
    monkeypatch.delenv(build.ENV_ENTRA, raising=False)
    monkeypatch.setenv(build.ENV_GOOGLE, str(secret))
    with pytest.raises(Exception, match="Desktop app"):
        build.write_override()
    assert not (tmp_path / "override.json").exists()

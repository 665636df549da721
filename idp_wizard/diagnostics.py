"""A diagnostics zip for support: logs, run history, audit log and settings, REDACTED.

No Qt (the settings dialog and `idp-wizard diagnostics export` share it). What leaves
the computer must carry no secret and no personal data:
- e-mail addresses become "<email>", the names of synced users "<name>" (known names
  are looked up in the profile, so a name in a free-text log line is caught too);
- token-looking text (JWTs, Google "ya29."/"1//" tokens, "Bearer ...", key=secret
  pairs, long base64 runs such as Graph delta tokens) becomes "<redacted>";
- the people in a run's problems and pending removals are dropped (counts stay);
- settings keep app registration ids but never a client secret or token.
One client's export (`--client`, or a profile with one client) has that client's
connection, history and settings; an export of several has `{"clients": [...]}` in
each, every entry naming its client (like `status --json`).
"""

from __future__ import annotations

import json
import os
import platform
import re
import sys
import zipfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from idp_wizard import __version__
from idp_wizard.core.client_settings import client_settings
from idp_wizard.core.clients import client_by_id
from idp_wizard.core.connection import load_connection
from idp_wizard.core.errors import UsageError
from idp_wizard.core.messages import msg
from idp_wizard.core.runs import list_runs
from idp_wizard.core.store import Store
from idp_wizard.paths import ProfilePaths

REDACTED, EMAIL, NAME = "<redacted>", "<email>", "<name>"
_SECRET_KEY = re.compile(r"secret|token|password|refresh|delta", re.IGNORECASE)
_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"\bBearer\s+\S+", re.IGNORECASE), f"Bearer {REDACTED}"),
    (re.compile(r"\beyJ[A-Za-z0-9_\-]+(?:\.[A-Za-z0-9_\-]*){0,2}"), REDACTED),  # JWT
    (re.compile(r"\bya29\.[A-Za-z0-9_\-.]+"), REDACTED),  # Google access token
    (re.compile(r"\b1//[A-Za-z0-9_\-]{10,}"), REDACTED),  # Google refresh token
    # key=value / "key": "value" pairs whose key says secret (query strings, JSON, repr).
    (re.compile(r"(?i)((?:client_secret|access_token|refresh_token|id_token|password|"
                r"\$?deltatoken|\$?skiptoken|code)[\"']?\s*[:=]\s*[\"']?)[^\s\"'&,}]+"),
     rf"\1{REDACTED}"),
    (re.compile(r"[\w.+#'\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+"), EMAIL),
    # Long base64/base64url runs with a digit in them (paths and words rarely qualify).
    (re.compile(r"(?<![\w/])(?=[A-Za-z_\-+/]*\d)[A-Za-z0-9+/_\-]{40,}={0,2}"), REDACTED),
]
# A run of words on one line: known names are looked up in windows of up to 5 words.
_WORDS = re.compile("[^\\W\\d_][\\w'\u2019\\-]*(?:[ \\t]+[^\\W\\d_][\\w'\u2019\\-]*)*")
MAX_NAME_WORDS = 5


class Redactor:
    """Scrubs free text; `names`: display names known to be personal data."""

    def __init__(self, names: Iterable[str] = ()) -> None:
        self.names = {n.strip().casefold() for n in names if n and len(n.strip()) > 2}

    def text(self, text: str) -> str:
        for pattern, replacement in _PATTERNS:
            text = pattern.sub(replacement, text)
        return _WORDS.sub(self._names_in, text) if self.names else text

    def _names_in(self, m: re.Match[str]) -> str:
        words = m.group(0).split()
        out: list[str] = []
        i = 0
        while i < len(words):  # longest known name starting at each word wins
            if not words[i][:1].isupper():  # names start with a capital: skip fast
                out.append(words[i])
                i += 1
                continue
            for j in range(min(len(words), i + MAX_NAME_WORDS), i, -1):
                if " ".join(words[i:j]).casefold() in self.names:
                    out.append(NAME)
                    i = j
                    break
            else:
                out.append(words[i])
                i += 1
        return " ".join(out) if out != words else m.group(0)

    def value(self, value: Any) -> Any:
        """Any JSON value: strings scrubbed, secret-named keys dropped."""
        if isinstance(value, str):
            return self.text(value)
        if isinstance(value, list):
            return [self.value(v) for v in value]
        if isinstance(value, dict):
            return {k: self.value(v) for k, v in value.items() if not _SECRET_KEY.search(k)}
        return value


def known_names(store: Store) -> set[str]:
    """Display names of synced users and of people named in runs (who may have left),
    of every client: a name is redacted whichever client's files it turns up in."""
    with store.errors():
        names = {r[0] for r in store.db.execute(
            "SELECT display_name FROM synced_users").fetchall() if r[0]}
        client_ids = [int(r[0]) for r in store.db.execute("SELECT id FROM clients")]
    for client_id in client_ids:
        for run in list_runs(store, limit=1000, client_id=client_id):
            for entry in (*run.problems, *run.pending_removals):
                who = str(entry.get("who", ""))
                names.add(who.split(" <")[0])  # "Name <email>" -> "Name"
    return names


def _history(store: Store, r: Redactor, client_id: int) -> dict[str, Any]:
    runs = []
    for run in list_runs(store, limit=1000, client_id=client_id):
        data = run.to_json()
        data["problems"] = [{"reason": r.text(str(p.get("reason", ""))),
                             "action": str(p.get("action", ""))} for p in run.problems]
        data["pending_removals"] = {"count": len(run.pending_removals)}
        runs.append(r.value(data))
    audit = [{"at": e["at"], "actor": r.text(e["actor"] or ""), "action": e["action"],
              "detail": r.text(e["detail"] or "")} for e in store.audit_log(client_id)]
    return {"runs": runs, "audit": audit}


def _settings(store: Store, r: Redactor, client_id: int) -> dict[str, Any]:
    """The settings in force for the client: the profile's, overlaid by its own."""
    with store.errors():
        rows = store.db.execute("SELECT key, value FROM settings").fetchall()
    values = {key: json.loads(raw) for key, raw in rows} | client_settings(store, client_id)
    out: dict[str, Any] = {}
    for key, value in values.items():
        if _SECRET_KEY.search(key) and not key.startswith("google.client"):
            continue
        if key.startswith("google.client") and isinstance(value, dict):
            installed = value.get("installed") or {}
            value = {"client_id": installed.get("client_id", ""),
                     "project_id": installed.get("project_id", "")}
        out[key] = r.value(value)
    return out


def _connection(store: Store, r: Redactor, client_id: int) -> dict[str, Any] | None:
    conn = load_connection(store, client_id)
    if conn is None:
        return None
    return {"provider": conn.provider.value, "state": conn.state.value,
            "tenant": r.text(conn.tenant), "admin_account": r.text(conn.admin_account),
            "scopes": conn.scopes, "state_reason": r.text(conn.state_reason),
            "connected_at": conn.connected_at, "updated_at": conn.updated_at,
            "has_delta_link": bool(conn.delta_link), "directory_users": conn.directory_users}


def _documents(store: Store, r: Redactor, client_ids: Sequence[int]) -> dict[str, Any]:
    """connection.json, history.json, settings.json: one client's, or every client's."""
    parts = {"connection.json": _connection, "history.json": _history,
             "settings.json": _settings}
    names = {}
    for client_id in client_ids:
        client = client_by_id(store, client_id)
        names[client_id] = client.name if client else ""
    if len(client_ids) == 1:
        only = client_ids[0]
        return {file: _named(part(store, r, only), names[only])
                for file, part in parts.items()}
    return {file: {"clients": [_named(part(store, r, c), names[c]) for c in client_ids]}
            for file, part in parts.items()}


def _named(doc: dict[str, Any] | None, client: str) -> dict[str, Any]:
    return {"client": client, **(doc or {"state": "disconnected"})}


def export_diagnostics(paths: ProfilePaths, store: Store, out: Path,
                       force: bool = False, client_ids: Sequence[int] | None = None) -> Path:
    """Write the zip to `out`; returns it. Never over the app's own files, nor into a
    folder that does not exist; over another existing file only with `force`. Raises
    OSError if it cannot be written. `client_ids`: whose data (default: every client)."""
    paths.guard_output(out)
    if out.exists() and not force:
        raise UsageError(msg("{path} already exists; choose another name or replace it with "
                             "--force", path=str(out)))
    if client_ids is None:
        with store.errors():
            client_ids = [int(row[0]) for row in store.db.execute(
                "SELECT id FROM clients WHERE removed_at IS NULL ORDER BY id")]
    r = Redactor(known_names(store))
    about = {"version": __version__, "python": sys.version.split()[0],
             "platform": platform.platform(), "profile": paths.name, "demo": paths.demo,
             "clients": len(client_ids)}
    documents = {"about.json": about, **_documents(store, r, client_ids)}
    # Written beside `out`, then renamed: a failure never leaves half a zip (nor
    # destroys the file --force would replace).
    partial = out.with_name(f".{out.name}.partial")
    try:
        _write_zip(partial, paths, documents, r)
        os.replace(partial, out)
    finally:
        partial.unlink(missing_ok=True)
    return out


def _write_zip(out: Path, paths: ProfilePaths, documents: dict[str, Any], r: Redactor) -> None:
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name, doc in documents.items():
            zf.writestr(name, json.dumps(doc, indent=2, ensure_ascii=False))
        if paths.log_dir.is_dir():
            for log in sorted(paths.log_dir.iterdir()):
                if log.is_file():
                    text = log.read_text(encoding="utf-8", errors="replace")
                    zf.writestr(f"logs/{log.name}",
                                "\n".join(r.text(line) for line in text.splitlines()))

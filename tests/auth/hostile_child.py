"""The real command line in a process of its own, against the sign-in fakes with a fault
switched on: what the admin's terminal shows, with Python's own last-resort logging in
place (in pytest, its log capture would hide a library's error line).

    hostile_child.py FAULTS.json MINTED.json --data-dir DIR connect --provider entra ...

FAULTS.json holds AuthFaults fields; MINTED.json receives every secret the fakes minted,
so the parent can prove none of them reached stderr, stdout or the data folder.
"""

from __future__ import annotations

import json
import os
import sys
import urllib.parse
from pathlib import Path


def main(argv: list[str]) -> int:
    from idp_wizard import cli_commands
    from idp_wizard.cli import main as cli_main
    from idp_wizard.demo.auth_fakes import AuthFaults
    from idp_wizard.demo.entra_fake import AUTHORITY_HOSTS, FakeEntra
    from idp_wizard.demo.google_oauth_fake import FakeGoogleOAuth
    from idp_wizard.demo.memory_keyring import MemoryKeyring
    from idp_wizard.demo.transport import DemoBackend
    from idp_wizard.sign_in import AuthEnv

    os.environ["OAUTHLIB_INSECURE_TRANSPORT"] = "1"  # the Google fake's http:// endpoint
    faults = AuthFaults(**json.loads(Path(argv[1]).read_text(encoding="utf-8")))
    backend = DemoBackend(size=40, seed=0)
    entra, google = FakeEntra(backend, faults), FakeGoogleOAuth(backend, faults)
    keychain = MemoryKeyring()
    config = Path(argv[2]).with_name("client_secret.json")
    config.write_text(json.dumps(google.client_config()), encoding="utf-8")

    def browser(url: str) -> bool:
        host = urllib.parse.urlsplit(url).hostname
        return (entra.browser if host in AUTHORITY_HOSTS else google.browser)(url)

    cli_commands.auth_env_factory = lambda: AuthEnv(
        keyring_backend=keychain, msal_http_client=entra, api_transport=backend.transport(),
        open_browser=browser, google_revoke_url=google.revoke_url, timeout=5.0)
    try:
        return cli_main([a.replace("{client_secret}", str(config)) for a in argv[3:]])
    finally:
        Path(argv[2]).write_text(json.dumps(entra.minted.all() + google.minted.all()),
                                 encoding="utf-8")
        google.close()


if __name__ == "__main__":
    sys.exit(main(sys.argv))

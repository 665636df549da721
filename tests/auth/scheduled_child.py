"""What a scheduled run executes in the keychain tests: the real command line
(`idp-wizard ... sync --scheduled`), with its keychain found the ordinary way (keyring's
own discovery, in whatever environment cron gave it) and the fakes standing in for
Microsoft. Graph is told which access tokens the parent's fake sign-in minted (they
are fake tokens in the test's scratch folder): in reality one service knows both.

    scheduled_child.py GRAPH_TOKENS.json --data-dir DIR sync --scheduled
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def main(argv: list[str]) -> int:
    from idp_wizard import cli_commands
    from idp_wizard.cli import main as cli_main
    from idp_wizard.demo.auth_fakes import AuthFaults
    from idp_wizard.demo.entra_fake import FakeEntra
    from idp_wizard.demo.transport import DemoBackend
    from idp_wizard.sign_in import AuthEnv

    backend = DemoBackend(size=40, seed=0)  # the parent's fakes use the same tenant
    graph = backend.graph
    for token, user, scopes in json.loads(Path(argv[1]).read_text(encoding="utf-8")):
        graph.valid_tokens.add(token)
        graph.token_users[token] = user
        graph.token_scopes[token] = frozenset(scopes)
    entra = FakeEntra(backend, AuthFaults())
    cli_commands.auth_env_factory = lambda: AuthEnv(
        keyring_backend=None, msal_http_client=entra, api_transport=backend.transport())
    return cli_main(argv[2:])


if __name__ == "__main__":
    sys.exit(main(sys.argv))

"""Token sources that need no sign-in (demo mode, tests)."""

from __future__ import annotations


class StaticTokenSource:
    """Always hands out the same bearer token (implements providers.base.TokenSource)."""

    def __init__(self, token: str) -> None:
        self._token = token

    def access_token(self, force_refresh: bool = False) -> str:
        return self._token

    def __repr__(self) -> str:  # never show the token, not even in a debugger or log
        return "StaticTokenSource(<hidden>)"

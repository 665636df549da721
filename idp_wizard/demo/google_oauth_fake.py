"""A fake of Google's OAuth 2.0 server as a real HTTP server on 127.0.0.1.

Real on purpose: google-auth refreshes tokens through `requests`, and
google-auth-oauthlib exchanges the code through requests-oauthlib, so the token
endpoint must be reachable over a socket (http://, hence OAUTHLIB_INSECURE_TRANSPORT
in tests only). `/auth` is the consent page: the simulated browser (`browser`) GETs it
and follows its redirect to the app's loopback listener. `/token` checks PKCE, `/revoke`
forgets a token. Access tokens are minted into the demo Directory fake.

Simplification: for an unknown client Google shows "Error 401: invalid_client" on its
own page; the fake redirects that error back so tests can check the message.
"""

from __future__ import annotations

import base64
import json
import threading
import urllib.parse
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from idp_wizard.demo.auth_fakes import (
    STREAMED,
    AuthFaults,
    Minted,
    SimulatedBrowser,
    StreamedAnswer,
    http_send,
    s256,
    streamed_answer,
    token_endpoint_junk,
)
from idp_wizard.demo.auth_fakes import unsigned_jwt as _jwt
from idp_wizard.demo.slow_headers import write_answer
from idp_wizard.demo.transport import DemoBackend

DEMO_CLIENT_ID = "123456789012-idpwizarddemo.apps.googleusercontent.com"
DEMO_CLIENT_SECRET = "GOCSPX-demo-desktop-client"  # desktop clients' secrets are not secret


@dataclass
class _Grant:
    client_id: str
    email: str
    scopes: list[str]
    redirect_uri: str = ""
    challenge: str = ""


class FakeGoogleOAuth:
    def __init__(self, backend: DemoBackend, faults: AuthFaults | None = None) -> None:
        self.backend = backend
        self.faults = faults if faults is not None else AuthFaults()
        self.minted = Minted()
        self.revoked: list[str] = []
        self.requests: list[str] = []  # "METHOD /path" (no query, no body)
        self.browser = SimulatedBrowser(self._consent_page)
        self._codes: dict[str, _Grant] = {}
        self._refresh: dict[str, _Grant] = {}
        self._lock = threading.Lock()
        self._closing = threading.Event()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler_class())
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def client_config(self, client_id: str = DEMO_CLIENT_ID) -> dict[str, Any]:
        return {"installed": {
            "client_id": client_id, "client_secret": DEMO_CLIENT_SECRET,
            "auth_uri": f"{self.base_url}/auth", "token_uri": f"{self.base_url}/token",
            "redirect_uris": ["http://localhost"],
        }}

    @property
    def revoke_url(self) -> str:
        return f"{self.base_url}/revoke"

    def close(self) -> None:
        self._closing.set()  # answers without end stop
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(5)

    def revoke_access_tokens(self) -> None:
        for token in self.minted.access_tokens:
            self.backend.directory.valid_tokens.discard(token)

    def account(self) -> str:
        t = self.backend.tenant
        return t.admin_email if self.faults.sign_in_as_admin else t.non_admin_email

    # -- the consent page (what the simulated browser does) ------------------------------
    def _consent_page(self, url: str) -> None:
        if self.faults.browser_closed:
            return
        http_send(url)  # GET /auth, then follow the redirect to the loopback

    def _authorize(self, q: dict[str, str]) -> tuple[int, dict[str, str]]:
        redirect = q.get("redirect_uri", "")
        if not redirect.startswith(("http://localhost:", "http://127.0.0.1:")):
            return 400, {"error": "redirect_uri_mismatch"}
        # A stale tab or a forged request: the answer names another sign-in's state.
        answer = {"state": ("stale-" if self.faults.stale_state else "") + q.get("state", "")}
        if q.get("client_id") != DEMO_CLIENT_ID or self.faults.unknown_client:
            answer["error"] = "invalid_client"
        elif q.get("code_challenge_method") != "S256" or not q.get("code_challenge"):
            answer["error"] = "invalid_request"
        elif self.faults.consent_refused:
            answer["error"] = "access_denied"
        else:
            asked = q.get("scope", "").split()
            granted = [s for s in asked if s not in self.faults.refused_scopes]
            code = self.minted.new("codes", "4/fake-google-code-")
            with self._lock:
                self._codes[code] = _Grant(q["client_id"], self.account(), granted, redirect,
                                           q["code_challenge"])
            answer.update(code=code, scope=" ".join(granted))
        return 302, {"Location": f"{redirect}?{urllib.parse.urlencode(answer)}"}

    # -- token endpoint -----------------------------------------------------------------
    def _token(self, form: dict[str, str]) -> tuple[int, dict[str, Any]]:
        if (form.get("client_id") != DEMO_CLIENT_ID or self.faults.unknown_client
                or form.get("client_secret") != DEMO_CLIENT_SECRET):
            return 401, {"error": "invalid_client", "error_description": "Unauthorized"}
        with self._lock:
            if form.get("grant_type") == "authorization_code":
                grant = self._codes.pop(form.get("code", ""), None)
                if (grant is None or grant.redirect_uri != form.get("redirect_uri")
                        or s256(form.get("code_verifier", "")) != grant.challenge):
                    return 400, {"error": "invalid_grant", "error_description": "Bad Request"}
                return 200, self._issue(grant, new_refresh=True)
            if form.get("grant_type") == "refresh_token":
                grant = self._refresh.get(form.get("refresh_token", ""))
                if grant is None or self.faults.refresh_revoked:
                    return 400, {"error": "invalid_grant",
                                 "error_description": "Token has been expired or revoked."}
                return 200, self._issue(grant, new_refresh=False)
        return 400, {"error": "unsupported_grant_type"}

    def _issue(self, grant: _Grant, new_refresh: bool) -> dict[str, Any]:
        access = self.minted.new("access_tokens", "ya29.fake-google-at-")
        self.backend.directory.valid_tokens.add(access)
        self.backend.directory.token_users[access] = grant.email
        body: dict[str, Any] = {"access_token": access, "token_type": "Bearer",
                                "expires_in": self.faults.access_token_lifetime,
                                "scope": " ".join(grant.scopes)}
        if new_refresh:
            refresh = self.minted.new("refresh_tokens", "1//fake-google-rt-")
            self._refresh[refresh] = grant
            body["refresh_token"] = refresh
            id_token = _jwt({"iss": "https://accounts.google.com", "aud": grant.client_id,
                             "sub": grant.email, "email": grant.email, "email_verified": True})
            self.minted.id_tokens.append(id_token)
            body["id_token"] = id_token
        return body

    def _revoke(self, form: dict[str, str]) -> tuple[int, dict[str, Any]]:
        token = form.get("token", "")
        with self._lock:
            grant = self._refresh.pop(token, None)
        if grant is None:
            return 400, {"error": "invalid_token", "error_description": "Token expired or revoked"}
        self.revoked.append(token)
        return 200, {}

    # -- HTTP plumbing ----------------------------------------------------------------
    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                parts = urllib.parse.urlsplit(self.path)
                fake.requests.append(f"GET {parts.path}")
                if parts.path != "/auth":
                    return self._send(404, {"error": "not_found"})
                q = {k: v[0] for k, v in urllib.parse.parse_qs(parts.query).items()}
                status, headers = fake._authorize(q)
                if status != 302:
                    return self._send(status, headers)
                self.send_response(302)
                self.send_header("Location", headers["Location"])
                self.send_header("Content-Length", "0")
                self.end_headers()
                return None

            def do_POST(self) -> None:
                path = urllib.parse.urlsplit(self.path).path
                fake.requests.append(f"POST {path}")
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length).decode()
                form = {k: v[0] for k, v in urllib.parse.parse_qs(body).items()}
                if path == "/token":
                    form.update(self._basic_auth())
                    status, answer = fake._token(form)
                    if fake.faults.token_endpoint_answer is None:
                        return self._send(status, answer)
                    if fake.faults.token_endpoint_answer in STREAMED:
                        return self._stream(streamed_answer(fake.faults.token_endpoint_answer))
                    return self._send_text(*token_endpoint_junk(
                        fake.faults.token_endpoint_answer, json.dumps(answer)))
                if path == "/revoke":
                    return self._send(*fake._revoke(form))
                return self._send(404, {"error": "not_found"})

            def _basic_auth(self) -> dict[str, str]:
                """requests-oauthlib sends the client as HTTP Basic, google-auth in the form."""
                scheme, _, value = self.headers.get("Authorization", "").partition(" ")
                if scheme.lower() != "basic":
                    return {}
                user, _, password = base64.b64decode(value).decode().partition(":")
                unquote = urllib.parse.unquote_plus
                return {"client_id": unquote(user), "client_secret": unquote(password)}

            def _send(self, status: int, body: object) -> None:
                self._send_text(status, "application/json", json.dumps(body))

            def _send_text(self, status: int, content_type: str, text: str) -> None:
                data = text.encode()
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def _stream(self, answer: StreamedAnswer) -> None:
                """An answer without end; the client giving up ends it."""
                try:
                    if answer.stall:  # then the connection closes unanswered
                        fake._closing.wait(answer.stall)
                        return
                    if answer.header_pause:  # the headers trickle, then it closes
                        self.close_connection = True
                        write_answer(self.wfile.write, answer, fake._closing)
                        return
                    self.send_response(200)
                    for name, value in answer.headers.items():
                        self.send_header(name, value)
                    self.end_headers()
                    for chunk in answer.chunks:
                        if fake._closing.is_set():
                            return
                        self.wfile.write(chunk)
                        self.wfile.flush()
                except OSError:  # the client stopped reading (a limit did its job)
                    self.close_connection = True

            def log_message(self, format: str, *args: Any) -> None:
                pass  # request lines carry codes; keep them off stderr

        return Handler

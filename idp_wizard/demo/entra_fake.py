"""A fake of the Microsoft identity platform that the real MSAL runs against.

MSAL refuses http:// authorities, so this fake answers the https URLs in process
through MSAL's `http_client=` (openid-configuration, token, devicecode). The login
page is `browser` (a `SimulatedBrowser`): it validates what MSAL put in the authorize
URL (client id, loopback redirect, PKCE S256, form_post, nonce, scopes) and posts the
answer to MSAL's loopback listener like a browser would. Access tokens are minted into
the demo Graph fake, so the real GraphReader accepts them.

Simplification: for an unknown client id, Entra shows AADSTS700016 on its own page and
never returns to the app; the fake posts it back as an error so tests can check the
message (the "browser never returns" case is `AuthFaults.browser_closed`).
"""

from __future__ import annotations

import threading
import urllib.parse
from dataclasses import dataclass
from typing import Any

from idp_wizard.demo.auth_fakes import (
    AuthFaults,
    Minted,
    SimulatedBrowser,
    b64url_json,
    http_send,
    query,
    s256,
    unsigned_jwt,
)
from idp_wizard.demo.entra_answers import FakeResponse, entra_error, faulty
from idp_wizard.demo.ids import guid
from idp_wizard.demo.people import Person
from idp_wizard.demo.transport import DemoBackend

AUTHORITY_HOSTS = ("login.microsoftonline.com", "login.microsoftonline.us",
                   "login.chinacloudapi.cn")
DEMO_CLIENT_ID = "0f6c2a4e-1d5b-4c3a-9e8f-7a6b5c4d3e2f"
RESERVED = {"openid", "profile", "offline_access"}
DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code"
OTHER_TENANT_DOMAIN = "fabrikam.example"  # where `AuthFaults.other_tenant_user` belongs


@dataclass
class _Grant:
    client_id: str
    user: str  # Entra object id
    scopes: list[str]
    redirect_uri: str = ""
    challenge: str = ""
    nonce: str = ""
    pending: int = 0  # device code: polls still to answer "pending"


class FakeEntra:
    def __init__(self, backend: DemoBackend, faults: AuthFaults | None = None,
                 client_ids: tuple[str, ...] = (DEMO_CLIENT_ID,)) -> None:
        self.backend = backend
        self.faults = faults if faults is not None else AuthFaults()
        self.client_ids = set(client_ids)
        # Permissions an administrator granted the app outside IdP Wizard (e.g. in the
        # Entra admin center): Entra puts every consented permission in the token.
        self.admin_consented: set[str] = set()
        self.minted = Minted()
        self.requests: list[str] = []  # "METHOD url" of every call (no bodies)
        self.browser = SimulatedBrowser(self._login_page)
        self._codes: dict[str, _Grant] = {}
        self._device: dict[str, _Grant] = {}
        self._refresh: dict[str, _Grant] = {}
        self._lock = threading.Lock()

    @property
    def tenant_id(self) -> str:
        return guid("tenant", self.backend.tenant.seed)

    def tenant_known(self, tenant: str) -> bool:
        return tenant.lower() in {"organizations", "common", self.tenant_id,
                                  self.backend.tenant.domain}

    def account(self) -> Person:
        t = self.backend.tenant
        person = t.persons[0] if self.faults.sign_in_as_admin else t.by_upn(t.non_admin_email)
        assert person is not None
        return person

    def revoke_access_tokens(self) -> None:
        """Graph forgets every access token (as if they expired); refresh still works."""
        for token in self.minted.access_tokens:
            self.backend.graph.valid_tokens.discard(token)

    # -- MSAL's http_client -------------------------------------------------------------
    def get(self, url: str, params: Any = None, headers: Any = None,
            **kwargs: Any) -> FakeResponse:
        self.requests.append(f"GET {url.split('?')[0]}")
        host, tenant, rest = self._split(url)
        if tenant == "common" and rest == ["discovery", "instance"]:
            return FakeResponse(200, {
                "tenant_discovery_endpoint": f"https://{host}/common/v2.0/.well-known/"
                                             "openid-configuration",
                "api-version": "1.1",
                "metadata": [{"preferred_network": h, "preferred_cache": h, "aliases": [h]}
                             for h in AUTHORITY_HOSTS],
            })
        if rest == ["v2.0", ".well-known", "openid-configuration"]:
            if not self.tenant_known(tenant):
                return entra_error(400, "invalid_tenant", 90002,
                                   f"Tenant '{tenant}' not found. Check to make sure you have "
                                   "the correct tenant ID and are signing into the correct cloud.")
            base = f"https://{host}/{tenant}"
            return FakeResponse(200, {
                "authorization_endpoint": f"{base}/oauth2/v2.0/authorize",
                "token_endpoint": f"{base}/oauth2/v2.0/token",
                "device_authorization_endpoint": f"{base}/oauth2/v2.0/devicecode",
                "issuer": f"https://{host}/{{tenantid}}/v2.0",
                "response_modes_supported": ["query", "fragment", "form_post"],
                "code_challenge_methods_supported": ["plain", "S256"],
            })
        return FakeResponse(404, {"error": "not_found"})

    def post(self, url: str, params: Any = None, data: Any = None, headers: Any = None,
             **kwargs: Any) -> FakeResponse:
        self.requests.append(f"POST {url.split('?')[0]}")
        _, tenant, rest = self._split(url)
        form = {k: str(v) for k, v in (data or {}).items()}
        if not self.tenant_known(tenant):
            return entra_error(400, "invalid_tenant", 90002, f"Tenant '{tenant}' not found.")
        client_id = form.get("client_id", "")
        if client_id not in self.client_ids or self.faults.unknown_client:
            return self._unknown_client(client_id)
        with self._lock:
            if rest == ["oauth2", "v2.0", "devicecode"]:
                return self._device_code(form)
            if rest == ["oauth2", "v2.0", "token"]:
                return faulty(self._token(form), self.faults)
        return FakeResponse(404, {"error": "not_found"})

    def close(self) -> None:
        pass

    # -- endpoints --------------------------------------------------------------------
    def _device_code(self, form: dict[str, str]) -> FakeResponse:
        device_code = self.minted.new("codes", "dc-")
        user_code = device_code[-8:].upper()
        self._device[device_code] = _Grant(
            form["client_id"], self.account_id(), self._resource_scopes(form.get("scope", "")),
            pending=self.faults.device_pending_polls)
        uri = "https://microsoft.com/devicelogin"
        return FakeResponse(200, {
            "device_code": device_code, "user_code": user_code, "verification_uri": uri,
            "expires_in": 900, "interval": 1,
            "message": f"To sign in, use a web browser to open the page {uri} and enter "
                       f"the code {user_code} to authenticate.",
        })

    def account_id(self) -> str:
        if self.faults.other_tenant_user:
            return guid("other-tenant-user", self.backend.tenant.seed)
        return self.backend.tenant.entra_id(self.account().key)

    @property
    def other_tenant_id(self) -> str:
        return guid("other-tenant", self.backend.tenant.seed)

    def _home_tenant(self) -> str:
        return self.other_tenant_id if self.faults.other_tenant_user else self.tenant_id

    def _token(self, form: dict[str, str]) -> FakeResponse:
        grant_type = form.get("grant_type")
        if grant_type == "authorization_code":
            grant = self._codes.pop(form.get("code", ""), None)
            if grant is None or grant.client_id != form["client_id"]:
                return entra_error(400, "invalid_grant", 70000,
                                   "The provided authorization code is invalid or has expired.")
            if grant.redirect_uri != form.get("redirect_uri"):
                return entra_error(400, "invalid_grant", 50148, "The redirect URI does not "
                                   "match the one of the authorization request.")
            if s256(form.get("code_verifier", "")) != grant.challenge:
                return entra_error(400, "invalid_grant", 501481,
                                   "The Code_Verifier does not match the code_challenge.")
            return self._issue(grant)
        if grant_type == "refresh_token":
            grant = self._refresh.get(form.get("refresh_token", ""))
            if grant is None or self.faults.refresh_revoked:
                return entra_error(400, "invalid_grant", 50173, "The provided grant has "
                                   "expired due to it being revoked, a fresh auth token is "
                                   "needed.")
            return self._issue(grant)
        if grant_type == DEVICE_GRANT:
            grant = self._device.get(form.get("device_code", ""))
            if grant is None:
                return entra_error(400, "expired_token", 70020, "The device code expired.")
            if self.faults.consent_refused:
                return entra_error(400, "authorization_declined", 70011,
                                   "The user declined the authorization request.")
            if grant.pending > 0:
                grant.pending -= 1
                return entra_error(400, "authorization_pending", 70016,
                                   "OAuth 2.0 device flow error. Authorization is pending.")
            del self._device[form["device_code"]]
            return self._issue(grant)
        return entra_error(400, "unsupported_grant_type", 70003, "Unsupported grant type.")

    def _issue(self, grant: _Grant) -> FakeResponse:
        access = self.minted.new("access_tokens", "eyJ0eXAiOiJKV1QifQ.fake-entra-at.")
        refresh = self.minted.new("refresh_tokens", "0.fake-entra-rt-")
        graph = self.backend.graph
        graph.valid_tokens.add(access)
        graph.token_users[access] = grant.user
        graph.token_scopes[access] = frozenset(
            {s.rsplit("/", 1)[-1] for s in grant.scopes} | self.admin_consented)
        self._refresh[refresh] = grant
        person = self.backend.tenant.by_entra_id(grant.user)
        tid = self.tenant_id if person else self.other_tenant_id
        id_token = unsigned_jwt({
            "aud": grant.client_id,
            "iss": f"https://login.microsoftonline.com/{tid}/v2.0",
            "tid": tid, "oid": grant.user, "sub": grant.user,
            "preferred_username": person.upn if person else f"admin@{OTHER_TENANT_DOMAIN}",
            "name": person.display if person else "Fabrikam Admin",
            "nonce": grant.nonce, "ver": "2.0",
        })
        self.minted.id_tokens.append(id_token)
        return FakeResponse(200, {
            "token_type": "Bearer", "scope": " ".join(grant.scopes),
            "expires_in": self.faults.access_token_lifetime,
            "ext_expires_in": self.faults.access_token_lifetime,
            "access_token": access, "refresh_token": refresh, "id_token": id_token,
            "client_info": b64url_json({"uid": grant.user, "utid": tid}),
        })

    # -- the login page -----------------------------------------------------------------
    def _login_page(self, url: str) -> None:
        """What the admin's browser does with the authorize URL MSAL opened."""
        host, tenant, rest = self._split(url)
        q = query(url)
        redirect = q.get("redirect_uri", "")
        if (host not in AUTHORITY_HOSTS or rest != ["oauth2", "v2.0", "authorize"]
                or not redirect.startswith("http://localhost:")):
            raise ValueError("the fake login page cannot serve this URL")
        if self.faults.browser_closed:
            return  # the admin closed the tab: nothing ever reaches the loopback
        answer = {"state": q.get("state", "")}
        if q.get("client_id") not in self.client_ids or self.faults.unknown_client:
            answer.update(error="unauthorized_client",
                          error_description=f"AADSTS700016: Application with identifier "
                          f"'{q.get('client_id')}' was not found in the directory.")
        elif not self.tenant_known(tenant):
            answer.update(error="invalid_request",
                          error_description=f"AADSTS90002: Tenant '{tenant}' not found.")
        elif (q.get("response_mode") != "form_post" or q.get("response_type") != "code"
              or q.get("code_challenge_method") != "S256" or not q.get("code_challenge")):
            answer.update(error="invalid_request", error_description="AADSTS900144: "
                          "The request must use PKCE (S256) and response_mode=form_post.")
        elif self.faults.consent_refused:
            answer.update(error="access_denied", error_description="AADSTS65004: User "
                          "declined to consent to access the app.")
        elif self.faults.other_tenant_user and tenant.lower() not in ("organizations",
                                                                       "common"):
            answer.update(error="invalid_request", error_description=(
                f"AADSTS50020: User account 'admin@{OTHER_TENANT_DOMAIN}' from identity "
                "provider 'https://sts.windows.net/" + self.other_tenant_id + "/' does not "
                f"exist in tenant '{self.backend.tenant.domain}' and cannot access the "
                "application."))
        else:
            code = self.minted.new("codes", "0.fake-entra-code-")
            with self._lock:
                self._codes[code] = _Grant(
                    q["client_id"], self.account_id(), self._resource_scopes(q.get("scope", "")),
                    redirect_uri=redirect, challenge=q["code_challenge"],
                    nonce=q.get("nonce", ""))
            answer.update(code=code, client_info=b64url_json(
                {"uid": self.account_id(), "utid": self._home_tenant()}))
        http_send(redirect, data=answer)  # form_post: the browser POSTs to the loopback

    # -- helpers ----------------------------------------------------------------------
    @staticmethod
    def _split(url: str) -> tuple[str, str, list[str]]:
        parts = urllib.parse.urlsplit(url)
        segments = [s for s in parts.path.split("/") if s]
        return parts.hostname or "", segments[0] if segments else "", segments[1:]

    @staticmethod
    def _resource_scopes(scope: str) -> list[str]:
        return [s for s in scope.split() if s not in RESERVED]

    def _unknown_client(self, client_id: str) -> FakeResponse:
        return entra_error(400, "unauthorized_client", 700016,
                           f"Application with identifier '{client_id}' was not found in the "
                           f"directory '{self.backend.tenant.domain}'.")

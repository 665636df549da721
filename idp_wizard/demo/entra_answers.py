"""What the fake Entra's endpoints answer, in the shape MSAL reads: the response, Entra's
error answers, and what `AuthFaults` put in place of a token endpoint's answer."""

from __future__ import annotations

import json

from idp_wizard.demo.auth_fakes import (
    STREAMED,
    AuthFaults,
    StreamedAnswer,
    streamed_answer,
    token_endpoint_junk,
)

# AuthFaults.entra_refusal → (error, AADSTS number, description), as Entra answers them.
REFUSALS = {
    "consent_required": ("invalid_grant", 65001, "The user or administrator has not "
                         "consented to use the application. Send an interactive "
                         "authorization request for this user and resource."),
    "interaction_required": ("interaction_required", 50076, "Due to a configuration change "
                             "made by your administrator, or because you moved to a new "
                             "location, you must use multi-factor authentication to access "
                             "'00000003-0000-0000-c000-000000000000'."),
    "conditional_access": ("invalid_grant", 53003, "Access has been blocked by Conditional "
                           "Access policies. The access policy does not allow token issuance."),
}


class FakeResponse:
    """The response shape MSAL expects from an `http_client` (a `requests.Response`'s)."""

    def __init__(self, status_code: int, body: object, *, text: str | None = None,
                 content_type: str = "application/json; charset=utf-8",
                 streamed: StreamedAnswer | None = None) -> None:
        self.status_code = status_code
        self.text = json.dumps(body) if text is None else text
        self.headers = {"Content-Type": content_type}
        # An answer without end: only `entra_session.FakeEntraAdapter` can serve it
        # (through a requests session); MSAL reading `text` directly sees "".
        self.streamed = streamed

    def raise_for_status(self) -> None:
        if self.status_code >= 400:  # what MSAL's default session (requests) raises
            import requests

            raise requests.HTTPError(f"{self.status_code} Server Error", response=self)


def entra_error(status: int, error: str, code: int, description: str) -> FakeResponse:
    """An error answer as Entra words it: the AADSTS number leads the description."""
    return FakeResponse(status, {"error": error, "error_codes": [code],
                                 "error_description": f"AADSTS{code}: {description}"})


def faulty(answer: FakeResponse, faults: AuthFaults) -> FakeResponse:
    """The token endpoint's answer, or what AuthFaults puts in its place."""
    refusal = faults.entra_refusal
    if refusal is not None and answer.status_code == 200:
        error, code, description = REFUSALS[refusal]
        return entra_error(400, error, code, description)
    kind = faults.token_endpoint_answer
    if kind is None:
        return answer
    if kind in STREAMED:
        return FakeResponse(200, None, text="", streamed=streamed_answer(kind))
    status, content_type, body = token_endpoint_junk(kind, answer.text)
    return FakeResponse(status, None, text=body, content_type=content_type)

"""`FakeEntra` as a `requests` transport adapter, so a real `requests` session (and
the limits IdP Wizard's own session puts on every sign-in answer) runs between MSAL
and the fake, in process. Without it, tests hand the fake to MSAL as `http_client=`.
Requests to 127.0.0.1 (Google's fake is a real server there) go to the network;
any other host is refused, so nothing leaves the machine.

Answers without end (`AuthFaults.token_endpoint_answer` in `STREAMED`) come as a
body read piece by piece; "slow_headers" is answered by a `OneShotServer` on
127.0.0.1 (its headers trickle over a real socket); "stall" waits for the read timeout
the session asked for (never more than `STALL_SECONDS`), then fails as urllib3 would:
no answer in time, or the connection closed unanswered.
"""

from __future__ import annotations

import time
import urllib.parse
from collections.abc import Iterator
from typing import Any

import requests
import requests.adapters
import requests.structures

from idp_wizard.demo.auth_fakes import StreamedAnswer
from idp_wizard.demo.entra_fake import AUTHORITY_HOSTS, FakeEntra
from idp_wizard.demo.slow_headers import OneShotServer
from idp_wizard.providers.token_watch import DeadlineHTTPAdapter

_LOOPBACK = ("127.0.0.1", "localhost")


class _Body:
    """A response body as urllib3 gives it: `read1` returns the next piece."""

    def __init__(self, chunks: Iterator[bytes]) -> None:
        self._chunks = chunks
        self.closed = False

    def read1(self, amt: int = -1, decode_content: bool | None = None) -> bytes:
        return b"" if self.closed else next(self._chunks, b"")

    read = read1

    def close(self) -> None:
        self.closed = True

    def release_conn(self) -> None:
        pass


class FakeEntraAdapter(requests.adapters.BaseAdapter):
    def __init__(self, fake: FakeEntra) -> None:
        super().__init__()
        self.fake = fake
        self.timeouts: list[Any] = []  # the timeout of every request sent
        self.verify: list[bool | str] = []
        # As the network adapter of IdP Wizard's sign-in session: the total deadline
        # of a request (token_watch) reaches the headers of what comes over a socket.
        self._loopback = DeadlineHTTPAdapter()

    def send(self, request: requests.PreparedRequest, stream: bool = False,
             timeout: Any = None, verify: bool | str = True, cert: Any = None,
             proxies: dict[str, str] | None = None) -> requests.Response:
        self.timeouts.append(timeout)
        self.verify.append(verify)
        url = str(request.url)
        parts = urllib.parse.urlsplit(url)
        if parts.hostname in _LOOPBACK:  # e.g. Google's fake, a real server
            return self._loopback.send(request, stream=stream, timeout=timeout,
                                       verify=verify, cert=cert, proxies=proxies)
        if parts.scheme != "https" or parts.hostname not in AUTHORITY_HOSTS:
            raise requests.exceptions.ConnectionError(f"no fake answers {parts.hostname}")
        if request.method == "POST":
            body = request.body or ""
            text = body.decode() if isinstance(body, bytes) else str(body)
            form = {k: v[0] for k, v in urllib.parse.parse_qs(text).items()}
            answer = self.fake.post(url, data=form)
        else:
            answer = self.fake.get(url)
        streamed: StreamedAnswer | None = answer.streamed
        response = requests.Response()
        response.status_code = answer.status_code
        response.url, response.request = url, request
        if streamed is None:
            response.headers = requests.structures.CaseInsensitiveDict(answer.headers)
            response.raw = _Body(iter([answer.text.encode()]))
            return response
        if streamed.stall:
            _stall(streamed.stall, timeout, request)
        if streamed.header_pause:  # only a real socket shows how long headers may take
            forwarded = request.copy()
            forwarded.url = OneShotServer(streamed).url
            response = self._loopback.send(forwarded, stream=stream, timeout=timeout,
                                           verify=verify, cert=cert, proxies=proxies)
            response.url = url
            return response
        response.headers = requests.structures.CaseInsensitiveDict(streamed.headers)
        response.raw = _Body(streamed.chunks)
        return response

    def close(self) -> None:
        self._loopback.close()


def _stall(seconds: float, timeout: Any, request: requests.PreparedRequest) -> None:
    read = timeout[1] if isinstance(timeout, tuple) else timeout
    if read is not None and read < seconds:
        time.sleep(read)
        raise requests.exceptions.ReadTimeout("no answer in time", request=request)
    time.sleep(seconds)
    raise requests.exceptions.ConnectionError("closed without an answer", request=request)

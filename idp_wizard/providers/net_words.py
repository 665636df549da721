"""Why a connection failed, in the admin's words: never a Python type name.

Both HTTP stacks meet here: httpx (Graph, the Directory API, Google's revoke) and
`requests` (under MSAL and google-auth). Their exceptions are told apart by class name
along the MRO, so neither library is imported for it (MSAL and `requests` load only
with the first sign-in). The exception's own text is read to tell a name lookup or a
certificate failure apart, never shown: it may quote a URL with a code in it.
"""

from __future__ import annotations

from idp_wizard.core.messages import Message, msg

_TIMEOUT_TO_CONNECT = {"ConnectTimeout", "PoolTimeout"}
_NO_ANSWER = {"ReadTimeout", "WriteTimeout", "Timeout", "TimeoutException", "TimeoutError"}
_BROKE_OFF = {"ReadError", "WriteError", "RemoteProtocolError", "ChunkedEncodingError",
              "ContentDecodingError", "ProtocolError", "IncompleteRead", "ConnectionResetError"}
_NO_CONNECTION = {"ConnectError", "ConnectionError", "NewConnectionError",
                  "ConnectionRefusedError", "NetworkError"}
_LOOKUP_WORDS = ("resolve", "name or service not known", "getaddrinfo",
                 "nodename nor servname", "no address associated", "temporary failure in name")


def network_reason(exc: BaseException) -> Message:
    """What went wrong with the connection behind `exc`, as words for a message."""
    names = {cls.__name__ for cls in type(exc).__mro__}
    text = str(exc).lower()
    if "SSLError" in names or "certificate" in text or "ssl" in text:
        return msg("the secure connection could not be verified; a proxy or firewall may "
                   "be intercepting it")
    if "ProxyError" in names:
        return msg("the proxy refused the connection")
    if names & _TIMEOUT_TO_CONNECT:
        return msg("the connection timed out")
    if names & _NO_ANSWER:
        return msg("no answer came in time")
    if names & _BROKE_OFF:
        return msg("the connection broke off")
    if any(word in text for word in _LOOKUP_WORDS):
        return msg("the server's name could not be looked up")
    if names & _NO_CONNECTION:
        return msg("no connection could be made")
    return msg("the connection failed")

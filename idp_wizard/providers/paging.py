"""Following a provider's pages: Graph's @odata.nextLink (verbatim) and Google's
nextPageToken, checking for cancellation and reporting progress between pages.

A listing ends: a link or token given twice stops it (a cycle), and so does a listing
longer than `MAX_PAGES` (a provider or proxy handing out a new link on every page).
Neither provider says up front how many pages will come, so the bound is absolute:
500,000 users are 5,000 pages at Graph's smallest page size (100, with managers).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from typing import Any

import httpx

from idp_wizard.core.errors import ProviderError
from idp_wizard.core.messages import Message, msg
from idp_wizard.core.progress import Progress
from idp_wizard.providers.http import ProviderHttp
from idp_wizard.providers.json_decode import RawPage, decode_page

JsonDict = dict[str, Any]
MAX_PAGES = 100_000  # 10 million users at 100 a page: far beyond any directory


def _key(link: str) -> bytes:
    """What `seen` keeps of a link: 16 bytes, however long the link a provider sends."""
    return hashlib.blake2b(link.encode("utf-8", "surrogatepass"), digest_size=16).digest()


def read_message(phase: str, count: int) -> Message:
    """The progress line of a paged read ("1,200 users read")."""
    if phase == "users":
        return msg("{count} users read", count=count)
    return msg("{count} read", count=count)


def endless_listing(label: str, path: str) -> ProviderError:
    return ProviderError(msg("{provider} listed a page of {path} twice, so the listing would "
                             "never end; IdP Wizard stopped reading it. Try again later.",
                             provider=label, path=path), code="endless_listing")


def too_many_pages(label: str, path: str, pages: int) -> ProviderError:
    return ProviderError(msg("{provider} kept listing {path} past {pages} pages, more than "
                             "any directory has; IdP Wizard stopped reading it. Try again "
                             "later, and if it happens again, check the network (a proxy may "
                             "rewrite the answers).", provider=label, path=path, pages=pages),
                         code="endless_listing")


class _Followed:
    """The links or tokens a listing followed (16 bytes each, `_key`): one given again
    (A -> B -> A) would loop for ever, gathering users; more than `MAX_PAGES` is a
    listing without end."""

    def __init__(self, http: ProviderHttp, url: str) -> None:
        self._http, self._path = http, httpx.URL(url).path
        self._keys: set[bytes] = set()
        self._limit = MAX_PAGES

    def follow(self, link: str, current: str | None) -> None:
        key = _key(link)
        if link == current or key in self._keys:
            raise endless_listing(self._http.label, self._path)
        self._keys.add(key)
        if len(self._keys) >= self._limit:  # the next page would be one past the limit
            raise too_many_pages(self._http.label, self._path, self._limit)


class GraphPages:
    """Iterates Graph pages (each page's `value`); `delta_link` is set once exhausted."""

    def __init__(self, http: ProviderHttp, first_url: str,
                 params: dict[str, str] | None = None, phase: str | None = None,
                 raw: bool = False) -> None:
        self._http = http
        self._first = first_url
        self._params = params
        self._phase = phase
        self._raw = raw
        self.delta_link: str | None = None

    def __iter__(self) -> Iterator[list[Any]]:
        """Each page's users: parsed records, or with `raw` each user's bytes
        (msgspec.Raw, see json_decode.decode_page) unless a page had to be read as
        plain JSON (then parsed records: a reader takes both)."""
        http, url, params, count = self._http, self._first, self._params, 0
        followed = _Followed(http, url)
        while True:
            http.check_cancelled()
            page = http.get_page(url, params, decode_page) if self._raw else \
                http.get_json(url, params)
            values: Any
            if isinstance(page, RawPage):
                values, next_link, delta_link = page.value, page.next_link, page.delta_link
            else:
                assert isinstance(page, dict)  # what get_json gives
                values = page.get("value")
                next_link, delta_link = page.get("@odata.nextLink"), page.get("@odata.deltaLink")
            if not isinstance(values, list):  # Graph always lists `value`: no empty page
                raise http.malformed(httpx.URL(url).path)
            count += len(values)
            if self._phase:
                http.report(Progress(self._phase, done=count,
                                     message=read_message(self._phase, count)))
            yield values
            if not next_link:
                delta_link = delta_link or None
                if delta_link is not None:  # kept for the next run: refused now, not then
                    if not isinstance(delta_link, str):
                        raise http.malformed(httpx.URL(url).path)
                    http.check_link(delta_link)
                self.delta_link = delta_link
                return
            if not isinstance(next_link, str):
                raise http.malformed(httpx.URL(url).path)
            followed.follow(next_link, url)
            url, params = next_link, None  # nextLink carries every parameter already


def iter_graph_pages(http: ProviderHttp, first_url: str, params: dict[str, str] | None = None,
                     phase: str | None = None, raw: bool = False) -> GraphPages:
    return GraphPages(http, first_url, params, phase, raw)


def iter_google_pages(http: ProviderHttp, url: str, params: dict[str, str] | None,
                      items_key: str, phase: str | None = None) -> Iterator[list[JsonDict]]:
    """Follows nextPageToken; a page without `items_key` has no items (Google omits it)."""
    base = dict(params or {})
    token: str | None = None
    followed = _Followed(http, url)
    count = 0
    while True:
        http.check_cancelled()
        page = http.get_json(url, {**base, "pageToken": token} if token else base)
        items = page.get(items_key, [])
        if not isinstance(items, list):  # null, an object...: not an empty page
            raise http.malformed(httpx.URL(url).path)
        count += len(items)
        if phase:
            http.report(Progress(phase, done=count, message=read_message(phase, count)))
        yield items
        next_token = page.get("nextPageToken")
        if not next_token:
            return
        if not isinstance(next_token, str):
            raise http.malformed(httpx.URL(url).path)
        followed.follow(next_token, token)
        token = next_token

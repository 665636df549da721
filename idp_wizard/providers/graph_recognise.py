"""One page of a Graph full round that recognises unchanged users (core/known_sources.py).

A user's source fingerprint is the checksum of its record's bytes as Graph sent them
(salted with the run's rules): a record sent again byte for byte maps, checks and plans
exactly as before, so the user is noted as unchanged without being parsed at all.
Every other record is parsed and mapped, and its fingerprint stored with it once it is
shared without remark. The bytes cover every property, including those the mapping
does not read: a change to one of those only costs that user a mapping.
"""

from __future__ import annotations

import zlib
from itertools import repeat
from operator import itemgetter
from typing import Any

import msgspec

from idp_wizard.core.errors import ProviderError
from idp_wizard.core.known_sources import MASK, KnownSources
from idp_wizard.providers.api_errors import malformed_error
from idp_wizard.providers.graph_mapping import GRAPH as GRAPH_LABEL
from idp_wizard.providers.json_decode import loads
from idp_wizard.providers.record_check import check_id

_RAW = msgspec.Raw
_ID, _ADDRESS = itemgetter(0), itemgetter(1)  # of a recognised user (by_source)


class PageSifter:
    """Sifts the pages of one full round: the recognised go to `known`."""

    def __init__(self, known: KnownSources, seeds: tuple[int, int], path: str) -> None:
        self._known = known
        self._seeds = seeds
        self._path = path
        self._by_source = known.by_source

    def sift(self, page: list[Any], latest: dict[str, object],
             ) -> tuple[list[Any], list[int], int]:
        """The parsed records to map, their source fingerprints (0: none, for a page
        Graph's answer gave as plain JSON), and how many users the page listed. Runs
        once per page of 100-999 users: the per-user work is C calls (checksums,
        lookups) over the whole page, and Python only for the users not recognised."""
        if not page or page[0].__class__ is not _RAW:  # read as plain JSON (decode_page)
            return self._unrecognised(page, [0] * len(page), latest)
        crc0, adler0 = self._seeds
        # As known_sources.fingerprint: CRC-32 in the low bits, where a dict of
        # fingerprints looks first (Adler-32's are a byte sum: alike for records of one
        # length, which slowed lookups to ~1.4 µs).
        prints = [(((a << 31) ^ c) & MASK) or 1 for a, c in zip(
            map(zlib.adler32, page, repeat(adler0)), map(zlib.crc32, page, repeat(crc0)),
            strict=True)]
        hits: list[Any] = list(map(self._by_source.get, prints))
        if None in hits:
            rest = [i for i, hit in enumerate(hits) if hit is None]
            found = [hit for hit in hits if hit is not None]
            records = [self._parse(page[i]) for i in rest]
            missed = self._unrecognised(records, [prints[i] for i in rest], latest)[:2]
        else:  # every user recognised: the usual page of a read with no change
            found, missed = hits, ([], [])
        self._known.unchanged.extend(map(_ID, found))
        self._known.addresses.extend(map(_ADDRESS, found))
        return missed[0], missed[1], len(page)

    @staticmethod
    def _unrecognised(records: list[Any], prints: list[int], latest: dict[str, object],
                      ) -> tuple[list[Any], list[int], int]:
        """The users to map (with their fingerprints); a removal goes to `latest`."""
        rest: list[Any] = []
        fps: list[int] = []
        removed: list[str] = []
        for entry, fp in zip(records, prints, strict=True):
            check_id(GRAPH_LABEL, entry)  # skipped, a synced user would be removed
            if "@removed" in entry:
                removed.append(entry["id"])
            else:
                rest.append(entry)
                fps.append(fp)
        for uid in removed:  # before this page's present entries, as in the plain read
            latest[uid] = None
        return rest, fps, len(records)

    def _parse(self, raw: msgspec.Raw) -> Any:
        try:
            return loads(raw)  # as json.loads would have parsed it in its page
        except ValueError:  # the page was valid JSON and UTF-8: not expected
            raise self._malformed() from None

    def _malformed(self) -> ProviderError:
        return malformed_error(GRAPH_LABEL, self._path)

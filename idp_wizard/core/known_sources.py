"""Recognising unchanged users before mapping them (full reads of Microsoft Graph).

A full read should cost barely more than fetching the directory, so an unchanged user
must cost no more than recognising that it is unchanged. Every synced user keeps,
beside its row, the fingerprint of the provider's own record as it was when the row
was written or last confirmed (`synced_users.source_fingerprint`; 0: none). A reader
given `KnownSources` fingerprints each record before mapping it: when the fingerprint
equals the stored one, the user is only noted as unchanged; it is never mapped,
indexed, checked or planned.

Why that is exact: the fingerprint covers the record's bytes as Graph sent them, every
property included (providers/graph_recognise.py: a recognised record is not even
parsed), and its salt covers everything else a user's outcome depends on: the filter,
the synchronized data, the platform languages, what the reader adds (Graph's room
list) and `RULES`, the version of these rules. A record Graph sends again with other
bytes (properties reordered, say) is simply mapped again, as a changed one is. A
fingerprint is stored only for a user the plan shared without any problem or remark,
with an address nobody else in the directory uses; any other row gets 0, and so does
every row written without one (incremental rounds). So a recognised user is one the
full plan would count as unchanged, with one exception checked after the read: someone
else may have taken its address meanwhile. Then the read is repeated without
recognising anyone (`read_full_round`); that run stores 0 for the contested holder.
Not used when the filter names groups or org units: membership is not in a record.

Google (`read_all_recognising`): its records name the manager by address, which the
reader resolves to an id across the whole listing, so a record alone does not decide
its outcome. Its source is the mapped employee once every manager is resolved, taken
after the whole listing: a report whose manager left (Google keeps the relation as
typed) is not recognised. Mapping a Google record costs little next to what
recognising it saves: the checks, the filter and the plan of every unchanged user.
"""

from __future__ import annotations

import logging
import zlib
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field

from idp_wizard.core.filter_spec import FilterSpec
from idp_wizard.core.language import LanguageMapper
from idp_wizard.core.progress import CancelToken, ProgressFn
from idp_wizard.core.reader import DeltaReader, RecognisingReader
from idp_wizard.core.records import DeltaChanges, Employee

log = logging.getLogger(__name__)

# Bump whenever a change to the mapping, the checks or the plan could give an
# unchanged provider record another outcome: every stored fingerprint then misses once.
# 2: Graph fingerprints the record's bytes (was: the fields the mapping reads).
RULES = "2"
MASK = 0x7FFF_FFFF_FFFF_FFFF


def fingerprint(data: bytes, seeds: tuple[int, int]) -> int:
    """A record's source fingerprint: CRC-32 and Adler-32 of the salt and the record's
    text, never 0; CRC-32 in the low bits, which a dict keyed by fingerprints (Graph's
    `KnownSources.by_source`) hashes by. The Graph reader inlines this formula in its
    per-record loop (a call per user is measurable there); the Google reader calls it."""
    return (((zlib.adler32(data, seeds[1]) << 31) ^ zlib.crc32(data, seeds[0])) & MASK) or 1


def stored_value(source: int, record: int) -> int:
    """What `synced_users.source_fingerprint` holds: the source fingerprint bound to the
    row's record fingerprint, so a row rewritten since (with its fingerprint) is not
    recognised. `synced_state` reads it back through SQL (`STORED_SOURCE`)."""
    return source ^ record if source else 0


# SQLite has no XOR: a ^ b = (a | b) & ~(a & b). 0 (unknown) stays 0.
STORED_SOURCE = ("CASE source_fingerprint WHEN 0 THEN 0 ELSE (source_fingerprint | "
                 "fingerprint) & ~(source_fingerprint & fingerprint) END")


@dataclass(slots=True)
class KnownSources:
    """The synced users' stored source fingerprints and the salt of this run. A reader
    notes the users it recognised in `unchanged` (ids) and `addresses` (theirs, in the
    same order); `repeated`: it listed an id twice (Graph's delta round, whose pages
    are sifted as they come; Google's listing holds each id once when sifted)."""

    fingerprints: Mapping[str, int]
    salt: str
    # Source fingerprint -> (id, stored address, ...) of each synced user that may be
    # recognised (users.source_index): for a reader that recognises a user without
    # parsing its record (Graph), which notes this id and address.
    by_source: Mapping[int, tuple[str, str, int]] = field(default_factory=dict)
    unchanged: list[str] = field(default_factory=list)
    addresses: list[str] = field(default_factory=list)
    repeated: bool = False

    def without_recognising(self) -> KnownSources:
        """Fingerprints are still taken (to be stored), nobody is recognised."""
        return KnownSources({}, self.salt)

    def forget_recognised(self) -> None:
        self.unchanged, self.addresses, self.repeated = [], [], False

    def seeds(self, reader_salt: str) -> tuple[int, int]:
        """The checksums to start every fingerprint of this run from (see `fingerprint`)."""
        seed = f"{RULES}\x1e{self.salt}\x1e{reader_salt}".encode("utf-8", "surrogatepass")
        return zlib.crc32(seed), zlib.adler32(seed)

    def conflicts(self, employees: Iterable[Employee]) -> bool:
        """Whether the read must be repeated without recognising anyone: a recognised
        user's address is also someone else's, or an id was listed twice."""
        if self.repeated:
            return True
        if not self.unchanged:
            return False
        # Folded in one call: recognised addresses are valid ones, without line breaks.
        folded = "\n".join(self.addresses).casefold().split("\n")
        taken = set(folded)
        if len(taken) != len(folded):
            return True
        return any(e.email and e.email.casefold() in taken for e in employees)


def read_full_round(reader: DeltaReader, known: KnownSources | None,
                    progress: ProgressFn, cancel: CancelToken) -> DeltaChanges:
    """A full delta round that recognises unchanged users, repeated without recognising
    anyone when a recognised user's address turns out to be contested."""
    changes = reader.read_employees_delta(None, progress, cancel, known=known)
    if known is not None and known.conflicts(changes.changed):
        log.info("full read repeated recognising nobody: a recognised user's address is "
                 "someone else's too, or a user was listed twice")
        fresh = known.without_recognising()
        changes = reader.read_employees_delta(None, progress, cancel, known=fresh)
        known.forget_recognised()
    if known is not None:  # counts only: what a real tenant's second full read saves
        log.info("full read: %d users recognised unchanged without reading their records, "
                 "%d read in full", len(known.unchanged), len(changes.changed))
    return changes


def read_all_recognising(reader: RecognisingReader, known: KnownSources,
                         progress: ProgressFn, cancel: CancelToken) -> list[Employee]:
    """A full listing (Google) that recognises unchanged users, repeated without
    recognising anyone when a recognised user's address is contested."""
    employees = reader.read_employees_recognising(known, progress, cancel)
    if known.conflicts(employees):
        employees = reader.read_employees_recognising(known.without_recognising(),
                                                      progress, cancel)
        known.forget_recognised()
    return employees


def run_salt(spec: FilterSpec, synced_data: Collection[str] | None,
             mapper: LanguageMapper) -> str:
    """Everything of this run, besides the record, that decides a user's outcome."""
    data = "*" if synced_data is None else ",".join(sorted(synced_data))
    return f"{spec.dumps()}\x1e{data}\x1e{mapper.signature}"


def recognisable(spec: FilterSpec) -> bool:
    """False when the filter depends on more than records (groups, org units)."""
    return not any(part["groups"] or part["org_units"]
                   for part in (spec.include, spec.exclude))


def known_sources(fingerprints: Mapping[str, int], spec: FilterSpec,
                  synced_data: Collection[str] | None,
                  mapper: LanguageMapper,
                  by_source: Mapping[int, tuple[str, str, int]] | None = None,
                  ) -> KnownSources | None:
    """None when the filter depends on more than records (groups, org units).
    `by_source`: see KnownSources."""
    if not recognisable(spec):
        return None
    return KnownSources(fingerprints, run_salt(spec, synced_data, mapper), by_source or {})

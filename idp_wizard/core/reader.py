"""What the sync engine and the rules sync need from a provider.

Both the Entra (Microsoft Graph) and Google (Directory API) readers implement this;
so does nothing else: demo mode runs the same readers against the demo transport.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from idp_wizard.core.progress import CancelToken, ProgressFn
from idp_wizard.core.records import DeltaChanges, Employee, Group, OrgUnit, ProviderName

if TYPE_CHECKING:
    from idp_wizard.core.known_sources import KnownSources


class DirectoryReader(Protocol):
    provider: ProviderName

    def read_employees(
        self, progress: ProgressFn | None = None, cancel: CancelToken | None = None,
        *, managers: bool = True,
    ) -> list[Employee]:
        """Every user of the directory (all pages), mapped to `Employee`. `managers`:
        False when the caller needs no manager (`filters options` counts values): Graph
        then lists 999 users a request instead of 100 (its limit with the manager
        expanded), a tenth of the requests; a user's manager may then be left empty."""
        ...

    def read_groups(
        self, progress: ProgressFn | None = None, cancel: CancelToken | None = None,
        named: Collection[str] | None = None,
    ) -> list[Group]:
        """Every group with its transitive user members (None: the filtering page and
        `filters options` count them all). With `named` (a filter's group values): every
        group is still listed, but only the groups the values name (the rule of
        `directory_index.named_group_ids`) are returned, and only their members read."""
        ...

    def read_org_units(self, cancel: CancelToken | None = None) -> list[OrgUnit]:
        """Org units (Google); Entra returns []."""
        ...

    def close(self) -> None:
        """Release the reader's HTTP connections (a reader serves one run)."""
        ...


class TokenSource(Protocol):
    """Hands out bearer tokens; `force_refresh` after a 401 (once) before giving up."""

    def access_token(self, force_refresh: bool = False) -> str: ...


@runtime_checkable
class DeltaReader(Protocol):
    """Entra only: incremental reads through /users/delta."""

    def read_employees_delta(
        self,
        delta_link: str | None,
        progress: ProgressFn | None = None,
        cancel: CancelToken | None = None,
        known: KnownSources | None = None,
    ) -> DeltaChanges:
        """`delta_link=None`: a full round: `changed` holds every user, plus a new link.
        With `known` (full rounds only), users it recognises as unchanged are noted
        there instead (see core/known_sources.py), the others carry their source
        fingerprint.

        With a link: only what changed since (full records: the reader completes
        Graph's partial entries itself). Raises `core.errors.DeltaExpired` on
        syncStateNotFound/resyncRequired; the caller then reads in full.
        """
        ...


@runtime_checkable
class RecognisingReader(Protocol):
    """Google only: a full listing that recognises unchanged users before planning
    them (core/known_sources.py; Entra does this in its full delta rounds)."""

    def read_employees_recognising(
        self, known: KnownSources, progress: ProgressFn | None = None,
        cancel: CancelToken | None = None,
    ) -> list[Employee]:
        """Every user `known` does not recognise as unchanged, mapped, with its source
        fingerprint; the recognised are noted in `known`."""
        ...


def as_recognising_reader(reader: DirectoryReader) -> RecognisingReader | None:
    return reader if isinstance(reader, RecognisingReader) else None


def as_delta_reader(reader: DirectoryReader) -> DeltaReader | None:
    """The reader's incremental side, when its provider has one (Entra)."""
    return reader if isinstance(reader, DeltaReader) else None

"""Provider-neutral records of a directory: employees, groups, org units.

Providers map their JSON into these; the filter, the sync engine and the store only
ever see these. Missing text values are "" (never None) so comparisons stay simple.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from idp_wizard.core.messages import Message


class ProviderName(StrEnum):
    ENTRA = "entra"
    GOOGLE = "google"

    @property  # shadows str.title(), which no caller wants: the product's name reads best
    def title(self) -> str:  # type: ignore[override]
        return "Microsoft Entra ID" if self is ProviderName.ENTRA else "Google Workspace"


@dataclass(slots=True)
class Employee:
    """One person (or room/shared mailbox: directories list those as users too).

    Treat as immutable. Not `frozen=True` only because frozen dataclasses construct
    ~8x slower, and a sync builds 100,000 of these.
    """

    id: str
    email: str  # Entra: mail (or a routable UPN, see address_note); Google: primaryEmail
    display_name: str
    given_name: str = ""
    surname: str = ""
    department: str = ""
    job_title: str = ""
    location: str = ""  # office location / building
    country: str = ""
    company: str = ""
    org_unit: str = ""  # Google orgUnitPath ("/Sales/Berlin"); "" for Entra
    manager_id: str = ""
    language_raw: str = ""  # as the provider sent it, e.g. "de-AT"
    enabled: bool = True
    guest: bool = False
    # Not synced to the platform; they only decide who is shared and why not.
    licensed: bool = True  # Entra: at least one assigned license (Google: always)
    resource: bool = False  # Entra: a room mailbox, as Graph's room list names it
    # Why `email` is the sign-in name, or why there is none; with an address, any remark
    # the sync reports beside the user (a warning), e.g. that the provider listed it twice.
    address_note: str | Message = ""
    # The provider record's fingerprint (core/known_sources.py), taken when the sync
    # asks for it (0: not taken). Not part of the employee's identity or equality.
    source_fingerprint: int = field(default=0, compare=False)

    @property
    def domain(self) -> str:
        """The e-mail domain, lower-case ("" when there is no usable address)."""
        _, at, domain = self.email.rpartition("@")
        return domain.lower() if at else ""


@dataclass(frozen=True, slots=True)
class Group:
    """A directory group with its *transitive* user members (nested groups resolved)."""

    id: str
    name: str
    email: str = ""
    kind: str = ""  # "security", "microsoft365", "distribution", "google"
    member_ids: frozenset[str] = field(default_factory=frozenset)


@dataclass(frozen=True, slots=True)
class OrgUnit:
    """A Google organisational unit; `path` is like "/Sales/Berlin"."""

    path: str
    name: str
    parent_path: str = ""


@dataclass(slots=True)
class Directory:
    """Everything one read of a directory returned."""

    employees: list[Employee]
    groups: list[Group] = field(default_factory=list)
    org_units: list[OrgUnit] = field(default_factory=list)


@dataclass(slots=True)
class DeltaChanges:
    """One incremental read (Microsoft Graph /users/delta)."""

    changed: list[Employee]
    removed_ids: list[str]
    delta_link: str

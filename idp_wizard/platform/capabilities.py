"""What a SCIM server supports, read tolerantly from its discovery documents.

`Capabilities` is plain data, JSON-serialisable both ways (`to_json`/`from_json`), so
the engine can keep it beside the target and the CLI can print it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Any

JsonDict = dict[str, Any]
CORE_USER = "urn:ietf:params:scim:schemas:core:2.0:User"
ENTERPRISE_USER = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"
CORE_GROUP = "urn:ietf:params:scim:schemas:core:2.0:Group"


def flag(value: object) -> bool:
    """A boolean as servers write it: true, "true", "True"."""
    if isinstance(value, str):
        return value.strip().lower() == "true"
    return value is True


def positive_int(value: object) -> int | None:
    try:
        number = int(value)  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return None
    return number if number > 0 else None


@dataclass(frozen=True, slots=True)
class BulkLimits:
    supported: bool = False
    max_operations: int = 0
    max_payload_size: int = 0  # bytes

    @property
    def usable(self) -> bool:
        return self.supported and self.max_operations > 1 and self.max_payload_size > 1024


@dataclass(frozen=True, slots=True)
class Capabilities:
    """`user_attributes` is None when the server publishes no User schema: the mapping
    then sends a safe default set. Paths are dotted (`name.givenName`); extension
    attributes carry their schema URN (`urn:...:enterprise:2.0:User:department`)."""

    patch: bool = True  # RFC 7644 makes PATCH optional; assumed until a server says no
    bulk: BulkLimits = field(default_factory=BulkLimits)
    filter: bool = True
    filter_max_results: int | None = None
    etag: bool = False
    sort: bool = False
    users: bool = True
    groups: bool = True
    users_endpoint: str = "/Users"
    groups_endpoint: str = "/Groups"
    enterprise_user: bool = False  # the User resource type offers the enterprise extension
    user_attributes: frozenset[str] | None = None
    published: tuple[str, ...] = ()  # discovery endpoints the server answered

    def with_patch(self, supported: bool) -> Capabilities:
        return replace(self, patch=supported)

    def declares(self, path: str) -> bool:
        """Whether the User schema declares `path` (attribute names are case-insensitive
        in SCIM); None when the server publishes no User schema."""
        if self.user_attributes is None:
            return False
        wanted = path.casefold()
        return any(p.casefold() == wanted for p in self.user_attributes)

    def to_json(self) -> JsonDict:
        return {
            "patch": self.patch,
            "bulk": {"supported": self.bulk.supported,
                     "max_operations": self.bulk.max_operations,
                     "max_payload_size": self.bulk.max_payload_size},
            "filter": self.filter, "filter_max_results": self.filter_max_results,
            "etag": self.etag, "sort": self.sort,
            "resource_types": {"users": self.users, "groups": self.groups},
            "users_endpoint": self.users_endpoint, "groups_endpoint": self.groups_endpoint,
            "enterprise_user": self.enterprise_user,
            "user_attributes": (None if self.user_attributes is None
                                else sorted(self.user_attributes)),
            "published": list(self.published),
        }

    @classmethod
    def from_json(cls, data: JsonDict) -> Capabilities:
        bulk, types = data.get("bulk") or {}, data.get("resource_types") or {}
        attrs = data.get("user_attributes")
        return cls(
            patch=bool(data.get("patch", True)),
            bulk=BulkLimits(bool(bulk.get("supported")), int(bulk.get("max_operations", 0)),
                            int(bulk.get("max_payload_size", 0))),
            filter=bool(data.get("filter", True)),
            filter_max_results=positive_int(data.get("filter_max_results")),
            etag=bool(data.get("etag")), sort=bool(data.get("sort")),
            users=bool(types.get("users", True)), groups=bool(types.get("groups", True)),
            users_endpoint=str(data.get("users_endpoint") or "/Users"),
            groups_endpoint=str(data.get("groups_endpoint") or "/Groups"),
            enterprise_user=bool(data.get("enterprise_user", False)),
            user_attributes=None if attrs is None else frozenset(map(str, attrs)),
            published=tuple(map(str, data.get("published") or ())),
        )


def read_service_provider_config(doc: JsonDict, base: Capabilities) -> Capabilities:
    def section(name: str) -> JsonDict:
        value = doc.get(name)
        return value if isinstance(value, dict) else {}

    bulk = section("bulk")
    return replace(
        base,
        patch=flag(section("patch").get("supported")),
        bulk=BulkLimits(flag(bulk.get("supported")),
                        positive_int(bulk.get("maxOperations")) or 0,
                        positive_int(bulk.get("maxPayloadSize")) or 0),
        filter=flag(section("filter").get("supported")),
        filter_max_results=positive_int(section("filter").get("maxResults")),
        etag=flag(section("etag").get("supported")),
        sort=flag(section("sort").get("supported")),
    )


def read_resource_types(resources: Iterable[JsonDict], base: Capabilities) -> Capabilities:
    users = groups = None
    for rt in resources:
        schema = str(rt.get("schema") or "")
        name = str(rt.get("name") or rt.get("id") or "")
        if schema == CORE_USER or name == "User":
            users = rt
        elif schema == CORE_GROUP or name == "Group":
            groups = rt
    if users is None:  # a server that lists no User type still serves /Users (we check)
        return replace(base, groups=groups is not None,
                       groups_endpoint=_endpoint(groups, "/Groups"))
    extensions = users.get("schemaExtensions")
    enterprise = isinstance(extensions, list) and any(
        isinstance(e, dict) and e.get("schema") == ENTERPRISE_USER for e in extensions)
    return replace(base, users=True, groups=groups is not None,
                   users_endpoint=_endpoint(users, "/Users"),
                   groups_endpoint=_endpoint(groups, "/Groups"), enterprise_user=enterprise)


def _endpoint(resource_type: JsonDict | None, default: str) -> str:
    value = (resource_type or {}).get("endpoint")
    if not isinstance(value, str) or not value.strip("/"):
        return default
    return "/" + value.strip().strip("/")


def schema_attributes(schema: JsonDict) -> set[str]:
    """Dotted paths of a schema's attributes and sub-attributes (URN-prefixed unless core
    User)."""
    urn = str(schema.get("id") or "")
    prefix = "" if urn == CORE_USER else f"{urn}:"
    paths: set[str] = set()
    for attr in schema.get("attributes") or ():
        if not isinstance(attr, dict) or not isinstance(attr.get("name"), str):
            continue
        name = attr["name"]
        paths.add(prefix + name)
        for sub in attr.get("subAttributes") or ():
            if isinstance(sub, dict) and isinstance(sub.get("name"), str):
                paths.add(f"{prefix}{name}.{sub['name']}")
    return paths


def read_schemas(schemas: Iterable[JsonDict], base: Capabilities) -> Capabilities:
    """Declared User attributes: the core User schema plus the enterprise extension
    (when the User type offers it). Attribute names compare case-insensitively in SCIM;
    we keep the RFC spelling by matching case-insensitively against our own paths."""
    by_id = {str(s.get("id") or ""): s for s in schemas if isinstance(s, dict)}
    core = by_id.get(CORE_USER)
    if core is None:
        return base
    paths = schema_attributes(core)
    enterprise = by_id.get(ENTERPRISE_USER)
    if enterprise is not None and base.enterprise_user:
        paths |= schema_attributes(enterprise)
    return replace(base, user_attributes=frozenset(paths))

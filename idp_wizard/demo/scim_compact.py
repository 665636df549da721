"""scim2-server's in-memory storage, holding each resource as its JSON text.

`InMemoryStorage` keeps every resource as a pydantic model (~8 KB each): 100,000 demo
users would take most of a gigabyte inside the app. Here each one is kept as the
zlib-compressed JSON of its `model_dump` (~0.4 KB) and read back into a model when the
server asks for it, which costs about what the deep copy the storage makes anyway
costs. A listing without a filter pages the ids first, so it reads back only the page
it returns.
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Iterator
from typing import Any

from scim2_models import Resource, ResourceType, ResponseParameters, SearchRequest
from scim2_server.memory import InMemoryStorage
from scim2_server.storage import SearchPage


class Packed(dict[str, Any]):
    """One resource type's resources: id → JSON text; reading gives a fresh model."""

    def __init__(self, model: type[Resource[Any]]) -> None:
        super().__init__()
        self.model = model

    def __setitem__(self, key: str, resource: Any) -> None:
        text = resource if isinstance(resource, str) else json.dumps(
            resource.model_dump(), separators=(",", ":"), ensure_ascii=False)
        super().__setitem__(key, zlib.compress(text.encode(), 1))

    def __getitem__(self, key: str) -> Resource[Any]:
        return self.model.model_validate(json.loads(zlib.decompress(
            super().__getitem__(key))))

    def get(self, key: str, default: Any = None) -> Any:
        return self[key] if key in self else default  # noqa: SIM401 (reads back a model)

    def pop(self, key: str, default: Any = None) -> Any:
        super().pop(key, None)  # the storage only removes; nobody reads the value
        return default

    def values(self) -> Iterator[Resource[Any]]:  # type: ignore[override]
        return (self[key] for key in list(self.keys()))

    def texts(self) -> Iterator[str]:
        return (zlib.decompress(packed).decode() for packed in dict.values(self))


class CompactStorage(InMemoryStorage):
    """`models`: resource type name → model class (what the provider serves)."""

    def __init__(self, models: dict[str, type[Resource[Any]]]) -> None:
        super().__init__()
        self.models = models

    def _packed(self, name: str | None) -> Packed:
        found = self._resources.get(name)
        if not isinstance(found, Packed):
            model = self.models.get(name or "")
            if model is None:
                raise KeyError(name)
            found = Packed(model)
            if self._resources.get(name):  # plain entries from the base class: repack
                for key, resource in dict.items(self._resources[name]):
                    found[key] = resource
            self._resources[name] = found
        return found

    def _store(self, resource: Resource[Any], values: dict[str, Any]) -> None:
        assert resource.meta is not None
        self._packed(resource.meta.resource_type)
        super()._store(resource, values)

    def get(self, resource_type: ResourceType, resource_id: str, *,
            response_parameters: ResponseParameters[Any] | None = None) -> Resource[Any]:
        with self.lock:
            return self._stored(resource_type, resource_id)  # read back: already a copy

    def search(self, resource_types: list[ResourceType], search_request: SearchRequest[Any],
               *, position: Any = None) -> SearchPage:
        if search_request.filter is not None or search_request.sort_by is not None \
                or search_request.cursor is not None:
            return super().search(resource_types, search_request, position=position)
        with self.lock:  # a plain listing: sorted by id, as the base class orders it
            names = list(dict.fromkeys(rt.name for rt in resource_types))
            keys = sorted((rid, name) for name in names
                          for rid in self._resources.get(name, {}))
            start = search_request.start_index_0 or 0
            stop = None if search_request.count is None else start + search_request.count
            page = [self._packed(name)[rid] for rid, name in keys[start:stop]]
            return SearchPage(len(keys), page)

    def count(self, resource_type: str) -> int:
        return len(self._resources.get(resource_type, {}))

    def texts(self) -> Iterator[str]:
        """Every resource's JSON text (snapshots), without reading any back."""
        for name in list(self._resources):
            yield from self._packed(name).texts()

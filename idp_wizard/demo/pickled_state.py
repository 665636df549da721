"""Demo objects pickled and unpickled without losing their compact attribute layout."""

from __future__ import annotations

from typing import Any, ClassVar


class KeptState:
    """Pickles the attributes named in `_kept`, and unpickles by setting each, as
    `__init__` does.

    CPython keeps an instance's attributes in a compact per-class layout until something
    asks for its `__dict__`; from then on they live in a dict of their own, and every
    attribute read takes a dict lookup. Pickle's default asks for it on both sides (to
    read the state, and to fill it), and the demo fakes read millions of attributes as
    they serve a tenant: a tenant kept on disk (tenant_cache.py), and the one built and
    kept, served their users ~6 % slower than one never pickled.
    tests/demo/test_tenant_cache.py checks that `_kept` names every attribute."""

    _kept: ClassVar[tuple[str, ...]] = ()

    def __getstate__(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in self._kept}

    def __setstate__(self, state: dict[str, Any]) -> None:
        for name, value in state.items():
            setattr(self, name, value)

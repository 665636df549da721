"""The compact (columnar) demo tenant serves the very tenant the object-per-person one did.

The digests below were computed on the object-per-person implementation (one `Person`
object each); the same seed, size and churn must give the same dump, byte for byte:
every person's fields, group memberships, org unit, manager, ids, and the Entra and
Google JSON the fakes render for them.
"""

from __future__ import annotations

import hashlib
import json

import pytest

from idp_wizard.demo import directory_render, graph_render
from idp_wizard.demo.graph_common import USER_PROPS
from idp_wizard.demo.tenant import DemoTenant

FIELDS = ("key", "given", "surname", "display", "upn", "mail", "dept", "title", "office",
          "company", "manager", "lang", "enabled", "guest", "licensed", "kind", "flags",
          "groups", "is_manager", "removed", "in_google", "google_email", "org_unit_path")
EXPECTED = {
    (2_000, 0): "8be60d891d708523eb5cce8e9764dc2848d4ee7a3cf29b4faf9fc79956e3ae01",
    (2_000, 40): "612163527d1e77c739fda25b5e7ffec02d768d6e0fbe2eae8f5b4c39423d010f",
    (20_000, 0): "780b815c4675d010f841390be7c0932f6ab42d93addd99925d56b47c53ce306d",
    (20_000, 40): "ea95c9d4e37b740ea8c87bbdeedd70996fd99f524db4c5e9b9f40cb857c0a16f",
}


def dump(size: int, steps: int) -> str:
    return digest_of(DemoTenant(size, seed=3, churn_steps=steps), steps)


def digest_of(t: DemoTenant, steps: int) -> str:
    """The dump's digest of a tenant advanced to `steps`."""
    h = hashlib.sha256()

    def put(value: object) -> None:
        h.update(json.dumps(value, sort_keys=True, ensure_ascii=False).encode())

    for p in t.persons:
        put([getattr(p, f) for f in FIELDS])
        put([t.entra_id(p.key), t.google_id(p.key), t.member_of(p.key)])
        put(graph_render.user_json(t, p, USER_PROPS))
        put(graph_render.manager_ref(t, p))
        if p.in_google:
            put(directory_render.user_json(t, p, "C0123"))
    for g in t.groups:
        put([g.index, g.name, g.kind, g.description, g.nick, list(g.members), g.children,
             t.nested_groups(g.index), t.transitive_members(g.index)])
        put([graph_render.group_json(t, g.index, tuple(graph_render.group_json(
            t, g.index, ("id",)))), directory_render.group_json(t, g.index)])
    put([t.org_unit_paths(), t.events, t.version, sorted(t.leads[0]), t.step])
    put([t.changes_between(0, steps), sorted(t.events_between(steps // 2, steps))])
    return h.hexdigest()


@pytest.mark.parametrize(("size", "steps"), sorted(EXPECTED))
def test_the_tenant_is_the_same_byte_for_byte(size: int, steps: int) -> None:
    assert dump(size, steps) == EXPECTED[(size, steps)]

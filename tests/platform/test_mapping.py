"""Mapping: declared attributes only, data groups, manager, fingerprints, PATCH diffs
that a real server applies to exactly the new state."""

from __future__ import annotations

import random

import pytest
from scim2_models import ResourceType, Schema, ScimProvider
from scim2_server.testserver.application import BEARER_TOKEN_SCHEME
from scim2_server.utils import (
    load_default_resource_types,
    load_default_schemas,
    load_default_service_provider_config,
)

from idp_wizard.demo.scim_platform import DemoPlatform
from idp_wizard.platform import Capabilities, MappedUser, ScimTarget, UserMapper, check_target
from idp_wizard.platform import attributes as a
from idp_wizard.platform.errors import UnmappableUser
from idp_wizard.platform.mapping import fingerprint
from idp_wizard.platform.patch import patch_operations
from tests.platform.helpers import TOKEN, Rig, ScimServerProcess, person

ENT = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"
CORE = "urn:ietf:params:scim:schemas:core:2.0:User"


def narrow_provider() -> ScimProvider:
    """A server whose User schema lacks title and locale, without the enterprise extension."""
    schemas = load_default_schemas()
    user = schemas[CORE]
    user.attributes = [x for x in user.attributes or [] if x.name not in ("title", "locale")]
    types = load_default_resource_types()
    types["User"] = ResourceType.model_validate(
        {**types["User"].model_dump(), "schemaExtensions": None})
    config = load_default_service_provider_config()
    config.authentication_schemes = [BEARER_TOKEN_SCHEME]
    kept: list[Schema] = [s for urn, s in schemas.items() if urn != ENT]
    return ScimProvider.from_discovery(kept, types.values(), config=config)


def test_only_attributes_the_server_declares_are_sent() -> None:
    with DemoPlatform(None, TOKEN, provider=narrow_provider()) as platform:
        report = check_target(platform.base_url, TOKEN, transport=platform.transport())
        caps = report.capabilities
        assert caps.enterprise_user is False
        assert set(report.withheld_attributes) == {"title", "locale", f"{ENT}:department",
                                                   f"{ENT}:organization", f"{ENT}:manager"}
        mapper = UserMapper(caps, manager_lookup=lambda _: "boss-id")
        mapped = mapper.map(person(1, manager_id="dir-00000"))
        assert set(mapped.values) == set(report.sent_attributes)
        with ScimTarget.open(platform.base_url, TOKEN, transport=platform.transport()) as t:
            created = t.users.create(mapped.resource(), mapped.user_name)
            stored = t.users.get(created.user.id).resource or {}
        assert "title" not in stored and "locale" not in stored and ENT not in stored
        assert stored["preferredLanguage"] == "de"


def full_caps(real_server: ScimServerProcess) -> Capabilities:
    return check_target(real_server.url, TOKEN).capabilities


def test_data_groups_choose_what_is_sent(real_server: ScimServerProcess) -> None:
    caps = full_caps(real_server)
    everything = UserMapper(caps, None, lambda _: "boss").map(person(1, manager_id="m"))
    assert len(everything.values) == 15
    base = {a.USER_NAME, a.EXTERNAL_ID, a.GIVEN_NAME, a.FAMILY_NAME, a.DISPLAY_NAME,
            a.ACTIVE, a.WORK_EMAIL}
    only_location = UserMapper(caps, {"location"}).map(person(1, manager_id="m"))
    assert set(only_location.values) == base | {a.WORK_LOCALITY, a.WORK_COUNTRY}
    nothing_optional = UserMapper(caps, set()).map(person(1))
    assert set(nothing_optional.values) == base
    language = UserMapper(caps, {"language"}).map(person(1, language="de", language_raw="de_at"))
    assert (language.values[a.PREFERRED_LANGUAGE], language.values[a.LOCALE]) == ("de", "de-AT")


def test_mapping_values_and_manager(real_server: ScimServerProcess) -> None:
    caps = full_caps(real_server)
    platform_ids = {"dir-00009": "platform-boss"}
    mapper = UserMapper(caps, manager_lookup=platform_ids.get)
    with_boss = mapper.map(person(1, manager_id="dir-00009", enabled=False))
    body = with_boss.resource()
    assert body["userName"] == "user00001@example.com" and body["externalId"] == "dir-00001"
    assert body["name"] == {"givenName": "User", "familyName": "Number1"}
    assert body["emails"] == [{"type": "work", "value": "user00001@example.com",
                               "primary": True}]
    assert body["active"] is False and body["title"] == "Rep"
    assert body["addresses"] == [{"type": "work", "locality": "Berlin", "country": "Germany"}]
    assert body[ENT] == {"department": "Sales", "organization": "ACME",
                         "manager": {"value": "platform-boss"}}
    assert body["schemas"] == [CORE, ENT]
    unknown_boss = mapper.map(person(2, manager_id="dir-99999"))  # not provisioned
    assert a.MANAGER not in unknown_boss.values
    blank = mapper.map(person(3, department="  ", job_title="", company=""))
    assert {a.DEPARTMENT, a.TITLE, a.ORGANIZATION} & set(blank.values) == set()


def test_a_user_without_email_cannot_be_mapped() -> None:
    with pytest.raises(UnmappableUser) as info:
        UserMapper(Capabilities()).map(person(1, email=" "))
    assert str(info.value) == ("User dir-00001 has no e-mail address, which the platform "
                               "needs as the user name.")


def test_fingerprint_is_stable_and_sensitive() -> None:
    values = {"userName": "a@b.c", "active": True, "title": "X"}
    assert fingerprint(values) == fingerprint(dict(reversed(list(values.items()))))
    assert fingerprint(values) != fingerprint({**values, "active": False})
    assert fingerprint(values) != fingerprint({**values, "title": "Y"})
    assert fingerprint({"title": "1"}) != fingerprint({"title": True})
    assert 0 <= fingerprint(values) < 2**63


def test_patch_operations_entra_style() -> None:
    old = MappedUser.of({a.USER_NAME: "a@x", a.TITLE: "Rep", a.WORK_LOCALITY: "Berlin",
                         a.WORK_COUNTRY: "Germany", a.DEPARTMENT: "Sales"})
    new = MappedUser.of({a.USER_NAME: "b@x", a.WORK_LOCALITY: "Hamburg",
                         a.WORK_COUNTRY: "Germany", a.MANAGER: "m1",
                         a.WORK_EMAIL: "b@x"})
    assert patch_operations(old, new) == [
        {"op": "replace", "path": "userName", "value": "b@x"},
        {"op": "remove", "path": "title"},
        {"op": "remove", "path": f"{ENT}:department"},
        {"op": "add", "path": f"{ENT}:manager", "value": {"value": "m1"}},
        {"op": "replace", "path": 'addresses[type eq "work"].locality', "value": "Hamburg"},
        {"op": "add", "path": "emails",
         "value": [{"type": "work", "value": "b@x", "primary": True}]},
    ]
    assert patch_operations(new, new) == []
    gone = MappedUser.of({a.USER_NAME: "b@x"})
    one_by_one = [{"op": "remove", "path": f'addresses[type eq "work"].{sub}'}
                  for sub in ("locality", "country")]
    # Without the platform's resource the element may hold someone else's data.
    assert patch_operations(new, gone)[1:3] == one_by_one
    ours_only = {"addresses": [{"type": "work", "locality": "Hamburg", "country": "Germany"}]}
    assert patch_operations(new, gone, ours_only)[1:2] == [
        {"op": "remove", "path": 'addresses[type eq "work"]'}]
    shared = {"addresses": [{**ours_only["addresses"][0], "streetAddress": "Main St 1"}]}
    assert patch_operations(new, gone, shared)[1:3] == one_by_one
    assert len(patch_operations(new, gone, shared)) == len(patch_operations(new, gone)) == 4
    # Our first value into an element the platform holds: no second "work" element.
    assert patch_operations(gone, new, {"addresses": [{"type": "work", "region": "BE"}]}
                            )[1:3] == [
        {"op": "replace", "path": f'addresses[type eq "work"].{sub}', "value": value}
        for sub, value in (("locality", "Hamburg"), ("country", "Germany"))]


def _mutate(rng: random.Random, i: int) -> dict[str, object]:
    choices: dict[str, object] = {
        "email": f"moved{i}@example.com", "display_name": "", "given_name": "Renamed",
        "department": "", "job_title": "Lead", "location": "", "country": "",
        "company": "Other", "manager_id": "", "language": "en", "language_raw": "",
        "enabled": False, "surname": "",
    }
    keys = rng.sample(sorted(choices), rng.randint(1, 6))
    return {k: choices[k] for k in keys}


def test_patches_applied_by_a_real_server_give_exactly_the_new_state(rig: Rig) -> None:
    """Random changes to random users: after PATCH, what the server holds projects to
    exactly the desired user (the fingerprint the engine stores is the truth)."""
    rng = random.Random(7)
    with rig.open() as target:
        lookup = {"dir-00000": "boss-1"}.get
        mapper = target.mapper(manager_lookup=lookup)
        for i in range(40):
            old = mapper.map(person(i, manager_id="dir-00000" if i % 2 else ""))
            new = mapper.map(person(i, **_mutate(rng, i)))
            created = target.users.create(old.resource(), old.user_name).user
            assert mapper.project(target.users.get(created.id).resource or {}) == old
            # With the resource just read, as the writer does (see element_decided).
            ops = patch_operations(old, new, target.users.get(created.id).resource)
            assert ops, i
            target.users.patch(created.id, ops)
            current = target.users.get(created.id).resource or {}
            assert mapper.project(current) == new, i
            target.users.patch(created.id, patch_operations(new, old, current))  # back
            current = target.users.get(created.id).resource or {}
            assert mapper.project(current) == old, i
            assert len([e for e in current["addresses"] if e["type"] == "work"]) == 1, i

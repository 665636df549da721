"""The embedded platform keeps each resource compact (compressed JSON, not a pydantic
model) and still serves paging, filters, uniqueness and ETags like scim2-server."""

from __future__ import annotations

import httpx

from idp_wizard.demo.scim_platform import DemoPlatform
from tests.platform.helpers import TOKEN, creates, run_push
from tests.platform.test_demo_platform import open_target


def test_resources_are_kept_compact_and_listed_page_by_page() -> None:
    with DemoPlatform(None, token=TOKEN) as platform, open_target(platform) as target:
        mapper = target.mapper()
        run_push(target, creates(mapper, 450), mapper)
        stored = dict.values(platform.storage._resources["User"])
        assert all(isinstance(v, bytes) and len(v) < 600 for v in stored)
        assert platform.count() == 450
        pages = list(target.users.iter_all(page_size=200))
        assert [len(p) for p in pages] == [200, 200, 50]
        ids = [u["id"] for p in pages for u in p]
        assert ids == sorted(ids) and len(set(ids)) == 450  # by id, each once
        found = target.users.find("user00123@example.com")
        assert found is not None and found.resource is not None
        assert found.resource["externalId"] == "dir-00123"
        with httpx.Client(transport=platform.transport(),
                          headers={"Authorization": f"Bearer {TOKEN}"}) as client:
            again = client.post(f"{platform.base_url}/Users", json={
                "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"],
                "userName": "user00123@example.com"})
        assert again.status_code == 409  # uniqueness still holds

"""A large demo tenant is kept in the profile's folder (demo/tenant_cache.py): the kept
tenant is the very tenant a build makes, byte for byte and after churn; a damaged,
foreign or hostile file is never used (nor run) but rebuilt; one file per seed."""

from __future__ import annotations

import gc
import pickle
import stat
from pathlib import Path

import pytest

from idp_wizard.compose import open_app
from idp_wizard.core.records import ProviderName
from idp_wizard.demo import environment, tenant_cache
from idp_wizard.demo.person_table import PersonTable
from idp_wizard.demo.tenant import DemoTenant
from idp_wizard.demo.tenant_cache import kept_tenant, tenant_file
from idp_wizard.paths import ProfilePaths
from tests.demo.test_tenant_dump import EXPECTED, digest_of
from tests.flows import connect


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Where the tenants are kept (tmp_path also holds the test's home folder)."""
    return tmp_path / "tenants"


def _no_build(monkeypatch: pytest.MonkeyPatch) -> None:
    """From now on, making a tenant fails (loading one does not make it)."""
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the tenant was built again")
    monkeypatch.setattr(DemoTenant, "__init__", refuse)


def test_the_kept_tenant_is_the_built_one_byte_for_byte_and_after_churn(
        folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    built = kept_tenant(folder, 2_000, 3, "contoso.example")  # built, then kept
    path = tenant_file(folder, 2_000, 3, "contoso.example")
    assert path is not None and path.is_file()
    assert [p.name for p in folder.iterdir()] == [path.name]
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    _no_build(monkeypatch)
    loaded = kept_tenant(folder, 2_000, 3, "contoso.example")
    assert loaded is not built
    assert digest_of(loaded, 0) == EXPECTED[(2_000, 0)]
    loaded.advance_to(40)  # churn applies to the kept tenant as to a built one
    assert digest_of(loaded, 40) == EXPECTED[(2_000, 40)]
    # Churn never reaches the file: the next load starts from step 0 again.
    assert kept_tenant(folder, 2_000, 3, "contoso.example").step == 0


def test_another_size_seed_or_domain_is_another_tenant(folder: Path) -> None:
    kept_tenant(folder, 300, 3, "contoso.example")
    other_seed = kept_tenant(folder, 300, 4, "contoso.example")
    assert (other_seed.seed, other_seed.size) == (4, 300)
    other_domain = kept_tenant(folder, 300, 4, "fabrikam.example")
    assert other_domain.domain == "fabrikam.example"
    resized = kept_tenant(folder, 350, 3, "contoso.example")
    assert resized.size == 350 and len(resized.persons) == 350
    # One file per seed: the seed-3 tenant of 300 was replaced by the one of 350, and
    # seed 4's file holds its latest tenant (fabrikam).
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        [tenant_file(folder, 350, 3, "contoso.example").name,  # type: ignore[union-attr]
         tenant_file(folder, 300, 4, "fabrikam.example").name])  # type: ignore[union-attr]


def test_a_damaged_file_is_rebuilt_and_replaced(tmp_path: Path) -> None:
    path = tenant_file(tmp_path, 300, 3, "contoso.example")
    assert path is not None
    kept_tenant(tmp_path, 300, 3, "contoso.example")
    good = path.read_bytes()
    path.write_bytes(good[: len(good) // 2])  # truncated
    tenant = kept_tenant(tmp_path, 300, 3, "contoso.example")
    assert len(tenant.persons) == 300
    assert path.read_bytes() == good  # written again, whole


def test_a_file_holding_another_tenant_is_not_used(tmp_path: Path) -> None:
    path = tenant_file(tmp_path, 300, 3, "contoso.example")
    assert path is not None
    path.write_bytes(pickle.dumps(DemoTenant(250, seed=3)))  # the wrong size
    assert len(kept_tenant(tmp_path, 300, 3, "contoso.example").persons) == 300
    path.write_bytes(pickle.dumps(DemoTenant(300, seed=3, churn_steps=2)))  # churned
    assert kept_tenant(tmp_path, 300, 3, "contoso.example").step == 0


class _Hostile:
    """Unpickling this would create `marker`: what any code in a pickle could do."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[object, tuple[str, str]]:
        return open, (str(self.marker), "w")


def test_a_file_naming_anything_else_is_refused_not_run(tmp_path: Path) -> None:
    path = tenant_file(tmp_path, 300, 3, "contoso.example")
    assert path is not None
    marker = tmp_path / "ran"
    path.write_bytes(pickle.dumps(_Hostile(marker)))
    tenant = kept_tenant(tmp_path, 300, 3, "contoso.example")
    assert not marker.exists()
    assert len(tenant.persons) == 300


def test_an_unwritable_folder_still_gives_the_tenant(tmp_path: Path) -> None:
    blocked = tmp_path / "a file, not a folder"
    blocked.write_text("")
    tenant = kept_tenant(blocked / "tenants", 300, 3, "contoso.example")
    assert len(tenant.persons) == 300
    assert blocked.read_text() == ""


def test_without_the_demo_sources_nothing_is_kept(folder: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tenant_cache, "_CODE", folder / "frozen")  # no .py files there
    assert tenant_file(folder, 300, 3, "contoso.example") is None
    assert len(kept_tenant(folder, 300, 3, "contoso.example").persons) == 300
    assert not folder.exists()


def test_a_demo_profile_keeps_its_large_tenant_for_the_next_process(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(environment, "LARGE_TENANT", 300)
    paths = ProfilePaths(tmp_path, demo=True)
    app = open_app(paths, demo_size=400)
    connect(app, ProviderName.ENTRA)
    assert app.demo is not None
    app.demo.simulate_changes(3)
    first = app.demo.backend().tenant
    app.close()
    folder = tmp_path / environment.TENANTS_FOLDER
    assert len(list(folder.glob("tenant-0-*.pickle"))) == 1
    _no_build(monkeypatch)
    again = open_app(paths)  # the next command: the kept tenant, churned as recorded
    assert again.demo is not None
    tenant = again.demo.backend().tenant
    assert tenant.step == first.step == 3
    assert tenant.events == first.events
    assert [tuple(p)[:-1] for p in tenant.persons] == [tuple(p)[:-1] for p in first.persons]
    again.close()


def test_a_small_tenant_is_not_kept(tmp_path: Path) -> None:
    app = open_app(ProfilePaths(tmp_path, demo=True), demo_size=400)
    connect(app, ProviderName.ENTRA)
    app.close()
    assert not (tmp_path / environment.TENANTS_FOLDER).exists()


def _layout(obj: object) -> int:
    """How many objects the instance refers to, as the garbage collector sees them: its
    class and each attribute while CPython keeps them in its compact layout, its class
    and one dict once its `__dict__` was asked for (what slowed every attribute read)."""
    return len(gc.get_referents(obj))


def test_keeping_and_loading_a_tenant_leaves_its_attribute_layout_as_built(
        folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fresh = DemoTenant(size=300, seed=3)
    compact = (_layout(fresh), _layout(fresh.persons))
    assert compact[0] > 2 and compact[1] > 2  # in the compact layout (CPython)
    built = kept_tenant(folder, 300, 3, "contoso.example")  # built, then pickled
    assert (_layout(built), _layout(built.persons)) == compact
    _no_build(monkeypatch)
    loaded = kept_tenant(folder, 300, 3, "contoso.example")
    assert loaded is not built
    assert (_layout(loaded), _layout(loaded.persons)) == compact


def test_what_is_kept_names_every_attribute_but_the_rendered_answers() -> None:
    tenant = DemoTenant(size=300, seed=3)
    tenant.persons.rendered[("id",)] = ({}, (True,))  # made per process, by id()
    assert sorted(type(tenant)._kept) == sorted(vars(tenant))
    assert sorted(PersonTable._kept) == sorted(set(vars(tenant.persons)) - {"rendered"})
    loaded = pickle.loads(pickle.dumps(tenant))
    assert loaded.persons.rendered == {}
    assert {k: v for k, v in vars(loaded.persons).items() if k != "rendered"} == {
        k: v for k, v in vars(tenant.persons).items() if k != "rendered"}
    # (Groups have no equality: the digest test above compares what they render.)
    assert {k: v for k, v in vars(loaded).items() if k not in ("persons", "groups")} == {
        k: v for k, v in vars(tenant).items() if k not in ("persons", "groups")}
    assert len(loaded.groups) == len(tenant.groups) == 36

"""The wizard's flow without Qt: order per mode, Back and Cancel rules."""

from __future__ import annotations

from pathlib import Path

import pytest

from idp_wizard.core.connection import Connection, ConnectionState
from idp_wizard.core.filter_spec import FilterSpec
from idp_wizard.core.records import ProviderName
from idp_wizard.core.wizard import (
    DataOptions,
    Step,
    Undo,
    WizardData,
    WizardMode,
    can_cancel,
    can_go_back,
    cancel,
    first_step,
    go_back,
    next_step,
    step_done,
    steps,
)


def conn() -> Connection:
    return Connection(ProviderName.ENTRA, ConnectionState.CONNECTING)


def walk(mode: WizardMode, platform_needed: bool = True) -> list[Step]:
    data, out = WizardData(platform_needed=platform_needed), []
    step: Step | None = first_step(mode)
    while step is not None:
        out.append(step)
        step = next_step(step, data, mode)
    return out


def test_core_wizard_never_imports_qt() -> None:
    import idp_wizard.core.wizard as w
    assert "PySide6" not in Path(w.__file__).read_text(encoding="utf-8")


@pytest.mark.parametrize(("mode", "expected"), [
    (WizardMode.NEW, [Step.PROVIDER, Step.DATA_OPTIONS, Step.SIGN_IN, Step.PERMISSIONS,
                      Step.FILTERING, Step.PLATFORM, Step.FINISH]),
    (WizardMode.REAUTHORIZE, [Step.SIGN_IN, Step.PERMISSIONS, Step.FINISH]),
    (WizardMode.EDIT_FILTERS, [Step.FILTERING, Step.FINISH]),
])
def test_order_per_mode(mode: WizardMode, expected: list[Step]) -> None:
    assert walk(mode) == expected == list(steps(mode))


def test_step_done_gates_each_step() -> None:
    data, mode = WizardData(), WizardMode.NEW
    assert not step_done(Step.PROVIDER, data, mode)
    data.provider = ProviderName.GOOGLE
    assert step_done(Step.PROVIDER, data, mode)
    assert step_done(Step.DATA_OPTIONS, data, mode)
    assert not step_done(Step.SIGN_IN, data, mode)
    data.connection = conn()
    assert step_done(Step.SIGN_IN, data, mode)
    assert not step_done(Step.PERMISSIONS, data, mode)
    data.permissions_accepted = True
    assert not step_done(Step.FILTERING, data, mode)
    data.committed = True
    assert step_done(Step.FILTERING, data, mode)
    assert not step_done(Step.FINISH, data, mode)
    data.sync_finished = True
    assert step_done(Step.FINISH, data, mode)


def test_no_back_from_first_step_or_after_saving() -> None:
    data, mode = WizardData(provider=ProviderName.ENTRA), WizardMode.NEW
    assert not can_go_back(Step.PROVIDER, data, mode)
    assert can_go_back(Step.DATA_OPTIONS, data, mode)
    assert can_go_back(Step.FILTERING, data, mode)
    data.committed = True
    assert not can_go_back(Step.FILTERING, data, mode)
    assert not can_go_back(Step.FINISH, data, mode)
    assert not can_go_back(Step.FILTERING, WizardData(), WizardMode.EDIT_FILTERS)
    assert not can_go_back(Step.SIGN_IN, WizardData(), WizardMode.REAUTHORIZE)
    with pytest.raises(ValueError):
        go_back(Step.PROVIDER, data, mode)


def test_no_back_once_the_sync_started() -> None:
    data = WizardData(sync_started=True)
    assert not can_go_back(Step.FILTERING, data, WizardMode.NEW)


def test_back_from_permissions_discards_the_sign_in() -> None:
    data = WizardData(provider=ProviderName.ENTRA, connection=conn(),
                      permissions_accepted=True, spec=FilterSpec(include_guests=True))
    previous, undo = go_back(Step.PERMISSIONS, data, WizardMode.NEW)
    assert (previous, undo) == (Step.SIGN_IN, Undo.ABANDON_SIGN_IN)
    assert data.connection is None and not data.permissions_accepted
    assert data.spec == FilterSpec.default()
    assert data.provider is ProviderName.ENTRA  # the choice of provider stays


def test_back_elsewhere_undoes_nothing() -> None:
    data = WizardData(provider=ProviderName.ENTRA, connection=conn())
    assert go_back(Step.FILTERING, data, WizardMode.NEW) == (Step.PERMISSIONS, Undo.NOTHING)
    assert data.connection is not None
    assert go_back(Step.SIGN_IN, WizardData(), WizardMode.NEW) == (Step.DATA_OPTIONS,
                                                                   Undo.NOTHING)


def test_cancel_before_share_abandons_the_sign_in() -> None:
    data = WizardData(provider=ProviderName.ENTRA, connection=conn())
    assert can_cancel(Step.FILTERING, data, WizardMode.NEW)
    assert cancel(Step.FILTERING, data, WizardMode.NEW) is Undo.ABANDON_SIGN_IN
    assert data.connection is None
    assert cancel(Step.PROVIDER, WizardData(), WizardMode.NEW) is Undo.NOTHING


def test_cancel_after_saving_undoes_nothing() -> None:
    data = WizardData(connection=conn(), committed=True)
    assert not can_cancel(Step.FINISH, data, WizardMode.NEW)
    assert cancel(Step.FINISH, data, WizardMode.NEW) is Undo.NOTHING
    assert data.connection is not None


def test_cancel_never_abandons_the_saved_connection_when_editing_filters() -> None:
    data = WizardData(connection=conn())
    assert cancel(Step.FILTERING, data, WizardMode.EDIT_FILTERS) is Undo.NOTHING
    assert data.connection is not None


def test_reauthorizing_never_abandons_the_saved_credentials() -> None:
    data = WizardData(connection=conn())
    assert cancel(Step.PERMISSIONS, data, WizardMode.REAUTHORIZE) is Undo.NOTHING
    data = WizardData(connection=conn())
    assert go_back(Step.PERMISSIONS, data, WizardMode.REAUTHORIZE) == (Step.SIGN_IN,
                                                                       Undo.NOTHING)
    assert data.connection is None  # but the next sign-in starts afresh


def test_data_options_always_sync_profile_and_email() -> None:
    assert DataOptions().synced_groups() == [
        "profile", "email", "organisation", "location", "language", "groups"]
    assert DataOptions(location=False, groups=False).synced_groups() == [
        "profile", "email", "organisation", "language"]

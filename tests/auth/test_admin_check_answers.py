"""Sign-in with an administrator check whose answer was altered on the way: the admin
reads that the answer could not be read, not that they lack the role, and nothing is
kept (the real MSAL and google-auth-oauthlib flows against the auth fakes)."""

from __future__ import annotations

from pathlib import Path

import pytest

from idp_wizard.core.errors import MissingAdminRole, ProviderError
from idp_wizard.core.records import ProviderName
from idp_wizard.sign_in import SignInOptions
from tests.flows import connect
from tests.providers.test_hostile_admin_check import (
    GOOGLE_UNREADABLE,
    GRAPH_UNREADABLE,
    alter_account,
    alter_roles,
    the_role_as,
)

from .conftest import ENTRA, Fakes
from .test_hostile_sign_in import assert_nothing_kept


def test_entra_sign_in_with_an_unreadable_role_entry_is_no_missing_role(
        fakes: Fakes) -> None:
    """Before: "admin@… is not a Global Administrator of the tenant. Sign in with a
    Global Administrator account" to the Global Administrator who signed in."""
    alter_roles(fakes.backend, the_role_as(lambda entry: entry["id"]))
    app = fakes.app()
    with pytest.raises(ProviderError) as info:
        connect(app, ProviderName.ENTRA, ENTRA)
    assert not isinstance(info.value, MissingAdminRole)
    assert str(info.value) == GRAPH_UNREADABLE
    assert_nothing_kept(fakes, app, info.value)


def test_google_sign_in_with_an_unreadable_is_admin_is_no_missing_role(
        fakes: Fakes, google_file: Path) -> None:
    """Before: "… is not a super administrator of the Google Workspace account"."""
    alter_account(fakes.backend, lambda user: {**user, "isAdmin": "true"})
    app = fakes.app()
    with pytest.raises(ProviderError) as info:
        connect(app, ProviderName.GOOGLE, SignInOptions(client_secret_file=google_file))
    assert not isinstance(info.value, MissingAdminRole)
    assert str(info.value) == GOOGLE_UNREADABLE
    assert_nothing_kept(fakes, app, info.value)

"""The wizard's platform step (no Qt): shown only while the client has no target,
gated by a saved (or postponed) target, driven through the engine."""

from __future__ import annotations

from pathlib import Path

import pytest

from idp_wizard.compose import open_app
from idp_wizard.core.records import ProviderName
from idp_wizard.core.wizard import Step, WizardData, WizardMode, next_step, step_done
from idp_wizard.core.wizard_engine import WizardEngine
from idp_wizard.demo.scim_constants import DEMO_SCIM_URL
from idp_wizard.paths import ProfilePaths
from tests.core.test_wizard import walk


def test_the_platform_step_comes_before_finish_only_when_needed() -> None:
    full = walk(WizardMode.NEW)
    assert full[-2:] == [Step.PLATFORM, Step.FINISH]
    assert walk(WizardMode.NEW, platform_needed=False) == [s for s in full
                                                          if s is not Step.PLATFORM]
    data = WizardData(platform_needed=True)
    assert next_step(Step.FILTERING, data, WizardMode.NEW) is Step.PLATFORM
    assert not step_done(Step.PLATFORM, data, WizardMode.NEW)
    data.platform_done = True
    assert step_done(Step.PLATFORM, data, WizardMode.NEW)


@pytest.mark.platform
def test_demo_engine_offers_the_embedded_platform_and_saves_it(tmp_path: Path) -> None:
    app = open_app(ProfilePaths(tmp_path, demo=True), demo_size=20)
    engine = WizardEngine(app, WizardMode.NEW)
    assert engine.data.platform_needed  # a default is not a saved target
    assert engine.platform_prefill() == DEMO_SCIM_URL
    assert not engine.platform_token_needed(DEMO_SCIM_URL)
    assert engine.platform_token_needed("https://scim.example.com/v2")
    report = engine.test_platform(DEMO_SCIM_URL, None)
    assert report.base_url == DEMO_SCIM_URL and report.capabilities.bulk.usable
    assert app.platform.saved() is None  # a test saves nothing
    engine.choose_provider(ProviderName.ENTRA)
    engine.sign_in()
    engine.save_platform(DEMO_SCIM_URL, None)
    saved = app.platform.saved()
    assert engine.data.platform_done and saved is not None and saved.embedded
    assert not WizardEngine(app, WizardMode.NEW).data.platform_needed
    app.close()


def test_without_the_embedded_platform_nothing_is_prefilled(tmp_path: Path) -> None:
    app = open_app(ProfilePaths(tmp_path, demo=True), demo_size=20)  # switched off here
    engine = WizardEngine(app, WizardMode.NEW)
    assert engine.data.platform_needed and engine.platform_prefill() == ""
    engine.skip_platform()
    assert step_done(Step.PLATFORM, engine.data, WizardMode.NEW)
    app.close()

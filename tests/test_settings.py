"""Settings resolve from defaults, environment and overrides, in that order."""

import pytest

from verify.errors import BadSetting
from verify.settings import BUNDLED_MODEL, Settings, table


def test_defaults_then_environment_then_overrides():
    env = {"VERIFY_SEMANTIC_MIN": "0.7", "VERIFY_MODEL": "/models/mine"}
    settings = Settings.load(env, model="other-model", threads=None)
    assert settings.semantic_min == 0.7
    assert settings.model == "other-model"
    assert settings.threads == 0
    assert Settings.load({}).model == BUNDLED_MODEL


def test_bad_environment_value_names_the_variable():
    with pytest.raises(BadSetting, match="VERIFY_THREADS"):
        Settings.load({"VERIFY_THREADS": "many"})


def test_every_setting_is_documented():
    for name, _default, help_text in table():
        assert len(help_text) > 20, f"setting {name} needs a real help text"

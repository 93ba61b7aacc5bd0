"""Settings resolve from defaults, environment and overrides, in that order; each is read."""

import ast
import re
from dataclasses import fields
from pathlib import Path

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


def test_every_setting_is_read_by_the_package():
    """A setting nothing reads would let a user tune a number that changes nothing."""
    package = Path(__file__).resolve().parents[1] / "verify"
    source = package / "settings.py"
    read = {
        name
        for path in package.rglob("*.py")
        if path != source
        for name in re.findall(r"\bsettings\.(\w+)", path.read_text(encoding="utf-8"))
    }
    for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
        if isinstance(node, ast.FunctionDef) and node.name in read:  # a property: its fields
            read |= {n.attr for n in ast.walk(node) if isinstance(n, ast.Attribute)}
    unread = [f.name for f in fields(Settings) if f.name not in read]
    assert not unread, f"settings nothing in verify/ reads: {unread}"


@pytest.mark.parametrize(
    ("raw", "want"), [("true", True), ("1", True), ("No", False), ("off", False)]
)
def test_a_yes_or_no_setting_reads_its_words(raw, want):
    assert Settings.load({"VERIFY_PROVISIONAL_FLAGS": raw}).provisional_flags is want


def test_a_yes_or_no_setting_refuses_other_words():
    with pytest.raises(BadSetting, match="VERIFY_PROVISIONAL_FLAGS"):
        Settings.load({"VERIFY_PROVISIONAL_FLAGS": "maybe"})

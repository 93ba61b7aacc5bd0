"""Every command and setting is documented where a user looks for it."""

from pathlib import Path

from click.testing import CliRunner

from verify.cli import COMMAND_MODULES, main
from verify.settings import table

README = (Path(__file__).resolve().parent.parent / "README.md").read_text()


def test_every_command_has_help_and_is_in_the_readme():
    runner = CliRunner()
    for name in main.list_commands(None):
        command = main.get_command(None, name)
        assert command is not None and command.name == name, f"`verify {name}` is not defined"
        assert command.help and len(command.help) > 20, f"`verify {name}` needs a help text"
        assert runner.invoke(main, [name, "--help"]).exit_code == 0
        assert f"verify {name}" in README, f"README does not show `verify {name}`"


def test_every_command_module_is_in_the_command_table():
    """Commands load lazily from COMMAND_MODULES: a command missing there would vanish."""
    import importlib
    import pkgutil

    import verify.cli

    defined = {
        command.name
        for info in pkgutil.iter_modules(verify.cli.__path__)
        for command in getattr(importlib.import_module(f"verify.cli.{info.name}"), "COMMANDS", [])
    }
    assert defined == set(COMMAND_MODULES)


def test_settings_command_lists_every_setting():
    output = CliRunner().invoke(main, ["settings"], terminal_width=200).output
    for name, _default, _help in table():
        assert name in output


def test_readme_shows_the_two_setup_commands():
    assert "make demo" in README and "make test" in README

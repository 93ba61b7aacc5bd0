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
        shown = runner.invoke(main, [name, "--help"])
        assert shown.exit_code == 0
        assert "Examples:" in shown.output, f"`verify {name} --help` shows no examples"
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


def test_every_command_names_its_output_option_the_same():
    """One name for 'where to write': --output / -o, never --out."""
    import click

    def commands(group):
        for name in group.list_commands(None):
            command = group.get_command(None, name)
            yield command
            if isinstance(command, click.Group):
                yield from commands(command)

    for command in commands(main):
        names = {opt for param in command.params for opt in getattr(param, "opts", [])}
        assert "--out" not in names, f"`verify {command.name}` says --out, not --output"

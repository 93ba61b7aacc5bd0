"""The `verify` command line: a thin shell over the core.

Each command lives in its own module and only parses arguments, calls one core
function and renders the result. ``VerifyError`` becomes one line on stderr and
exit code 2 here, at the edge, and nowhere else.
"""

from __future__ import annotations

import importlib
import sys

import click

from verify.errors import VerifyError

EXIT_BAD_INPUT = 2


COMMAND_MODULES = {
    "report": "report",
    "extract": "extract",
    "check": "check",
    "review": "review",
    "synth": "synth",
    "batch": "batch",
    "settings": "util",
    "schema": "util",
    "build-model": "util",
}
"""Which module of verify.cli defines each command: imported only when the command
runs (or help lists it), so `verify check` never pays for batch's or review's imports."""


class VerifyGroup(click.Group):
    """A click group that turns the project's errors into one line and exit 2, and
    imports each command's module on first use."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(COMMAND_MODULES)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name not in self.commands and name in COMMAND_MODULES:
            module = importlib.import_module(f"verify.cli.{COMMAND_MODULES[name]}")
            for command in module.COMMANDS:
                self.add_command(command)
        return self.commands.get(name)

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except VerifyError as exc:
            report_error(exc)
            ctx.exit(EXIT_BAD_INPUT)


def report_error(exc: VerifyError) -> None:
    """Print one error line to stderr, for commands that carry on after a bad input."""
    click.secho(f"verify: {exc}", fg="red", err=True)


@click.group(cls=VerifyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="verify")
def main() -> None:
    """Check council press releases about Ofsted inspections against the report."""


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

"""The `verify` command line: a thin shell over the core.

Each command lives in its own module and only parses arguments, calls one core
function and renders the result. ``VerifyError`` becomes one line on stderr and
exit code 2 here, at the edge, and nowhere else.
"""

from __future__ import annotations

import sys

import click

from verify.errors import VerifyError

EXIT_BAD_INPUT = 2


class VerifyGroup(click.Group):
    """A click group that turns the project's errors into one line and exit 2."""

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


def _register() -> None:
    """Add every command in one place (no import side effects elsewhere)."""
    from verify.cli import archive, batch, check, extract, report, review, synth, util

    for module in (report, extract, check, review, synth, batch, archive, util):
        for command in module.COMMANDS:
            main.add_command(command)


_register()

if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

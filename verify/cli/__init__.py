"""The `verify` command line: a thin shell over the core.

Each command lives in its own module and only parses arguments, calls one core
function and renders the result. ``VerifyError`` becomes one line on stderr and
exit code 2 here, at the edge, and nowhere else.
"""

from __future__ import annotations

import importlib
import logging
import os
import sys
import tempfile
from pathlib import Path

import click

from verify.errors import UnwritableOutput, VerifyError
from verify.render.plain import plain

EXIT_BAD_INPUT = 2

provisional_flags = click.option(
    "--provisional-flags",
    "provisional",
    is_flag=True,
    help="Also raise the flags of provisional checks, not yet borne out on real releases "
    "(docs/FLAGS.md; the provisional_flags setting, VERIFY_PROVISIONAL_FLAGS).",
)
"""The option of `check` and `batch` that raises the provisional checks' flags."""


COMMAND_MODULES = {
    "report": "report",
    "extract": "extract",
    "check": "check",
    "review": "review",
    "synth": "synth",
    "batch": "batch",
    "archive": "archive",
    "serve": "serve",
    "export": "serve",
    "settings": "util",
    "schema": "util",
    "build-model": "util",
}
"""Which module of verify.cli defines each command: imported only when the command
runs (or help lists it), so `verify check` never pays for batch's or review's imports."""


class VerifyGroup(click.Group):
    """A click group that turns the project's errors into one line and exit 2, and
    imports each command's module on first use.

    An ``OSError`` that reaches here (a folder that cannot be written, a file that
    cannot be read) is the user's environment, not a bug: one line too.
    """

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
        except OSError as exc:
            where = exc.filename if exc.filename is not None else "verify"
            problem = f"{plain(str(where))}: {exc.strerror or exc}"
            click.secho(
                f"verify: {problem}; check the path and its permissions", fg="red", err=True
            )
            ctx.exit(EXIT_BAD_INPUT)


def report_error(exc: VerifyError) -> None:
    """Print one error line to stderr, for commands that carry on after a bad input."""
    click.secho(f"verify: {plain(str(exc))}", fg="red", err=True)


def warn(message: str) -> None:
    """One warning line on stderr (the run went on)."""
    click.secho(f"verify: {plain(message)}", fg="yellow", err=True)


def writable_target(path: Path) -> None:
    """Refuse an output path that cannot be written, before any work is done."""
    folder = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise UnwritableOutput(str(path), "it is a folder; name a file")
    if not folder.is_dir():
        raise UnwritableOutput(str(path), f"no folder {folder}")
    if not os.access(folder, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        raise UnwritableOutput(str(path), "permission denied")


def write_atomically(path: Path, text: str) -> None:
    """Replace ``path`` with ``text`` in one step: an earlier file survives a failed write."""
    mode = path.stat().st_mode & 0o777 if path.exists() else 0o644
    tmp = None
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except OSError as exc:
        if tmp:
            Path(tmp).unlink(missing_ok=True)
        raise UnwritableOutput(str(path), exc.strerror or str(exc)) from exc


class _WarningLine(logging.Handler):
    """Shows the core's logged warnings (a damaged cache entry rebuilt...) as one line each."""

    def emit(self, record: logging.LogRecord) -> None:
        warn(f"warning: {record.getMessage()}")


def show_warnings() -> None:
    """Route the ``verify`` logger's warnings to stderr, once per process."""
    logger = logging.getLogger("verify")
    if not any(isinstance(h, _WarningLine) for h in logger.handlers):
        logger.addHandler(_WarningLine(logging.WARNING))
        logger.propagate = False


@click.group(cls=VerifyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="verify")
def main() -> None:
    """Check council press releases about Ofsted inspections against the report."""
    show_warnings()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

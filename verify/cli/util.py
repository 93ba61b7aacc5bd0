"""Small commands about `verify` itself: its settings, its JSON schema, its model."""

from __future__ import annotations

import json
from pathlib import Path

import click
from rich.console import Console
from rich.table import Table

from verify import settings as settings_module
from verify.types import CheckResult


@click.command("settings")
def settings_command() -> None:
    """List every setting with its default and meaning (override with VERIFY_<NAME>).

    \b
    Examples:
      verify settings
      VERIFY_MODEL=/models/my-minilm verify check release.html report.pdf
    """
    table = Table("setting", "default", "meaning", title="verify settings")
    for name, default, help_text in settings_module.table():
        table.add_row(name, str(default), help_text)
    Console().print(table)


@click.command("schema")
def schema_command() -> None:
    """Print the JSON schema of `verify check --format json` output.

    \b
    Examples:
      verify schema > check-result.schema.json
    """
    click.echo(json.dumps(CheckResult.model_json_schema(), indent=2))


@click.command("build-model")
def build_model_command() -> None:
    """Build the bundled model's int8 ONNX graph now (else the first check builds it).

    `make install` runs this, so a first check does not wait for the export.

    \b
    Examples:
      verify build-model      # once after install; `make install` runs it
    """
    from verify.match.bundled import onnx_model
    from verify.settings import from_environment

    model = onnx_model(Path(from_environment().model_cache_dir))
    click.echo(f"{model.graph} sha256 {model.sha256}")


COMMANDS = [settings_command, schema_command, build_model_command]

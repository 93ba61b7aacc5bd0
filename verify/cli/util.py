"""Small commands about `verify` itself: its settings and its JSON schema."""

from __future__ import annotations

import json

import click
from rich.console import Console
from rich.table import Table

from verify import settings as settings_module
from verify.types import CheckResult


@click.command("settings")
def settings_command() -> None:
    """List every setting with its default and meaning (override with VERIFY_<NAME>)."""
    table = Table("setting", "default", "meaning", title="verify settings")
    for name, default, help_text in settings_module.table():
        table.add_row(name, str(default), help_text)
    Console().print(table)


@click.command("schema")
def schema_command() -> None:
    """Print the JSON schema of `verify check --format json` output."""
    click.echo(json.dumps(CheckResult.model_json_schema(), indent=2))


COMMANDS = [settings_command, schema_command]

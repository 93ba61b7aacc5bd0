"""Fixtures of the hostile-input suite: the command line run as a user would run it."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from click.testing import CliRunner
from hostile_inputs import WHAT_TO_DO


@dataclass
class Run:
    code: int
    stdout: str
    stderr: str

    def one_line_error(self, *names: str) -> str:
        """The run's stderr is one line, naming every ``names`` and saying what to do."""
        lines = [line for line in self.stderr.splitlines() if line.strip()]
        assert len(lines) == 1, f"expected one error line, got {self.stderr!r}"
        line = lines[0]
        assert line.startswith("verify: "), line
        assert "Traceback" not in self.stderr
        for name in names:
            assert name in line, f"{name!r} not named in {line!r}"
        assert any(f"{verb} " in line for verb in WHAT_TO_DO), f"no advice in {line!r}"
        return line


@pytest.fixture()
def cli(tmp_path, monkeypatch):
    """Run ``verify ARGS`` in this process with a private cache; stdin from ``input``."""
    from verify.cli import main

    monkeypatch.setenv("VERIFY_CACHE_DIR", str(tmp_path / "cache"))

    def run(*args: str, input: bytes | str | None = None) -> Run:
        result = CliRunner().invoke(main, list(args), input=input)
        if result.exception and not isinstance(result.exception, SystemExit):
            raise result.exception
        return Run(result.exit_code, result.stdout, result.stderr)

    return run

"""JSON output: the ``CheckResult`` model as published by verify/schema/."""

from __future__ import annotations

from verify.types import CheckResult


def render(result: CheckResult) -> str:
    return result.model_dump_json(indent=2)

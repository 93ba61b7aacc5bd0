"""What the sets of releases derived from real text share (``quoteback_set``,
``framings_set``): a release with the report it is checked against and the half its
council falls in, and each release checked as a user's check would be, once with each
encoder (the bundled model and the stand-in)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from rich.table import Table

from verify.evaluation.halves import HALVES, half
from verify.settings import TEST_MODEL, Settings

if TYPE_CHECKING:
    from verify.evaluation.run import EvalRun
    from verify.match import Encoder
    from verify.types import CheckResult


@dataclass(frozen=True)
class Derived:
    """One derived release (``name``, unique in its set), checked against ``folder``'s
    report ``report``; ``items`` are what its set scores in it."""

    name: str
    folder: str
    report: str
    text: str
    items: tuple[Any, ...]
    salt: ClassVar[str]
    """The salt of the set's halves (``verify.evaluation.halves``): each set must set its
    own (no default: a set that forgot it would get ``metamorph``'s unsalted halves)."""

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if not isinstance(getattr(cls, "salt", None), str):
            raise TypeError(f"{cls.__name__} sets no salt for its halves")

    @property
    def half(self) -> str:
        return half(self.folder, self.salt)


Score = Callable[[Any, "CheckResult", str], list]
"""A set's scoring of one release: (release, the tool's result, the report's text) -> rows."""


def check_set(
    releases: Sequence[Derived],
    shared: Path,
    settings: Settings,
    encoder: Encoder,
    folder: Path,
    score: Score,
) -> list:
    """Each release written under ``folder``, checked against its report and scored."""
    from verify.pipeline import run_check

    reports_dir = shared / "corpora" / "ofsted" / "reports"
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for release in releases:
        path = folder / f"{release.name}.txt"
        path.write_text(release.text, encoding="utf-8")
        report = reports_dir / release.folder / release.report
        run = run_check(str(path), [str(report)], [], settings, encoder)
        out += score(release, run.result, run.reports[0].text)
    return out


def with_each_encoder(ev: EvalRun, releases: Sequence[Derived], score: Score) -> dict[str, list]:
    """The set checked with the run's model (``minilm``) and the stand-in, each scored."""
    from verify.match import Encoder

    settings = ev.settings(ev.archive)
    out = {}
    for name, model in (("minilm", settings.model), ("stand-in", TEST_MODEL)):
        chosen = replace(settings, model=model)
        encoder = ev.encoder if model == settings.model else Encoder(chosen)
        out[name] = check_set(releases, ev.shared, chosen, encoder, ev.scratch / name, score)
    return out


def halves_table(
    title: str,
    columns: Sequence[str],
    by_encoder: dict[str, list],
    figures: Callable[[list], list[str]],
    baseline: tuple[str, Callable[[list], list[str]]],
) -> Table:
    """Each half's ``figures`` with each encoder, then the baseline's (named first in
    ``baseline``) on the same rows: a baseline does not depend on the encoder."""
    table = Table("half", "who", *columns, title=title)
    for name in HALVES:
        for encoder, scored in by_encoder.items():
            rows = [s for s in scored if s.release.half == name]
            table.add_row(name, encoder, *figures(rows))
        table.add_row(name, baseline[0], *baseline[1](rows))
    return table

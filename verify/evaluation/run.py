"""One `make eval` run: what its sections share.

Every section reads the same ../shared and scores the parts asked for. Those that check
seed and real articles write parsed reports to the same folder (``--cache``, else a
temporary one for the run) and use one encoder, so the model is loaded once and each
report parsed once; the synthetic section checks its cached set as a batch does, with
the user's settings (``verify.evaluation.synthetic.the_set``). The dev and
history sections check the same real articles with the same archive: each is checked
once (``check``) and both read the result.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path

from rich.console import Console

from verify.evaluation.shared_archive import shared_archive
from verify.match import Encoder
from verify.pipeline import CheckRun, run_check
from verify.settings import Settings

PARTS = ("dev", "test")
"""The parts of the real development set (corpora/gold/dev/split.json)."""


@dataclass
class EvalRun:
    """The options of one run (``--shared``, ``--part``, ``--cache``, ``--no-archive``) and
    what its sections load once: the folder, the encoder, the archive, checked articles."""

    shared: Path
    console: Console
    cache: str | None = None
    with_archive: bool = True
    parts: tuple[str, ...] = PARTS
    calibrate: bool = False
    """Write the dev part's calibration (``verify/check/calibration.json``)."""
    base: Settings = field(default_factory=Settings)
    """Every setting but the folder and the archive (the model among them)."""
    _checked: dict[tuple, CheckRun] = field(default_factory=dict, repr=False)

    @cached_property
    def scratch(self) -> Path:
        """A temporary folder for the run, removed at exit: never the user's own files."""
        folder = Path(tempfile.mkdtemp(prefix="verify-eval-"))
        atexit.register(shutil.rmtree, folder, ignore_errors=True)
        return folder

    @cached_property
    def folder(self) -> str:
        """Where parsed reports (and the archive) go: ``--cache`` when given, kept between
        runs, else the run's scratch folder."""
        return self.cache or str(self.scratch)

    @cached_property
    def encoder(self) -> Encoder:
        return Encoder(self.settings())

    @cached_property
    def archive(self) -> Path | None:
        """The archive of ../shared's reports, built (or brought up to date) once."""
        return shared_archive(self.shared, self.console, self.folder)

    def settings(self, archive: Path | None = None) -> Settings:
        """The run's settings, with ``archive`` or with none (a path that never exists)."""
        never = self.scratch / "no-archive.sqlite"
        return replace(self.base, cache_dir=self.folder, archive=str(archive or never))

    def check(
        self,
        release: str,
        reports: list[str],
        previous: list[str],
        settings: Settings,
        encoder: Encoder,
    ) -> CheckRun:
        """``run_check``, once per run for each release, reports, previous and archive."""
        key = (release, tuple(reports), tuple(previous), settings.archive)
        if key not in self._checked:
            self._checked[key] = run_check(release, reports, previous, settings, encoder)
        return self._checked[key]

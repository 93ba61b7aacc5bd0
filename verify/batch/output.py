"""A batch's output file: its lock, the repair of a cut-off last line, reading its lines."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from filelock import FileLock, Timeout

from verify.batch.lines import BatchLine
from verify.errors import OutputBusy, UnwritableOutput


@contextmanager
def locked(out: Path) -> Iterator[None]:
    """Hold ``<out>.lock`` for the run, so a second run on the same output refuses to start."""
    lock = FileLock(str(out) + ".lock", timeout=0)
    try:
        lock.acquire()
    except Timeout as exc:
        raise OutputBusy(str(out)) from exc
    except OSError as exc:
        raise UnwritableOutput(str(out), exc.strerror or str(exc)) from exc
    try:
        yield
    finally:
        lock.release()


def repair_last_line(out: Path) -> int:
    """Cut a last line left unfinished by a killed run; the bytes removed (0 if none).

    Such a fragment is never a whole result, and appending after it would fuse it
    with the next result into one unreadable line.
    """
    try:
        handle = open(out, "r+b")  # noqa: SIM115 - closed below, after the seek and truncate
    except FileNotFoundError:
        return 0
    with handle:
        size = handle.seek(0, os.SEEK_END)
        end = size
        while end > 0:
            start = max(0, end - (1 << 16))
            handle.seek(start)
            block = handle.read(end - start)
            if start + len(block) == size and block.endswith(b"\n"):
                return 0
            newline = block.rfind(b"\n")
            if newline >= 0:
                end = start + newline + 1
                break
            end = start
        handle.truncate(end)
        return size - end


def drop_lines(out: Path, keys: set[str]) -> None:
    """Rewrite ``out`` without the lines of ``keys`` (failures about to be retried)."""
    tmp = out.with_name(out.name + ".tmp")
    with open(out, encoding="utf-8") as source, open(tmp, "w", encoding="utf-8") as kept:
        for raw in source:
            line = _parse(raw)
            if line is None or line.key not in keys:
                kept.write(raw)
    os.replace(tmp, out)


def _parse(raw: str) -> BatchLine | None:
    try:
        return BatchLine.model_validate_json(raw)
    except ValueError:
        return None


def read_keys(path: str | Path) -> dict[str, BatchLine]:
    """The lines of a batch output by pair key (lines written before keys existed have none
    and count as not done)."""
    path = Path(path)
    if not path.is_file():
        return {}
    with open(path, encoding="utf-8", errors="replace") as handle:
        return {line.key: line for raw in handle if (line := _parse(raw)) and line.key}


def read_lines(path: str | Path) -> dict[str, BatchLine]:
    """The lines of a batch output by pair id (the last line wins).

    A line cut short by a crash is skipped, so its pair counts as not done.
    """
    with open(path, encoding="utf-8", errors="replace") as handle:
        return {line.id: line for raw in handle if (line := _parse(raw))}


def done_ids(out_path: Path) -> set[str]:
    """Ids checked successfully in ``out_path``."""
    if not out_path.is_file():
        return set()
    return {pair_id for pair_id, line in read_lines(out_path).items() if line.ok}

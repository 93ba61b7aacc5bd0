"""Ofsted reports of every era read into a structured ``Report``.

``parse_report`` is a pure function of a ``Document``; ``load_report`` adds reading
the file and a disk cache keyed by the file's sha256 (and the parser version), so
the checker and the batch runner pay for parsing a report once, and a process decodes
each cached parse once while its cache file is unchanged (``_decoded``).
"""

from __future__ import annotations

import re
from collections import OrderedDict
from pathlib import Path

from verify.cache import DiskCache, ModelCodec, sha256_file
from verify.errors import InputNotFound, NotAnOfstedReport, UnreadableInput
from verify.ingest.pdf import read_pdf, read_text_report
from verify.report import judgements, metadata, structure
from verify.settings import Settings
from verify.types import Document, Judgement, Report, Section
from verify.words.grades import PRE_2013_GRADE
from verify.words.judgements import TABLE_ROWS

PARSER_VERSION = "21"
"""Bump when parsing changes, so cached reports are parsed again."""

TEXT_SUFFIXES = {".txt", ".md", ".text"}
_OFSTED = re.compile(r"Ofsted|Majesty(?:’|')s Inspector|HMI\b")
_CHILDREN = re.compile(r"children", re.IGNORECASE)

__all__ = ["PARSER_VERSION", "load_report", "parse_report", "read_document"]

_DECODED: OrderedDict[Path, tuple[tuple[int, int, int], Report]] = OrderedDict()
_DECODED_MAX = 16


def load_report(path: str | Path, settings: Settings) -> Report:
    """Parse the report at ``path`` (PDF or text), reusing a cached parse of the same bytes."""
    path = Path(path)
    if path.is_dir():
        raise UnreadableInput(str(path), "it is a folder, not a file")
    if not path.is_file():
        raise InputNotFound(str(path))
    try:
        key = sha256_file(path)
    except OSError as exc:
        raise UnreadableInput(str(path), exc.strerror or str(exc)) from exc
    cache = DiskCache(settings.cache_path, "reports", PARSER_VERSION, ModelCodec(Report))
    cached = _decoded(cache, key)
    if cached is not None:
        # The same bytes may sit under another name: the name's facts are this path's.
        return cached.model_copy(
            update={"source": str(path), "file_date": metadata.named_date(path.name)}
        )
    report = parse_report(read_document(path))
    cache.put(key, report)
    return report


def _decoded(cache: DiskCache[Report], key: str) -> Report | None:
    """The cached parse under ``key``, decoded once a process for as long as its cache file
    is the same file (inode, size and modification time): a warm process or a batch checks
    release after release against a report, and decoding its JSON was most of loading it.
    The decoded report is shared, never handed out: ``load_report`` returns a shallow
    copy, safe as a report's models are frozen and their collections tuples
    (``types.Frozen``)."""
    path = cache.path(key)
    try:
        stat = path.stat()
    except OSError:
        return None
    stamp = (stat.st_ino, stat.st_size, stat.st_mtime_ns)
    known = _DECODED.get(path)
    if known is not None and known[0] == stamp:
        _DECODED.move_to_end(path)
        return known[1]
    report = cache.get(key)
    if report is not None:
        _DECODED[path] = (stamp, report)
        if len(_DECODED) > _DECODED_MAX:
            _DECODED.popitem(last=False)
    return report


def read_document(path: str | Path) -> Document:
    """A PDF when the bytes say so; a text report for .txt/.md; otherwise a PDF, whose
    reader then names what the file is instead (an HTML page saved as .pdf, say)."""
    try:
        with open(path, "rb") as handle:
            is_pdf = handle.read(1024).lstrip().startswith(b"%PDF")
    except OSError as exc:
        raise UnreadableInput(str(path), exc.strerror or str(exc)) from exc
    if not is_pdf and Path(path).suffix.lower() in TEXT_SUFFIXES:
        return read_text_report(path)
    return read_pdf(path)


def parse_report(doc: Document) -> Report:
    """Everything the checker needs from one report: facts, grades, sections, passages."""
    _require_ofsted(doc)
    text = doc.text
    start, end = metadata.inspection_dates(text)
    grades = _judgements(text)
    kind = metadata.framework(text, grades, start)
    if kind == "sif":
        grades = _sif_judgements(text)
    elif kind == "other":
        grades = judgements.read_table(
            text, TABLE_ROWS["other"], chars=len(text), grade=PRE_2013_GRADE
        )
    skeleton = Report(
        source=doc.source,
        sha256=doc.sha256,
        authority="",
        framework=kind,
        text=text,
        pages=doc.pages,
    )
    parts = structure.build(structure.paragraphs(text, skeleton.page_at), len(text))
    # Validated (not ``model_copy``): the builder's lists become the frozen report's tuples.
    return Report(
        **{
            **dict(skeleton),
            "authority": metadata.authority(text),
            "inspection_type": metadata.inspection_type(kind, metadata.first_period(text)),
            "inspection_start": start,
            "inspection_end": end,
            "published": metadata.published(text),
            "file_date": metadata.named_date(Path(doc.source).name),
            "lead_inspector": metadata.lead_inspector(text),
            "team": metadata.team(text),
            "judgements": grades,
            "previous": metadata.previous_inspections(text),
            "improvements": parts.improvements,
            "sections": _graded_sections(parts.sections, grades),
            "passages": parts.passages,
        }
    )


def _graded_sections(sections: list[Section], grades: list[Judgement]) -> list[Section]:
    """A section about a judgement carries its grade even where the heading omits it."""
    table = {j.name: j.grade for j in grades}
    return [
        s.model_copy(update={"grade": table.get(s.judgement)})
        if s.judgement and s.grade is None
        else s
        for s in sections
    ]


def _require_ofsted(doc: Document) -> None:
    """Refuse documents that are not children's services inspection reports."""
    head = doc.text[:8000]
    if not _OFSTED.search(doc.text) or not _CHILDREN.search(head) or "nspection" not in head:
        raise NotAnOfstedReport(doc.source, "no Ofsted inspection wording on its first pages")


def _judgements(text: str) -> list[Judgement]:
    return judgements.read_table(text, TABLE_ROWS["ilacs"])


def _sif_judgements(text: str) -> list[Judgement]:
    found = judgements.read_table(text, TABLE_ROWS["sif"])
    lscb = judgements.read_lscb(text)
    return found + [lscb] if lscb else found

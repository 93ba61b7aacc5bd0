"""Small invented reports, releases and claims, built directly, for the checkers' tests.

The stress harnesses here check with the ``provisional_flags`` setting on: a stress set's
expected verdicts are the conventions', written before its checks, so it tests every
check as written, the provisional ones too (docs/FLAGS.md); tests/check/test_provisional.py
and the real articles test the default, which holds those flags back."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest

from verify.settings import BUNDLED_MODEL, TEST_MODEL
from verify.types import (
    FLAGS,
    Attribution,
    CheckResult,
    Claim,
    ClaimValues,
    Judgement,
    Page,
    Passage,
    Release,
    Report,
    Span,
    Team,
)

TEST_DATA = Path(__file__).resolve().parent.parent / "data"
REPORT_TEXT = (TEST_DATA / "check" / "ashbury_report.txt").read_text(encoding="utf-8")

TABLE = [
    ("impact_of_leaders", "outstanding", "The impact of leaders"),
    ("help_and_protection", "requires_improvement", "Help and protection"),
    ("children_in_care", "good", "Children in care"),
    ("care_leavers", "outstanding", "Care leavers"),
    ("overall_effectiveness", "good", "Overall effectiveness"),
]
GOOD_ALL = [
    ("impact_of_leaders", "good", "Impact of leaders"),
    ("help_and_protection", "good", "Help and protection"),
    ("children_in_care", "good", "Children in care"),
    ("overall_effectiveness", "good", "Overall effectiveness"),
]
"""An ILACS table graded good in every area (no care leavers' judgement: before 2023)."""


def make_report(
    text: str = REPORT_TEXT,
    table=TABLE,
    framework: str = "ilacs_2023",
    authority: str = "ashbury",
    sha: str = "a" * 64,
    published: date = date(2024, 4, 26),
    **extra,
) -> Report:
    """A Report from text: each 'N. ' line a numbered passage, other paragraphs summary."""
    passages = []
    for m in re.finditer(r"^(?:(\d+)\. )?(.+)$", text, re.M):
        number = int(m.group(1)) if m.group(1) else None
        start = m.start(2)
        passages.append(
            Passage(
                id=f"p{number}" if number else f"s{len(passages)}",
                kind="numbered" if number else "summary",
                number=number,
                page=1 if start < len(text) // 2 else 2,
                start=start,
                end=m.end(2),
                text=m.group(2),
            )
        )
    judgements = [Judgement(name=n, grade=g, printed=p) for n, g, p in table]
    half = len(text) // 2
    defaults = dict(
        source=f"{authority}.txt",
        sha256=sha,
        authority=authority,
        framework=framework,
        inspection_start=date(2024, 3, 4),
        inspection_end=date(2024, 3, 8),
        published=published,
        team=Team(hmi=4, other=1),
        judgements=judgements,
        passages=passages,
        pages=[Page(number=1, start=0, end=half), Page(number=2, start=half, end=len(text))],
        text=text,
    )
    defaults.update(extra)
    return Report(**defaults)


def make_earlier_report(
    table, visit: tuple[date, date], published: date, framework: str = "ilacs_2018", **extra
) -> Report:
    """An earlier report of the council: its judgement ``table``, its ``visit``'s first and
    last days and its publication day (a report's place in the council's run)."""
    extra.setdefault("sha", "c" * 64)
    return make_report(
        table=table,
        framework=framework,
        inspection_start=visit[0],
        inspection_end=visit[1],
        published=published,
        **extra,
    )


def make_account_report(account: str, year: int, grade: str, table, **extra) -> Report:
    """A SIF report whose text is one account of an earlier inspection (``account``, of
    ``year``, giving ``grade``), with the judgement ``table`` given."""
    from verify.types import PreviousInspection

    then = PreviousInspection(
        text=account, year=year, kind="inspection", grade=grade, start=0, end=len(account)
    )
    return make_report(text=account, table=table, framework="sif", previous=[then], **extra)


def with_improvement_item(item: str) -> Report:
    """The invented report with ``item`` as its one 'What needs to improve' item."""
    report = make_report(f"{REPORT_TEXT}\n{item}\n")
    listed = report.passages[-1].model_copy(update={"kind": "improvement"})
    return report.model_copy(
        update={"passages": [*report.passages[:-1], listed], "improvements": [listed]}
    )


def make_release(text: str) -> Release:
    return Release(source="release.txt", sha256="b" * 64, media_type="text", text=text)


def check_text(text: str, report: Report, previous: list, settings):
    """The release ``text``, its claims extracted, checked against ``report`` and the
    council's ``previous`` reports."""
    from verify.check import check_claims
    from verify.extract import extract_claims

    release = make_release(text)
    return check_claims(release, extract_claims(release), [report], previous, settings, None)


def claim_over(result, words: str):
    """The first checked claim whose text holds ``words``."""
    return next(c for c in result.claims if words in c.text)


def check_one_finding(text: str, report_text: str | Report, settings):
    """The release ``text``, one finding, checked against a report of ``report_text`` (or
    that report, built) with the test encoder and provisional flags raised (a stress set's
    setting)."""
    return check_finding_parts(text, report_text, settings)[0]


def check_finding_parts(text: str, report_text: str | Report, settings):
    """``check_one_finding``'s verdicts: one, or two where the check cut the finding at a
    clause (``verify.check.clauses``)."""
    from dataclasses import replace

    from verify.check import check_claims
    from verify.match import Encoder

    settings = replace(settings, provisional_flags=True)
    release = make_release(text)
    claim = make_claim(release, text, kind="finding")
    report = report_text if isinstance(report_text, Report) else make_report(text=report_text)
    return check_claims(release, [claim], [report], [], settings, Encoder(settings)).claims


def _attribution(release: Release, role: str, speaker: str | None) -> Attribution:
    if speaker is None:
        return Attribution(role=role)
    at = release.text.index(speaker)
    return Attribution(speaker=speaker, role=role, start=at, end=at + len(speaker))


def make_claim(
    release: Release,
    snippet: str,
    kind: str = "quote",
    role: str = "inspectors",
    pieces: list[str] | None = None,
    speaker: str | None = None,
    **values,
) -> Claim:
    """A claim over the first occurrence of ``snippet`` in the release; ``speaker``, when
    given, is attributed where it first occurs, as extraction names a speaker."""
    start = release.text.index(snippet)
    spans = []
    for piece in pieces or []:
        at = release.text.index(piece)
        spans.append(Span(start=at, end=at + len(piece), text=piece))
    if spans:
        start, end = spans[0].start, spans[-1].end
    else:
        end = start + len(snippet)
    return Claim(
        id="c1",
        kind=kind,
        text=release.text[start:end],
        start=start,
        end=end,
        quote_pieces=spans,
        attribution=_attribution(release, role, speaker) if kind == "quote" else None,
        values=_placed(release.text[start:end], ClaimValues(**values)),
    )


def _placed(text: str, values: ClaimValues) -> ClaimValues:
    """``values`` with each grade made without a position placed where its printed words
    first stand in the claim's ``text``, as extraction places them."""
    grades = []
    for g in values.grades:
        at = text.lower().find(g.printed.lower())
        if g.start is None and at >= 0:
            g = g.model_copy(update={"start": at, "end": at + len(g.printed)})
        grades.append(g)
    return values.model_copy(update={"grades": grades})


def check_invented(
    cases: list[tuple[str, str, str]],
    reports_dir: Path,
    root: Path,
    heading: str = "",
    previous: dict[str, list[str]] | None = None,
    archive: Path | None = None,
    suffixes: dict[str, str] | None = None,
    model: str = TEST_MODEL,
) -> dict[str, CheckResult]:
    """Each invented release ``(name, report, text)`` written under ``root`` (as
    ``name.txt``, or with the suffix ``suffixes[name]`` gives: '.html', after a
    ``heading`` paragraph, when given) and checked once, whole pipeline, against its real
    report (and the council's earlier reports ``previous[name]``, as --previous, when
    given) with the test encoder (or the ``model`` given) and no archive (or the
    ``archive`` given, as the evaluation checks real articles): the stress tests' one
    harness."""
    from verify.pipeline import check
    from verify.settings import Settings

    settings = Settings(
        cache_dir=str(root / "cache"),
        archive=str(archive or root / "none"),
        model=model,
        provisional_flags=True,
    )
    out = {}
    for name, report, text in cases:
        release = root / f"{name}{(suffixes or {}).get(name, '.txt')}"
        release.write_text(f"{heading}\n\n{text}\n" if heading else f"{text}\n", encoding="utf-8")
        before = [str(reports_dir / p) for p in (previous or {}).get(name, [])]
        out[name] = check(str(release), [str(reports_dir / report)], before, settings)
    return out


def check_expected(
    expected: dict,
    data: Path,
    reports_dir: Path,
    root: Path,
    archive: Path | None = None,
    model: str = TEST_MODEL,
) -> dict:
    """``check_invented`` over the releases an EXPECTED table names (``file name ->
    {"report": ..., "previous": [optional]}``, each text under ``data``, read by its
    suffix: '.txt', '.html'), keyed by the file's stem."""
    cases = [
        (Path(name).stem, case["report"], (data / name).read_text(encoding="utf-8").strip())
        for name, case in expected.items()
    ]
    previous = {Path(name).stem: case.get("previous", []) for name, case in expected.items()}
    suffixes = {Path(name).stem: Path(name).suffix for name in expected}
    return check_invented(
        cases,
        reports_dir,
        root,
        previous=previous,
        archive=archive,
        suffixes=suffixes,
        model=model,
    )


def assert_verdict(checked: dict[str, CheckResult], name: str, words: str, want: str) -> None:
    """The claim over ``words`` in release ``name`` (its file name) got a verdict ``want``
    allows (``as_expected``): the stress sets' one assertion."""
    got, why = verdict_over(checked[Path(name).stem], words)
    assert as_expected(want, got), f"want {want}, got {got}: {why}"


NO_CLAIM = "no_claim"
"""A stress set's want for words that rightly make no claim (../shared/dev/README.md:
page furniture, notes to editors, contact, cookie and sign-up lines, links to other
stories, questions): no claim may cover them (``assert_no_claim``), never a verdict."""


def assert_no_claim(checked: dict[str, CheckResult], name: str, words: str) -> None:
    """No claim of release ``name`` covers any of ``words``: the one reading of a
    ``NO_CLAIM`` want, a stress set's claims table or its 'no_claim' list alike."""
    result = checked[Path(name).stem]
    at = result.release.text.index(words)
    mine = [c for c in result.claims if c.start < at + len(words) and c.end > at]
    assert not mine, [(c.kind, c.text) for c in mine]


def assert_extracted(checked: dict[str, CheckResult], name: str, words: str) -> None:
    """Some claim of release ``name`` is read over ``words``: a claim left unread passes
    any expectation but a flag, so a false sentence the extractor skips would go unchecked
    while its stress set stayed green (session 20: 'Help and protection was the only area
    to require improvement' was no claim)."""
    got, _ = verdict_over(checked[Path(name).stem], words)
    assert got is not None, "not extracted"


def assert_unsupported_left_unchecked(
    checked: dict[str, CheckResult], name: str, words: str, want: str
) -> None:
    """No path raises `unsupported` (docs/FLAGS.md: a checker that finds nothing to compare
    says not_checkable), so a finding the report does not bear out (one told of other
    children or people) must be extracted and left not_checkable (or unsupported), never
    supported nor another flag; every other claim is asserted as the stress sets assert it
    (``assert_verdict``)."""
    if want != "unsupported":
        assert_verdict(checked, name, words, want)
        return
    got, why = verdict_over(checked[Path(name).stem], words)
    assert got in {"not_checkable", "unsupported"}, f"want {want}, got {got}: {why}"


def assert_claims_listed_once(claims: list, known: dict[str, str]) -> None:
    """Each known miss is a claim of the stress set, and no claim's words stand twice (a
    claim is found by its words)."""
    assert set(known) <= {words for _, words, _ in claims}
    assert len({words for _, words, _ in claims}) == len(claims)


NOT_EXTRACTED = (
    "not extracted: no claim is read over these words (a headline, a list item or a clause "
    "the extractor leaves unread); extraction was not asserted by this set before session "
    "21 (so with both encoders)"
)
"""The known miss of words a set's old harness let go unread, now that every set asserts
extraction (session 21)."""


def known_miss(words: str, known: dict[str, str]) -> list:
    """A strict xfail, with its reason, when ``words`` are a known miss of ``known``."""
    return [pytest.mark.xfail(strict=True, reason=known[words])] if words in known else []


def verdict_over(result: CheckResult, words: str) -> tuple[str | None, str]:
    """The worst verdict among the claims read over ``words`` of a checked release (None
    when none was), and that claim's account: the stress tests' one reading of a result."""
    from verify.words.verdicts import worst

    at = result.release.text.index(words)
    mine = [c for c in result.claims if c.start < at + len(words) and c.end > at]
    if not mine:
        return None, ""
    label = worst(c.verdict for c in mine)
    return label, next(f"{c.kind} {c.text!r}: {c.explanation}" for c in mine if c.verdict == label)


def assert_exactly(checked: dict[str, CheckResult], name: str, words: str, want: str) -> None:
    """``assert_verdict``, but a claim expected `supported` must be supported and one
    expected `not_checkable` left so: ``assert_verdict`` takes either for the other, and the
    findings sets (findings21, findings22) test exactly that line (a true finding left
    not_checkable, or an official's words or a finding the report never makes called
    supported, is their miss); flags as ``assert_verdict`` asserts them."""
    if want not in ("supported", "not_checkable"):
        assert_verdict(checked, name, words, want)
        return
    got, why = verdict_over(checked[Path(name).stem], words)
    assert got == want, f"want {want}, got {got}: {why}"


def as_expected(want: str, got: str | None) -> bool:
    """A flag must be the flag expected (one of those a want 'a|b' names); a faithful
    sentence must carry no flag (its exact non-flag verdict is the paraphrase tests'
    concern), an official's words none; each must be a claim (``got`` None: not
    extracted, never as expected)."""
    if got is None:
        return False
    if "|" in want:
        return got in want.split("|")  # either verdict the conventions allow
    if want in FLAGS:
        return got == want
    return got not in FLAGS


def claims_over(text: str, claims: list, words: str) -> list:
    """The claims overlapping the (first) place of ``words`` in the release ``text``."""
    start = text.index(words)
    end = start + len(words)
    return [c for c in claims if c.start < end and c.end > start]


HISTORY_MODES = ("archive", "previous", "none")
"""The three ways a history stress release is checked: with the archive of every report
in ../shared, with the council's report before this one given as --previous, with neither."""
REPORT_FILE = "children's services inspection - {}.pdf"


def check_three_ways(
    cases: dict, reports_dir: Path, archive_db: Path, root: Path, model: str = TEST_MODEL
) -> dict:
    """(name, mode) -> (release text, checked claims) for each history stress case
    ``name: (council folder, report's date, previous report's date or None, text, claims)``
    (a date may be a whole file name), whole pipeline with the test encoder (or the
    ``model`` given): the history stress tests' one harness."""
    from verify.match import Encoder
    from verify.pipeline import run_check
    from verify.settings import Settings

    def path(folder: str, dated: str) -> str:
        name = dated if dated.endswith(".pdf") else REPORT_FILE.format(dated)
        return str(reports_dir / folder / name)

    out = {}
    for mode in HISTORY_MODES:
        archive = archive_db if mode == "archive" else root / "no-archive"
        settings = Settings(
            cache_dir=str(root / "cache"), archive=str(archive), model=model, provisional_flags=True
        )
        encoder = Encoder(settings)
        for name, (folder, dated, before, text, _) in cases.items():
            release = root / f"{name}.txt"
            release.write_text(text, encoding="utf-8")
            previous = [path(folder, before)] if mode == "previous" and before else []
            run = run_check(str(release), [path(folder, dated)], previous, settings, encoder)
            out[name, mode] = (text, run.result.claims)
    return out


S, C, NC = "supported", "contradicted", "not_checkable"
OK_OR_NC = frozenset({S, NC})
WRONG_GRADE = frozenset({C, "misleading"})
"""A grade given to the whole service that only some of its areas hold."""
PINNED = frozenset({C, NC})
"""An earlier grade said with no year and no 'last' ('previously rated', 'no longer'):
contradicted when the last inspection gave another and no other known one gave it, so
either, depending on how much of the council's history is given."""


def every(verdict) -> dict:
    """The same expected verdict whichever way the release is checked."""
    return dict.fromkeys(HISTORY_MODES, verdict)


def by(archive, previous, none) -> dict:
    return {"archive": archive, "previous": previous, "none": none}


def pick_claim(claims: list, start: int, end: int):
    """The claim speaking for the words at [start, end): of those overlapping them, a flag
    first, then support, else any (None when no claim covers them)."""
    mine = [c for c in claims if c.start < end and start < c.end and c.kind != "quote"]
    flagged = [c for c in mine if c.verdict in FLAGS]
    supported = [c for c in mine if c.verdict == "supported"]
    return (flagged or supported or mine or [None])[0]


def three_way_params(cases: dict, known_misses: dict[tuple[str, str], str] | None = None):
    """pytest params (name, mode, locator, expected) for every claim of every history
    stress case checked each way; a known miss of ``known_misses`` (one encoder's, given
    here) is a strict xfail, so a fix shows (with both encoders, ``three_way_tests`` marks
    each encoder's when the test runs)."""
    return [
        pytest.param(
            name,
            mode,
            locator,
            expected[mode],
            id=f"{name}:{mode}:{locator[:30]}",
            marks=known_miss((name, locator), known_misses or {}),
        )
        for name, (*_, claims) in cases.items()
        for locator, expected in claims
        for mode in HISTORY_MODES
    ]


def three_way_tests(cases: dict, known: dict, minilm: dict):
    """A history stress set's ``checked`` fixture and its test, for its module to register
    under its own names (``checked, test_... = three_way_tests(CASES, KNOWN_MISSES,
    MINILM_MISSES)``): each case checked the three ways (``check_three_ways``) once per
    encoder, each claim's verdict asserted (``assert_three_way_verdict``), a known miss
    (``(name, locator) -> reason``: ``known`` for the stand-in, ``minilm`` for the bundled
    model) a strict xfail with its reason."""
    assert {(name.split(":")[0], words) for name, words in set(known) | set(minilm)} <= {
        (name, locator) for name, (*_, claims) in cases.items() for locator, _ in claims
    }

    @pytest.fixture(scope="module", params=ENCODERS)
    def checked(reports_dir: Path, archive_db: Path, tmp_path_factory, request) -> dict:
        root = tmp_path_factory.mktemp("stress-history")
        return check_three_ways(cases, reports_dir, archive_db, root, model=request.param)

    @pytest.mark.parametrize(("name", "mode", "locator", "expected"), three_way_params(cases))
    def test(checked, name, mode, locator, expected, request):
        way = (f"{name}:{mode}", locator)  # a miss of one way only ('name:mode', words)
        missed = way if way in known or way in minilm else (name, locator)
        mark_encoder_miss(request, missed, known, minilm)
        assert_three_way_verdict(checked, name, mode, locator, expected)

    return checked, test


def assert_locators_unique(cases: dict) -> None:
    """Each locator names one place in its release, so the claim it picks is the one meant."""
    for name, (*_, text, claims) in cases.items():
        for locator, _ in claims:
            assert text.count(locator) == 1, (name, locator)


def assert_three_way_verdict(checked: dict, name: str, mode: str, locator: str, expected) -> None:
    """The claim at ``locator`` of case ``name`` checked in ``mode`` gets an expected verdict."""
    text, claims = checked[name, mode]
    start = text.index(locator)
    claim = pick_claim(claims, start, start + len(locator))
    assert claim is not None, "not extracted"
    allowed = expected if isinstance(expected, frozenset) else {expected}
    assert claim.verdict in allowed, f"{claim.kind} {claim.verdict}: {claim.explanation}"


def load_expected(data: Path) -> tuple[dict, list[tuple[str, str, str]]]:
    """A stress set's EXPECTED table (``data / 'expected.json'``, notes under '_' keys left
    out) and its claims as ``(release name, words, expected verdict)``."""
    table = json.loads((data / "expected.json").read_text())
    expected = {name: case for name, case in table.items() if not name.startswith("_")}
    return expected, _claims_of(expected)


def claim_params(claims: list, known: dict[str, str]) -> list:
    """One pytest param per claim, a known miss marked strict xfail with its reason."""
    return [
        pytest.param(n, w, v, marks=known_miss(w, known), id=f"{Path(n).stem}:{w[:40]}")
        for n, w, v in claims
    ]


MINILM_MISSES = "minilm_misses.json"
"""A stress set's known misses with the bundled model (``words -> reason``), beside its
expected.json: the model the evaluation and users run, whose readings the hashing
stand-in hides (session 20: 17 planted errors the stand-in flags come out supported)."""


ENCODERS = [
    pytest.param(TEST_MODEL, id="stand-in"),
    pytest.param(BUNDLED_MODEL, marks=pytest.mark.model, id="minilm"),
]
"""The encoders a stress set is checked with: the hashing stand-in and the bundled model."""


def minilm_misses(data: Path, claims: list) -> dict[str, str]:
    """The set's known misses with the bundled model (``MINILM_MISSES``), each a claim."""
    path = data / MINILM_MISSES
    misses = json.loads(path.read_text()) if path.exists() else {}
    assert set(misses) <= {words for _, words, _ in claims}, f"{path}: not claims of the set"
    return misses


def mark_known_miss(request, words: str, known: dict[str, str]) -> None:
    """Mark the running test a strict xfail when ``words`` are a known miss of ``known``
    (the bundled model's misses, known only once the test's encoder is)."""
    if words in known:
        request.applymarker(pytest.mark.xfail(strict=True, reason=known[words]))


def bundled(request, fixture: str = "checked") -> bool:
    """The running test's ``fixture`` (parametrized by ``ENCODERS``) uses the bundled model."""
    return request.node.callspec.params.get(fixture) == BUNDLED_MODEL


def _miss_key(name: str, words: str, known: dict[str, str]) -> str:
    """A known miss's key: 'release stem:words' when the same words stand in two releases
    of a set and only one misses (stress_paraphrase), else the words."""
    own = f"{Path(name).stem}:{words}"
    return own if own in known else words


def mark_encoder_miss(request, key, stand_in: dict, minilm: dict, fixture: str = "checked"):
    """Mark the running test a strict xfail when ``key`` is a known miss of its encoder:
    ``minilm`` with the bundled model, ``stand_in`` with the hashing stand-in."""
    mark_known_miss(request, key, minilm if bundled(request, fixture) else stand_in)


def assert_any_flag(checked: dict[str, CheckResult], name: str, words: str, want: str) -> None:
    """A planted error carries a flag, any flag; a faithful sentence or an official's words
    none: the sets that ask only that a wrong claim be caught (stress_faithful, facts)."""
    got, why = verdict_over(checked[Path(name).stem], words)
    assert (got in FLAGS) == (want in FLAGS), f"want {want}, got {got}: {why}"


def assert_exact_verdict(checked: dict[str, CheckResult], name: str, words: str, want: str):
    """The verdict is the one wanted, no other (stress_paraphrase: supported and
    not_checkable told apart)."""
    got, why = verdict_over(checked[Path(name).stem], words)
    assert got == want, f"want {want}, got {got}: {why}"


def stress_tests(data: Path, known: dict[str, str], archive: bool = False, assertion=None):
    """A stress set's ``checked`` fixture and its one test, for its module to register
    under its own names (``checked, test_... = stress_tests(DATA, KNOWN_MISSES)``): each
    release of ``data``'s EXPECTED table checked once per encoder, whole pipeline, against
    its real report (and, with ``archive``, the archive of every report in ../shared, as
    the evaluation checks real articles); the test asserts each claim is extracted
    (``assert_extracted``, whatever the assertion) and its verdict
    (``assertion(checked, name, words, want)``, ``assert_verdict`` unless given), and
    words wanted ``NO_CLAIM`` covered by no claim (``assert_no_claim``), a known miss of
    the encoder (``known`` for the stand-in, ``MINILM_MISSES`` for the bundled model) a
    strict xfail with its reason. ``checked`` used without a model (a module's own tests)
    is the stand-in's."""
    expected, claims = load_expected(data)
    minilm = minilm_misses(data, claims)
    assertion = assertion or assert_verdict

    @pytest.fixture(scope="module")
    def checked(reports_dir: Path, tmp_path_factory, request) -> dict[str, CheckResult]:
        model = getattr(request, "param", TEST_MODEL)
        root = tmp_path_factory.mktemp(data.name.removeprefix("stress_"))
        db = request.getfixturevalue("archive_db") if archive else None
        return check_expected(expected, data, reports_dir, root, archive=db, model=model)

    @pytest.mark.parametrize("checked", ENCODERS, indirect=True)
    @pytest.mark.parametrize(("name", "words", "want"), claim_params(claims, {}))
    def test(checked, name, words, want, request):
        mark_encoder_miss(request, _miss_key(name, words, known), known, minilm)
        if want == NO_CLAIM:
            assert_no_claim(checked, name, words)
            return
        assert_extracted(checked, name, words)
        assertion(checked, name, words, want)

    return checked, test


def assert_supported_when_true(checked, name: str, words: str, want: str) -> None:
    """A flag must be the flag expected and an official's words carry none, as every stress
    set asserts; a true rating or history claim must come out supported (or a minor
    variation), since not_checkable on a true one is the loss the rating and history sets
    measure."""
    got, why = verdict_over(checked[Path(name).stem], words)
    if want == "supported":
        assert got in {"supported", "minor_variation"}, f"want {want}, got {got}: {why}"
    elif want == "not_checkable":
        assert got not in FLAGS, f"want {want}, got {got}: {why}"
    else:
        assert got == want, f"want {want}, got {got}: {why}"


def assert_true_claims_and_officials_words(expected: dict, known: dict[str, str]) -> None:
    """Every release of a stress set holds faithful claims and officials' words, its news
    releases planted errors too, and the known misses are claims of the fixtures."""
    for name, case in expected.items():
        wants = [want for _, want in case["claims"]]
        assert "not_checkable" in wants and "supported" in wants, name
        assert "news" not in name or any(w in FLAGS for w in wants), name
    assert_claims_listed_once(_claims_of(expected), known)


def assert_mixed_releases(expected: dict, known: dict[str, str]) -> None:
    """Every release of a stress set holds true claims, claims no check can settle and a
    planted error, and the known misses are its claims, each listed once."""
    for name, case in expected.items():
        wants = [want for _, want in case["claims"]]
        assert "supported" in wants and "not_checkable" in wants, name
        assert any(w in FLAGS for w in wants), name
    assert_claims_listed_once(_claims_of(expected), known)


def assert_true_and_wrong_claims(expected: dict, known: dict[str, str]) -> None:
    """Every release of a stress set holds both faithful claims and planted errors, and
    the known misses are claims of the fixtures."""
    for name, case in expected.items():
        wants = [want for _, want in case["claims"]]
        assert any(w in FLAGS for w in wants) and any(w not in FLAGS for w in wants), name
    assert_claims_listed_once(_claims_of(expected), known)


def _claims_of(expected: dict) -> list[tuple[str, str, str]]:
    """An EXPECTED table's claims as ``(release name, words, expected verdict)``."""
    return [(n, words, want) for n, case in expected.items() for words, want in case["claims"]]


def found_params(expected: dict, misses: dict[str, str]) -> list:
    """One pytest param per quotation a stress set's releases say who spoke
    (``expected[name]["found"]``: its words and the speaker's role, 'own' for a speaker's
    own words), a known miss marked strict xfail with its reason."""
    found = [(n, words, role) for n, case in expected.items() for words, role in case["found"]]
    return [
        pytest.param(n, w, r, marks=known_miss(w, misses), id=f"{Path(n).stem}:{w[:40]}")
        for n, w, r in found
    ]


def assert_found_with_speaker(result: CheckResult, words: str, role: str) -> None:
    """The quotation ``words`` is one quote claim holding exactly its words (a quotation
    nested in a speech: the innermost), given to a speaker of ``role``."""
    from verify.words.speakers import OWN_WORDS_ROLES

    at = result.release.text.index(words)
    quotes = [c for c in result.claims if c.kind == "quote" and c.start <= at < c.end]
    assert quotes, "not found"
    quote = min(quotes, key=lambda c: c.end - c.start)
    assert quote.text == words
    got = "own" if quote.attribution.role in OWN_WORDS_ROLES else quote.attribution.role
    assert got == role, quote.attribution


def assert_piece_with_speaker(result: CheckResult, words: str, role: str) -> None:
    """The innermost quote claim with a piece (one paragraph of a quotation, without its
    marks) holding exactly ``words`` is given to a speaker of ``role`` ('own' for a
    speaker's own words): a quotation over two paragraphs is one claim of two pieces, each
    a quotation a reader sees."""
    from verify.words.speakers import OWN_WORDS_ROLES

    at = result.release.text.index(words)
    quotes = [
        c
        for c in result.claims
        if c.kind == "quote"
        and any(p.start == at and p.end == at + len(words) for p in c.quote_pieces)
    ]
    assert quotes, "not found as a quotation's paragraph"
    quote = min(quotes, key=lambda c: c.end - c.start)
    got = "own" if quote.attribution.role in OWN_WORDS_ROLES else quote.attribution.role
    assert got == role, quote.attribution


def found_tests(expected: dict, misses: dict[str, str]):
    """A stress set's test that each quotation its releases list under 'found' is read as a
    quotation, one of whose paragraphs holds exactly its words, given to the speaker the
    release names (``assert_piece_with_speaker``), a known miss a strict xfail with its
    reason; for its module to register under its own name (it uses the module's
    ``checked`` fixture)."""

    @pytest.mark.parametrize(("name", "words", "role"), found_params(expected, misses))
    def test(checked, name, words, role):
        assert_piece_with_speaker(checked[Path(name).stem], words, role)

    return test


def speaker_stress_tests(data: Path, known: dict[str, str], found_misses: dict[str, str]):
    """A quotation stress set's ``checked`` fixture and its three tests, for its module to
    register under its own names (``checked, test_..., test_each_quotation_is_found_with_
    its_speaker, test_each_release_mixes_... = speaker_stress_tests(DATA, KNOWN_MISSES,
    FOUND_MISSES)``): each claim's verdict with both encoders and the archive
    (``stress_tests``), each quotation under 'found' read with its speaker
    (``found_tests``, ``found_misses`` its known misses) and every release mixing true
    claims, officials' words and planted errors (``assert_mixed_releases``): the one home
    of the speaker sets' tests, which six modules had copied."""
    expected, _ = load_expected(data)
    checked, test_verdicts = stress_tests(data, known, archive=True)

    def test_mix():
        """Every release holds true claims, claims no check can settle and a planted
        error, and the known misses are its claims, each listed once."""
        assert_mixed_releases(expected, {**known, **found_misses})

    return checked, test_verdicts, found_tests(expected, found_misses), test_mix

"""The encoders: the ONNX default without torch, its agreement with torch, the report
vectors' cache, and one batch per release."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from encoder_helpers import Counting

from verify.match import bundled
from verify.match.encoders import HashingEncoder
from verify.match.semantic import Encoder
from verify.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
DEMO_RELEASE = ROOT / "corpora" / "demo" / "release.html"
DEMO_REPORT = ROOT / "corpora" / "demo" / "report.txt"
SALFORD_2024 = "80548_salford/children's services inspection - 12 january 2024.pdf"


def _python(code: str, tmp_path: Path) -> str:
    """Run ``code`` in a new interpreter (imports start afresh); its stdout."""
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={
            **{k: v for k, v in os.environ.items() if not k.startswith("VERIFY_")},
            "PYTHONPATH": str(ROOT),
            "VERIFY_CACHE_DIR": str(tmp_path / "cache"),
        },
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


# ---------------------------------------------------------------- the vector store


def test_report_vectors_are_cached_as_checked_npy_and_rebuilt_when_damaged(settings):
    counting = Counting()
    encoder = Encoder(settings, backend=counting)
    texts = ["Leaders know their services well.", "Thresholds are understood."]
    first = encoder.report_vectors("ab" * 32, texts)
    assert np.array_equal(encoder.report_vectors("ab" * 32, texts), first)
    assert len(counting.calls) == 1  # the second call read the cache
    (entry,) = (Path(settings.cache_dir) / "vectors").glob("*.npy")
    data = bytearray(entry.read_bytes())
    data[-1] ^= 1
    entry.write_bytes(bytes(data))
    fresh = Encoder(settings, backend=counting)  # a new process's encoder reads the disk
    assert np.array_equal(fresh.report_vectors("ab" * 32, texts), first)
    assert len(counting.calls) == 2  # damaged: made again


def test_an_encoder_reads_a_reports_vectors_from_disk_once(settings, monkeypatch):
    """A warm process checks release after release against one report: its vectors are
    kept in memory (read-only, as every check shares them), not read back each time."""
    from verify.cache import DiskCache

    counting = Counting()
    encoder = Encoder(settings, backend=counting)
    texts = ["Leaders know their services well.", "Thresholds are understood."]
    first = encoder.report_vectors("ab" * 32, texts)
    reads = []
    monkeypatch.setattr(DiskCache, "get", lambda self, key: reads.append(key))
    again = encoder.report_vectors("ab" * 32, texts)
    assert again is first and not again.flags.writeable
    assert reads == [] and len(counting.calls) == 1
    encoder.report_vectors("cd" * 32, texts)  # another report: looked up on disk
    assert len(reads) == 1


# ---------------------------------------------------------------- the encoder


def test_new_texts_are_encoded_in_one_call_sorted_by_length_and_remembered(settings):
    backend = Counting()
    encoder = Encoder(settings, backend)
    first = encoder.encode(["a much longer sentence to encode", "short one", "short one"])
    assert backend.calls == [["short one", "a much longer sentence to encode"]]
    again = encoder.encode(["short one", "a much longer sentence to encode", "a third text"])
    assert backend.calls[1:] == [["a third text"]]  # only the one not yet known
    assert np.array_equal(first[1], again[0])
    assert np.array_equal(first[0], backend.embed(["a much longer sentence to encode"])[0])


def test_report_vectors_are_encoded_once_and_read_back_from_disk(settings):
    texts = ["Leaders know their services well.", "Care leavers are supported."]
    first, second = Counting(), Counting()
    made = Encoder(settings, first).report_vectors("ab" * 32, texts)
    again = Encoder(settings, second).report_vectors("ab" * 32, texts)
    assert len(first.calls) == 1 and second.calls == []
    assert np.array_equal(made, again)
    Encoder(settings, second).report_vectors("ab" * 32, [*texts, "A third sentence."])
    assert len(second.calls) == 1  # other sentences: not the stored vectors


def test_hashing_encoder_is_deterministic_and_unit_length():
    vectors = HashingEncoder().embed(["care leavers are well supported", "care leavers", ""])
    assert np.allclose(np.linalg.norm(vectors[:2], axis=1), 1.0)
    assert not vectors[2].any()
    assert np.array_equal(
        vectors, HashingEncoder().embed(["care leavers are well supported", "care leavers", ""])
    )
    assert vectors[0] @ vectors[1] > 0.5


def test_a_graph_that_does_not_match_its_record_is_not_used(tmp_path):
    folder = tmp_path / "graph"
    folder.mkdir()
    (folder / "model.onnx").write_bytes(b"graph bytes")
    digest = hashlib.sha256(b"graph bytes").hexdigest()
    (folder / "manifest.json").write_text(json.dumps({"onnx_sha256": digest}))
    assert bundled._checked(folder).sha256 == digest
    (folder / "model.onnx").write_bytes(b"graph bytez")
    assert bundled._checked(folder) is None


# ---------------------------------------------------------------- start-up


def test_help_and_a_cached_report_load_no_model(tmp_path):
    heavy = ("torch", "sentence_transformers", "onnxruntime", "tokenizers", "spacy", "pypdfium2")
    code = (
        "import sys\n"
        "from verify.cli import main\n"
        "for args in (['--help'], ['report', {report!r}], ['report', {report!r}]):\n"
        "    try:\n"
        "        main.main(args, prog_name='verify', standalone_mode=False)\n"
        "    except SystemExit:\n"
        "        pass\n"
        "print([m for m in {heavy!r} if m in sys.modules])\n"
    ).format(report=str(DEMO_REPORT), heavy=heavy)
    assert _python(code, tmp_path).strip().splitlines()[-1] == "[]"


# ---------------------------------------------------------------- the real model


@pytest.mark.model
@pytest.mark.slow  # a new interpreter checks the demo with the real model
def test_default_check_runs_without_torch(tmp_path, settings):
    bundled.onnx_model(Path(settings.model_cache_dir))  # built here if need be (with torch)
    code = (
        "import sys\n"
        "from verify.pipeline import check\n"
        "from verify.match import Encoder\n"
        "from verify.settings import from_environment\n"
        "settings = from_environment()\n"
        "encoder = Encoder(settings)\n"
        f"result = check({str(DEMO_RELEASE)!r}, [{str(DEMO_REPORT)!r}], [], settings, encoder)\n"
        "print(encoder.loaded, len(result.claims))\n"
        "print([m for m in ('torch', 'sentence_transformers') if m in sys.modules])\n"
    )
    loaded, imported = _python(code, tmp_path).strip().splitlines()[-2:]
    assert loaded.startswith("True ") and imported == "[]"


@pytest.mark.model
def test_the_built_graph_has_the_recorded_sha256(settings):
    recorded = bundled.reference()
    if bundled.recipe_versions() != recorded["built_with"]:
        pytest.skip(f"built with {bundled.recipe_versions()}, recorded {recorded['built_with']}")
    model = bundled.onnx_model(Path(settings.model_cache_dir))
    assert model.sha256 == recorded["onnx_sha256"]


@pytest.mark.model
@pytest.mark.slow
def test_onnx_agrees_with_torch_on_real_report_sentences(reports_dir, settings):
    from verify.match.index import PassageIndex
    from verify.report import load_report

    report = load_report(reports_dir / SALFORD_2024, settings)
    texts = [s.text for s in PassageIndex(report).sentences]
    onnx = Encoder(settings).encode(texts)
    torch = Encoder(Settings(model=str(bundled.model_dir()), cache_dir=settings.cache_dir))
    reference = torch.encode(texts)
    cosines = (onnx * reference).sum(axis=1)
    assert len(texts) > 150
    assert cosines.mean() >= 0.99 and cosines.min() >= 0.95
    # Similarities between sentences, what ranking uses, agree too (measured 0.996,
    # and torch's nearest sentence is in the ONNX top three for 99.5%).
    pairs = np.triu_indices(len(texts), 1)
    assert np.corrcoef((onnx @ onnx.T)[pairs], (reference @ reference.T)[pairs])[0, 1] >= 0.99
    nearest = np.argsort(-(reference @ reference.T), axis=1)[:, 1]
    top3 = np.argsort(-(onnx @ onnx.T), axis=1)[:, 1:4]
    assert np.mean([n in row for n, row in zip(nearest, top3, strict=True)]) >= 0.97


@pytest.mark.model
def test_an_onnx_vector_depends_on_its_text_alone(settings):
    texts = [
        "Leaders have improved services for care leavers.",
        "Some children wait too long for an assessment of their needs, and managers do not "
        "always check that plans are carried out.",
        "The virtual school is effective.",
    ]
    together = Encoder(settings).encode(texts)
    for text, row in zip(texts, together, strict=True):
        assert np.allclose(Encoder(settings).encode([text])[0], row, atol=1e-6)


@pytest.mark.model
@pytest.mark.shared
def test_the_pool_runs_longest_first_and_gives_each_texts_own_row(reports_dir, settings):
    """The ONNX pool hands out the longest texts first (so no thread runs a long one alone
    at the end), and every row is bit for bit the text's own, in the order given, on real
    report sentences given shortest first as ``Encoder`` gives them."""
    from verify.match.index import PassageIndex
    from verify.report import load_report

    report = load_report(reports_dir / SALFORD_2024, settings)
    texts = sorted({s.text for s in PassageIndex(report).sentences}, key=len)[::9]
    backend = Encoder(Settings(cache_dir=settings.cache_dir, threads=2)).backend
    submitted = []
    pool = backend._pool
    submit = pool.submit
    pool.submit = lambda run, ids: submitted.append(len(ids)) or submit(run, ids)
    pooled = backend.embed(texts)
    assert len(texts) > 15 and len(submitted) == len(texts)
    assert submitted == sorted(submitted, reverse=True) and submitted[0] > submitted[-1]
    tokens = backend.tokenizer.encode_batch(texts)
    alone = np.concatenate([backend._one(e.ids) for e in tokens])
    assert np.array_equal(pooled, alone)


class _Tokens:
    """A stand-in tokenizer that records how it was asked."""

    def __init__(self) -> None:
        self.asked: list[str] = []

    def encode(self, text):
        self.asked.append("encode")
        return type("Encoding", (), {"ids": [len(text)]})()

    def encode_batch(self, texts):
        self.asked.append("encode_batch")
        return [self.encode(t) for t in texts]


def test_background_rows_are_tokenised_one_text_at_a_time():
    """``embed_later`` tokenises each text alone, not with ``encode_batch``: a batch goes to
    the tokenizer's own threads, which wait on the cores the ONNX pool holds (about 20 ms
    a warm seed check against 1-3 ms, session 23); each text's ids are the same."""
    from verify.match.encoders import OnnxMiniLM

    backend = OnnxMiniLM.__new__(OnnxMiniLM)  # no graph: only the tokenising is looked at
    backend.tokenizer, backend.workers = _Tokens(), 2
    backend._one = lambda ids: np.array([ids], dtype=np.float32)
    rows = [f.result() for f in backend.embed_later(["ab", "abcd"])]
    assert backend.tokenizer.asked == ["encode", "encode"]
    assert [r.tolist() for r in rows] == [[[2.0]], [[4.0]]]


class _Later(Counting):
    """A stand-in backend that encodes in the background: each text's row is a future the
    test resolves by hand, so it can see who waits for what."""

    def __init__(self) -> None:
        super().__init__()
        self.futures: dict[str, object] = {}

    def embed_later(self, texts):
        from concurrent.futures import Future

        made = [Future() for _ in texts]
        self.futures.update(zip(texts, made, strict=True))
        return made

    def resolve(self, text: str) -> None:
        self.futures[text].set_result(HashingEncoder().embed([text]))


def test_prefetched_texts_are_encoded_in_the_background_and_waited_for_alone(settings):
    """``prefetch`` returns before any row is made; a checker asking for one text waits
    for that row only, gets the vector ``embed`` gives, and nothing is encoded twice; a
    text never prefetched is encoded when asked; ``forget`` drops the rows on their way."""
    backend = _Later()
    encoder = Encoder(settings, backend)
    texts = ["Leaders know their services well.", "Care leavers are supported.", "Plans."]
    encoder.prefetch(texts)
    assert list(backend.futures) == texts and backend.calls == []
    backend.resolve(texts[1])  # the others are still on their way
    (row,) = encoder.encode([texts[1]])
    assert np.array_equal(row, HashingEncoder().embed([texts[1]])[0])
    assert backend.calls == []
    encoder.prefetch(texts)  # known or on their way: not handed out again
    assert len(backend.futures) == 3
    assert encoder.encode(["Another text."]).shape == (1, HashingEncoder.dimensions)
    assert backend.calls == [["Another text."]]
    waiting = backend.futures[texts[0]]
    encoder.forget()
    assert waiting.cancelled()
    encoder.encode([texts[0]])  # forgotten: encoded when asked
    assert backend.calls[-1] == [texts[0]]


def test_forgetting_at_the_bound_never_drops_a_row_of_the_current_check(settings, monkeypatch):
    """At the bound on remembered rows, only earlier checks' rows are forgotten: a row this
    check queued (was cancelled, by ``forget``, when a later ``prefetch`` of the same check
    passed the bound, and encoded again), made, or asked for again from an earlier check
    stays, so nothing of a check is made twice in it; an earlier check's row not asked
    for again is made again when next asked."""
    from verify.match import rows

    monkeypatch.setattr(rows, "_MEMO_MAX", 5)
    backend = _Later()
    encoder = Encoder(settings, backend)
    encoder.begin_check()
    encoder.encode(["earlier one", "earlier two"])
    encoder.begin_check()
    encoder.encode(["earlier two"])  # asked for again: this check's row now
    encoder.prefetch(["queued"])
    encoder.encode(["made"])
    encoder.prefetch(["more", "still more"])  # 2 + 1 + 1 + 2 rows: past the bound of 5
    assert not backend.futures["queued"].cancelled()
    for text in ("queued", "more", "still more"):
        backend.resolve(text)
    calls = len(backend.calls)
    encoder.encode(["queued", "made", "earlier two", "more", "still more"])
    assert len(backend.calls) == calls  # nothing of this check made twice
    encoder.encode(["earlier one"])
    assert backend.calls[-1] == ["earlier one"]  # an earlier check's, forgotten


def test_a_new_check_keeps_the_last_checks_background_rows_made_or_on_their_way(settings):
    """``begin_check`` keeps the rows the last check's guesses made (remembered, as rows of
    an earlier check) and leaves those not yet made on their way: on the web desk's threads
    the check that queued them may still be running, and waits for them."""
    backend = _Later()
    encoder = Encoder(settings, backend)
    encoder.begin_check()
    encoder.prefetch(["made", "waiting"])
    backend.resolve("made")
    waiting = backend.futures["waiting"]
    encoder.begin_check()
    assert not waiting.cancelled()
    encoder.encode(["made"])
    backend.resolve("waiting")
    encoder.encode(["waiting"])
    assert backend.calls == []


def test_checks_on_threads_sharing_an_encoder_each_get_their_rows(settings):
    """The web desk runs checks on threads sharing one encoder: a check beginning while
    others encode and prefetch moves rows between remembered and on their way, under one
    lock, so no thread finds a row gone between asking and reading it."""
    from concurrent.futures import ThreadPoolExecutor

    encoder = Encoder(settings, HashingEncoder())

    def check(n: int) -> bool:
        texts = [f"text {n % 7} {i}" for i in range(40)]
        for _ in range(30):
            encoder.begin_check()
            encoder.prefetch(texts[::2])
            rows = encoder.encode(texts)
            if not np.array_equal(rows, HashingEncoder().embed(texts)):
                return False
        return True

    with ThreadPoolExecutor(4) as pool:
        assert all(pool.map(check, range(8)))


def test_one_threads_new_check_never_forgets_another_threads_running_check(settings, monkeypatch):
    """A check is its thread's: thread B beginning a check and queueing past the bound
    leaves thread A's running check's rows remembered, so A never makes one twice; once A
    begins its next check, the rows it no longer holds go at the bound."""
    from concurrent.futures import ThreadPoolExecutor

    from verify.match import rows

    monkeypatch.setattr(rows, "_MEMO_MAX", 4)
    backend = _Later()
    encoder = Encoder(settings, backend)
    with ThreadPoolExecutor(1) as a, ThreadPoolExecutor(1) as b:
        a.submit(encoder.begin_check).result()
        a.submit(encoder.encode, ["A's row"]).result()
        b.submit(encoder.begin_check).result()
        b.submit(encoder.prefetch, ["B one", "B two", "B three", "B four"]).result()
        a.submit(encoder.encode, ["A's row"]).result()
        assert backend.calls == [["A's row"]]  # A's row made once in A's check
        a.submit(encoder.begin_check).result()
        b.submit(encoder.prefetch, ["B five"]).result()
        a.submit(encoder.encode, ["A's row"]).result()
        assert backend.calls == [["A's row"], ["A's row"]]  # held by no running check


def test_a_backend_without_background_encoding_encodes_prefetched_texts_at_once(settings):
    backend = Counting()
    encoder = Encoder(settings, backend)
    encoder.prefetch(["a longer text to encode", "short", "short"])
    assert backend.calls == [["short", "a longer text to encode"]]
    encoder.encode(["short"])
    assert len(backend.calls) == 1


def test_each_claims_texts_go_to_the_background_as_soon_as_they_are_known(settings):
    """``prefetch_each`` hands a background backend each list as it comes, so the first
    claim's rows are on their way while the next claim's texts are still being worked out
    (``check.lookups.each_claims``; the wait on the model fell from about 0.11 to 0.02 s a
    warm seed check, session 22); a text already on its way is not handed out again."""
    backend = _Later()
    backend.background = True
    encoder = Encoder(settings, backend)
    handed = []

    def each_claims():
        for texts in (["Plans are clear."], ["Plans are clear.", "Visits are regular."]):
            yield texts
            handed.append(list(backend.futures))

    encoder.prefetch_each(each_claims())
    assert handed == [["Plans are clear."], ["Plans are clear.", "Visits are regular."]]
    assert backend.calls == []


def test_each_claims_texts_go_in_one_batch_without_background_encoding(settings):
    """A backend with no thread to spare (a batch's worker) gets every claim's texts in one
    call, once all are known: a call a claim would each wait on the model."""
    backend = Counting()
    Encoder(settings, backend).prefetch_each(iter([["short", "a longer text"], ["short", "x y"]]))
    assert backend.calls == [["x y", "short", "a longer text"]]


@pytest.mark.model
@pytest.mark.shared
def test_prefetched_onnx_rows_are_the_ones_encoded_in_the_foreground(reports_dir, settings):
    """The ONNX pool encodes prefetched texts while a check goes on: on real report
    sentences each vector is bit for bit the one a plain ``encode`` gives, so encoding in
    the background changes when a vector is made, never a verdict."""
    from verify.match.index import PassageIndex
    from verify.report import load_report

    report = load_report(reports_dir / SALFORD_2024, settings)
    texts = [s.text for s in PassageIndex(report).sentences][::11]
    threaded = Settings(cache_dir=settings.cache_dir, threads=2)
    background = Encoder(threaded)
    background.prefetch(texts)
    later = background.encode(texts[::-1])[::-1]
    assert len(texts) > 15
    assert np.array_equal(later, Encoder(threaded).encode(texts))


def test_past_the_bound_rows_are_looked_over_again_only_once_a_check_has_ended(monkeypatch):
    """Running checks' own rows past the bound are not looked over on every call (a
    rebuild of every row each time): nothing coming leaves them be, and rows come without
    a rebuild until a check ends; then its rows go at the next row to come."""
    from verify.match import rows as rows_module

    monkeypatch.setattr(rows_module, "_MEMO_MAX", 3)
    rows = rows_module.Rows()
    row = np.zeros(2)
    rows.begin_check()
    rows.keep({text: row for text in ("one", "two", "three", "four")})  # held: past the bound
    remembered = rows._rows
    rows.keep({})
    rows.queue([], [])
    rows.keep({"five": row})
    assert rows._rows is remembered  # no rebuild while no check has ended
    rows.begin_check()
    rows.keep({"six": row})
    assert rows._rows is not remembered
    assert set(rows._rows) == {"six"}  # the ended check's rows forgotten

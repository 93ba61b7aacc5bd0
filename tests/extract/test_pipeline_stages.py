"""Extraction as spaCy stages over one Doc: each stage adds its spans, runs alone, and
can be replaced."""

from __future__ import annotations

import subprocess
import sys

from verify.extract import extract_claims, extract_doc
from verify.extract.nlp import STAGES, pipeline, tokenize
from verify.types import Release

TEXT = (
    "Kent County Council was rated Good by Ofsted.\n"
    "Inspectors said: “Leaders know their services well. Children are safe.”\n"
    "Cllr Sue Chandler said the report was ‘a real credit’ to staff."
)


def test_the_pipeline_is_spacy_blank_english_with_the_stages_in_order():
    nlp = pipeline()
    assert nlp.lang == "en"
    assert nlp.pipe_names == list(STAGES)


def test_one_doc_holds_quotations_attributions_and_claims():
    doc = extract_doc(TEXT)
    quotations = list(doc.spans["quotations"])
    assert [TEXT[slice(*q._.chars)] for q in quotations] == [
        "Leaders know their services well. Children are safe.",
        "a real credit",
    ]
    assert [q._.attribution.role for q in quotations] == ["inspectors", "council"]
    assert [(s.text, s.label_) for s in doc.spans["attributions"]] == [
        ("Inspectors", "inspectors"),
        ("Cllr Sue Chandler", "council"),
    ]
    claims = list(doc.spans["claims"])
    # the councillor's sentence is their account too, beside their quotation
    # (claims._says_beside_quotes): an opinion, left not_checkable
    assert [c.label_ for c in claims] == ["rating", "quote", "opinion", "quote"]
    assert claims[0]._.values.grades and claims[0]._.values.authority == "Kent"
    assert [s.text for s in claims] == [TEXT[slice(*c._.chars)] for c in claims]


def test_extract_claims_reads_the_claims_span_group():
    release = Release(source="t.txt", sha256="0" * 64, media_type="text", text=TEXT)
    doc = extract_doc(TEXT)
    claims = extract_claims(release)
    assert [(c.kind, c.start, c.end) for c in claims] == [
        (s.label_, *s._.chars) for s in doc.spans["claims"]
    ]


def test_a_stage_runs_alone_on_a_tokenized_doc():
    doc = pipeline().get_pipe("quotations")(tokenize(TEXT))
    assert len(doc.spans["quotations"]) == 2
    assert "claims" not in doc.spans


def test_a_span_over_the_same_words_keeps_its_own_values():
    """A quoted sentence is a quotation and a sentence claim over the same tokens."""
    text = "Inspectors found “Leaders are effective and children are safe in Kent”."
    doc = extract_doc(text)
    (quote,) = doc.spans["quotations"]
    claims = list(doc.spans["claims"])
    assert len({c.id for c in claims} | {quote.id}) == len(claims) + 1
    assert {c._.attribution.role for c in claims if c.label_ == "quote"} == {"inspectors"}


def test_importing_the_pipeline_does_not_import_torch():
    code = "import sys, verify.extract.nlp; print('torch' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_the_doc_holds_the_release_text_exactly():
    text = "Skip to content\n\n  • Leaders are strong. \nCllr. Ali said: “Good.”\n"
    doc = tokenize(text)
    assert doc.text == text
    assert [t.text for t in doc][:4] == ["Skip", "to", "content", "\n"]

"""Align release text with report passages: normalisation, exact/fuzzy, semantic.

Checkers use ``PassageIndex`` (align a quote, rank passages, word diff, evidence)
and the diff's vocabulary here, never the index's internals.
"""

from verify.match.index import Hit, PassageIndex, Sentence
from verify.match.lexical import FUNCTION_WORDS, Alignment, describe, substantive
from verify.match.normalise import Normalised, light, normalise, tokens
from verify.match.ranking import aligns_with_any
from verify.match.semantic import Encoder

__all__ = [
    "FUNCTION_WORDS",
    "Alignment",
    "Encoder",
    "Hit",
    "Normalised",
    "PassageIndex",
    "Sentence",
    "aligns_with_any",
    "describe",
    "light",
    "normalise",
    "substantive",
    "tokens",
]

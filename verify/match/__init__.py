"""Align release text with report passages: normalisation, exact/fuzzy, semantic."""

from verify.match.index import PassageIndex, Sentence
from verify.match.normalise import Normalised, normalise
from verify.match.semantic import Encoder

__all__ = ["Encoder", "Normalised", "PassageIndex", "Sentence", "normalise"]

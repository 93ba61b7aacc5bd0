"""A stand-in encoder for tests that count how often, and with what, the model is asked."""

from __future__ import annotations

from verify.match.encoders import HashingEncoder


class Counting(HashingEncoder):
    """The hashing encoder, remembering what each call was given."""

    def __init__(self) -> None:
        self.calls: list[list[str]] = []

    def embed(self, texts):
        self.calls.append(list(texts))
        return super().embed(texts)

"""Assemble release text piece by piece, remembering where each planted claim lands."""

from __future__ import annotations

from verify.synth.models import GOLD_VERDICT, GoldClaim
from verify.types import ClaimKind, Role, VerdictLabel


class ReleaseWriter:
    """Paragraphs of plain text; ``claim`` appends text and records its gold label."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._length = 0
        self.claims: list[GoldClaim] = []

    def write(self, text: str) -> None:
        self._parts.append(text)
        self._length += len(text)

    def claim(
        self,
        text: str,
        kind: ClaimKind,
        error: str,
        detail: str = "",
        role: Role | None = None,
        sources: list[str] | None = None,
        original: str | None = None,
        verdict: VerdictLabel | None = None,
    ) -> None:
        """Append ``text`` as a planted claim; its verdict follows from ``error``."""
        start = self._length
        self.write(text)
        self.claims.append(
            GoldClaim(
                id=f"g{len(self.claims) + 1}",
                start=start,
                end=self._length,
                text=text,
                kind=kind,
                error=error,
                detail=detail,
                verdict=verdict or GOLD_VERDICT.get(error, "supported"),
                role=role,
                sources=sources or [],
                original=original,
            )
        )

    def end_paragraph(self) -> None:
        """Close the paragraph (dropping a trailing space); never leaves an empty one."""
        while self._parts and self._parts[-1] == " ":
            self._length -= len(self._parts.pop())
        if self._parts and not self._parts[-1].endswith("\n\n"):
            self.write("\n\n")

    @property
    def text(self) -> str:
        return "".join(self._parts).rstrip("\n") + "\n"

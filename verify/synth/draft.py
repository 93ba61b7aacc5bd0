"""A synthetic release under construction: the report, the random stream, the writer and
the words its officials and councillors are given."""

from __future__ import annotations

import random
from collections.abc import Sequence
from functools import cached_property

from rapidfuzz import fuzz

from verify.match.normalise import normalise
from verify.synth.wording import Sentence, place_name, quotable
from verify.synth.writer import ReleaseWriter
from verify.types import Report

ERROR_SHARE = 0.5
"""Chance that a rating or fact claim carries an error (else it is stated correctly)."""
NEAR = 70
"""A borrowed sentence this close (partial ratio) to anything in the report could pass for
a misquote of it; only sentences further away are planted as another council's words."""

OPINIONS = (
    "I am delighted that Ofsted has recognised the hard work and dedication of our staff.",
    "This is a fantastic achievement and a testament to everyone who works with children in "
    "{place}.",
    "We are committed to making sure every child in {place} is safe, supported and has the "
    "best possible start in life.",
    "There is no room for complacency and we will keep working to improve our services.",
    "Our staff go above and beyond every day for the children and families we support.",
    "We know there is more to do, and the report gives us a clear plan for the next steps.",
    "I want to thank our partners in health, the police and schools for working so closely "
    "with us.",
    "This result reflects years of investment in our workforce and in early help.",
    "Every one of our social workers should be proud of what this report says about them.",
    "Families in {place} can be confident that their children are in safe hands.",
)
FIRST_NAMES = (
    "Sarah",
    "James",
    "Amina",
    "David",
    "Helen",
    "Rajesh",
    "Claire",
    "Tom",
    "Fatima",
    "Gareth",
    "Joanne",
    "Michael",
)
SURNAMES = (
    "Hughes",
    "Patel",
    "Okafor",
    "Whitfield",
    "Brennan",
    "Ahmed",
    "Lloyd",
    "Marsh",
    "Kaur",
    "Davies",
    "Thornton",
    "Walsh",
)


class ReleaseDraft:
    """One release under construction: the report, the random stream and the writer."""

    def __init__(self, report: Report, others: Sequence[Report], rng: random.Random) -> None:
        self.report = report
        self.others = [o for o in others if o.authority != report.authority]
        self.rng = rng
        self.out = ReleaseWriter()
        self.place = place_name(report)
        self.pool = quotable(report.passages)
        rng.shuffle(self.pool)
        self.used_others: list[str] = []
        self.councillor = self._person()
        self.director = self._person()

    def _person(self) -> str:
        return f"{self.rng.choice(FIRST_NAMES)} {self.rng.choice(SURNAMES)}"

    @cached_property
    def normalised_report(self) -> str:
        return normalise(self.report.text).text

    def in_report(self, text: str) -> bool:
        """Whether ``text`` (or something close to it) occurs in this report."""
        words = normalise(text).text
        return fuzz.partial_ratio(words, self.normalised_report) >= NEAR

    def opinion(self) -> str:
        return self.rng.choice(OPINIONS).format(place=self.place)

    def erring(self) -> bool:
        return self.rng.random() < ERROR_SHARE

    # -------------------------------------------------------------- writing helpers

    def sentence(self) -> Sentence | None:
        return self.pool.pop() if self.pool else None

    def quote(self, lead: str, text: str, error: str, role: str, **gold) -> None:
        """Write ``lead`` with the quotation in place of '{}'; the claim is the quoted words."""
        before, after = lead.split("{}")
        self.out.write(before)
        self.out.claim(text, "quote", error, role=role, **gold)
        self.out.write(after)
        self.out.end_paragraph()

    def councillor_lead(self) -> str:
        return f"Councillor {self.councillor}, cabinet member for children’s services, said: “{{}}”"

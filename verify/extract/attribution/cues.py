"""A speaker found for a quotation (``_Cue``), and the speakers named before it that a
pronoun can stand for (``_Earlier``).

The rules in the modules after this one each give a ``_Cue``; ``_to_attribution`` makes it
the ``Attribution`` a quotation carries, a pronoun ('He added:') resolved to the last person
named, 'it' to the last body, 'they' to the last speaker. Also here: whether a speaker is a
person speaking for themselves, and the surnames a release names a speaker by again ('Mr
Reed' after 'lead inspector Matt Reed'), so the role the full name had carries over.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from verify.types import Attribution, Span
from verify.words.speakers import (
    OWN_WORDS_ROLES,
    framed_speaker,
    is_person,
    named_in_plural,
    names_person,
    role_of,
)

_PRONOUN = re.compile(
    r"^(?:he|she|they|it|(?:his|her|their)\s+team)(?:\s+(?:also|then|later|further))?$", re.I
)
"""A subject standing for a speaker named before: a pronoun, or the team of one ("Her
team found", after "The inspection, led by Jo Park HMI, ...")."""


@dataclass(frozen=True)
class _Cue:
    """A speaker found for a quotation; ``teller``: the person whose saying verb reports
    the source ("Pinaki Ghoshal said the report recognised “…”": the report speaks, and a
    'he' after means Mr Ghoshal)."""

    speaker: str | None
    role: str
    start: int | None = None
    end: int | None = None
    teller: str | None = None

    @classmethod
    def named(cls, speaker: str, start: int) -> _Cue:
        """A speaker named as written at ``start``, in the role their words give."""
        return cls(speaker, role_of(speaker), start, start + len(speaker))

    @classmethod
    def pronoun(cls, words: str, start: int | None) -> _Cue:
        """A pronoun standing for a speaker named before ('They also', 'she'), at
        ``start`` (None: not located)."""
        return cls(words, "pronoun", start, None if start is None else start + len(words))


@dataclass
class _Earlier:
    """The speakers a pronoun can stand for: the last named, the last person ('he',
    'she'), the last body or document ('it')."""

    named: Attribution | None = None
    person: Attribution | None = None
    body: Attribution | None = None

    def heard(self, attr: Attribution, cue: _Cue | None) -> None:
        """Remember the speaker of a quotation (and the person who told a source's words)."""
        if attr.speaker and attr.role != "unattributed":
            self.named = attr
            if _a_person(attr.speaker):
                self.person = attr
            elif attr.role in ("inspectors", "council") or not named_in_plural(attr.speaker):
                # People named in the plural are never 'it' ('Adopters described ...').
                self.body = attr
        if cue is not None and cue.teller and _a_person(cue.teller):
            self.person = Attribution(speaker=cue.teller, role=role_of(cue.teller))

    def framed(self, sentence: str) -> Attribution | None:
        """Remember the person a sentence with no quotation opens by saying something
        ("Mayor Tom Wootton said services remained strong. “…,” he said."); that person
        when they speak for themselves (``_speaks_for_self``)."""
        who = framed_speaker(sentence)
        if who and _a_person(who) and role_of(who) != "unattributed":
            self.person = Attribution(speaker=who, role=role_of(who))
            return self.person if _speaks_for_self(self.person) else None
        return None

    def meant(self, pronoun: str) -> Attribution | None:
        """Whom ``pronoun`` stands for: 'he'/'she' ('his'/'her' team) a person, 'it' no
        person, 'they' anyone."""
        word = pronoun.split()[0].lower() if pronoun.strip() else ""
        if word in ("he", "she", "his", "her"):
            # Never a body: "inspectors ... she said" is someone else. A person named before
            # with no words of theirs ("Cllr Ann Lee welcomed the report. She said: “…”")
            # is still a person speaking, never the report: their own words, unnamed.
            return self.person or Attribution(role="other")
        if word in ("it", "its"):
            return self.body
        return self.named


_DOCUMENT_OF = re.compile(r"[’']s\s+(?:[\w-]+\s+)?(?:report|inspection|letter|findings)\b", re.I)
"""A document of someone's ("HMI Amanda Maxwell’s report"): not the person speaking."""


def _a_person(speaker: str) -> bool:
    """True when a speaker as written is a person, not a person's report."""
    return is_person(speaker) and not _DOCUMENT_OF.search(speaker)


def _speaks_for_self(attr: Attribution) -> bool:
    """True when a quotation's speaker is a person speaking for themselves (an official, a
    parent): a paragraph of quotation after the one they close goes on with their words
    ("Jo Park said staff had been “tested”." then "“Our teams kept visiting …”"), as a
    reader reads it; their words are their own, so no flag rests on it."""
    return attr.role in OWN_WORDS_ROLES and bool(attr.speaker) and _a_person(attr.speaker or "")


def _stands_for(pronoun: str | None, cue: _Cue) -> bool:
    """True when ``pronoun`` can stand for the speaker the sentence before names: 'he' or
    'she' only for a person ('Inspectors noted …. He said: “…”' is someone else, as
    ``_Earlier.meant`` reads them), any other pronoun for anyone."""
    word = pronoun.split()[0].lower() if pronoun and pronoun.strip() else ""
    return word not in ("he", "she") or (cue.speaker is not None and _a_person(cue.speaker))


_NAME_WORD = re.compile(r"[\w’'-]+")


def surname(speaker: str) -> str:
    """A speaker's last word before any title after a comma, by which a release names
    them again ("Mr Reed" after "Matt Reed, lead inspector")."""
    words = _NAME_WORD.findall(speaker.split(",")[0])
    return words[-1] if words else ""


def _surnames(speaker: str) -> set[str]:
    """The surnames a release may name a speaker by again: ``surname``'s, and a person's
    named in apposition after their title ("The director of children's services, Chris
    Malden": 'Mr Malden')."""
    parts = [part for part in speaker.split(",")[1:] if names_person(f" {part.strip()}")]
    return {surname(speaker), *(surname(part) for part in parts)}


def _known_speaker(attr: Attribution, roles: dict[str, str]) -> Attribution:
    """'Mr Reed' after 'lead inspector Matt Reed': the role the full name was given."""
    if attr.speaker and attr.role == "other" and surname(attr.speaker) in roles:
        return attr.model_copy(update={"role": roles[surname(attr.speaker)]})
    return attr


def _to_attribution(cue: _Cue, earlier: _Earlier) -> Attribution | None:
    """The cue as an attribution; a pronoun stands for an earlier speaker (``_Earlier``)."""
    if cue.role == "pronoun":
        meant = earlier.meant(cue.speaker or "")
        if meant is None:
            return None
        said = None if cue.start is None else Span(start=cue.start, end=cue.end, text=cue.speaker)
        return meant.model_copy(update={"pronoun": said})
    teller = _teller(cue.teller, earlier)
    return Attribution(
        speaker=cue.speaker, role=cue.role, start=cue.start, end=cue.end, teller=teller
    )


def _teller(told_by: str | None, earlier: _Earlier) -> str | None:
    """The person who tells a source's words ("Cllr Lee said inspectors found “…”": Cllr
    Lee; "She said inspectors found": the person 'she' stands for, or 'She' as written when
    no name is known: a person all the same), as written; None for no person (a body or an
    Ofsted official telling is no one's fallible memory)."""
    if not told_by:
        return None
    if _PRONOUN.match(told_by):
        meant = earlier.meant(told_by)
        if meant is not None and meant.speaker:
            told_by = meant.speaker
        elif told_by.split()[0].lower() in ("he", "she"):
            return told_by
        else:
            return None
    if not told_by or not _a_person(told_by) or role_of(told_by) == "inspectors":
        return None
    return told_by

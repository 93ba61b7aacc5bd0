"""Tweets pasted into a release as text, attributed to the account that signs them.

A paragraph followed by a '— Name (@handle) date' signature line is a tweet: its words (a
trailing link dropped) are the signature's author's. Nothing else in the package is needed:
a tweet's speaker is never read from the words around it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from verify.extract.text import Paragraph
from verify.types import Attribution
from verify.words.speakers import (
    role_of,
)

_TWEET_SIGNATURE = re.compile(
    r"^[—–-]{1,2}\s*(?P<speaker>[^()\n]{2,80}?)\s*\(@(?P<handle>\w{1,30})\)\s*(?P<when>[^\n]*)$"
)
_TRAILING_LINK = re.compile(r"\s*(?:pic\.twitter\.com/\S+|https?://\S+)\s*$")


@dataclass(frozen=True)
class Tweet:
    """A tweet pasted as text: its words (link dropped) and its signature's author."""

    start: int
    end: int
    speaker: str
    signature_start: int
    signature_end: int


def find_tweets(text: str, paras: Sequence[Paragraph]) -> list[Tweet]:
    """Tweets: a paragraph followed by a '— Name (@handle) date' signature line."""
    tweets = []
    for prev, para in zip(paras, paras[1:], strict=False):
        m = _TWEET_SIGNATURE.match(text[para.line_start : para.end])
        if not m:
            continue
        end = prev.start + len(_TRAILING_LINK.sub("", text[prev.start : prev.end]))
        tweets.append(Tweet(prev.start, end, m.group("speaker").strip(), para.line_start, para.end))
    return tweets


def tweet_attribution(text: str, tweet: Tweet) -> Attribution:
    """The tweet's author, located in its signature line."""
    speaker_at = text.find(tweet.speaker, tweet.signature_start, tweet.signature_end)
    return Attribution(
        speaker=tweet.speaker,
        role=role_of(tweet.speaker),
        start=speaker_at,
        end=speaker_at + len(tweet.speaker),
    )

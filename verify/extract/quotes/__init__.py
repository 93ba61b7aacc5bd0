"""Find quotations in release text: a pure matcher from text to quote spans.

Quote marks in press releases are curly or straight, single or double, often
unbalanced, and share a glyph with the apostrophe (children’s, councils’). The
scanner decides each mark's job from its neighbours, lets the other kind of mark
nest inside an open quote, and follows the British convention for quotes that run
over several paragraphs: each new paragraph reopens the quote without the previous
one being closed. Quoted terms (‘Good’, “judgement areas”) are kept apart from
quotations so that a grade word in quote marks is never checked as a quote; any
other quoted word, even one alone (a service found “strong”), is a quotation.

A package, one module a concern, each using only those before it: ``match`` (a
quotation found, ``QuoteMatch``, and how one is finished: ``_Open``, ``_trim``,
``_finish``, a quoted term told from a quotation), ``roles`` (each mark's job from its
neighbours, ``mark_role``; doubled typewriter marks, ``scan_marks``), ``tables`` (the
jobs of a text's marks tabulated once, ``_MarkRoles``, ``_paragraph_roles``),
``paragraphs`` (quotations running over paragraphs: ``_reopening``,
``_speech_going_on``, ``_closing_below``), ``strays`` (marks that break the plain
pairing: ``_slipped``, ``_orphan_close``, ``_possessive``, ``_nested_same``),
``nested`` (a nested quotation given to Ofsted, ``_nested_quotation``), ``blocks``
(quotations set apart by layout alone, ``_unmarked_blocks``) and ``scan``
(``find_quotes``, the one pass). Private names are reached in the module named here.
"""

from verify.extract.quotes.match import QuoteMatch
from verify.extract.quotes.roles import mark_role, scan_marks
from verify.extract.quotes.scan import find_quotes

__all__ = ["QuoteMatch", "find_quotes", "mark_role", "scan_marks"]

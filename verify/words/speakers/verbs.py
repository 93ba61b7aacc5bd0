"""The verbs that introduce reported words or give an inspection's judgement, and the
forms of 'be' a passive judgement is made with: the one list of reporting verbs extraction
and the checks share (``REPORTING_VERBS``), and the narrower ones a reader needs (saying,
judging, finding, posting, agreeing, wanting).

Words only: no pattern here names a speaker, so this module uses none of the package's.
"""

from __future__ import annotations

import re

from verify.words.grades import GRADING_VERBS

SAYING_VERBS = (
    r"said|says|say|added|adds|add|stated|states|state|commented|comments|told|tells|explained|"
    r"explains|wrote|writes|believes?|admitted|insist(?:s|ed)?|claimed|argued|argues|"
    r"tweeted|asked|asks|"
    r"sp(?:oke|eaks)(?: highly)? (?:of|about)|talk(?:ed|s) (?:of|about)"
)
"""Verbs of saying, as a speaker's frame ("X said ...", "…,” X added", "Inspectors spoke
of “…”"): anyone says."""
EMPHATIC_VERBS = (
    r"(?:did|does|do)\s+(?:also\s+)?(?:point\s+out|note|raise|ask\s+for|warn|observe|"
    r"criticise|criticize|comment\s+on|flag|question)"
)
"""A reporting verb after an emphatic 'did' ('Inspectors did point out that ...', 'they did
ask for improvements in ...'): the verb that tells the finding, in its base form, which
the past-tense lists miss (read as what inspectors did, an inspection fact, it hid the
finding from its check)."""
JUDGING_VERBS = (
    r"found|finds|find|praised|praises|described|describes|reported|reports|highlighted|"
    r"highlights|deemed|deems|urged|urges|recommended|recommends|labelling|labelled|labeling|labeled|calling|called|"
    r"recognised|recognized|recognises|recognizes|concluded|concludes|observed|observes|"
    r"acknowledged|acknowledges|judges|seen|regarded|considered|identified|"
    r"identifies|commended|commends|credited|credits|cites|cited|warned|declared|welcomed|"
    r"welcomes|listed|lists|raised|raises|criticised|criticises|criticized|warns|singled out|"
    r"made clear|makes clear|is clear|was clear|saw|sees|rate|rates|noted|notes|pointed out|"
    rf"points out|confirmed|confirms|{EMPHATIC_VERBS}|{GRADING_VERBS}"
)
"""Verbs that give an inspection's judgement ("inspectors found", "the report is clear")."""
JUDGING_PARTICIPLES = (
    r"singling out|praising|highlighting|commending|criticising|criticizing|citing|noting|"
    r"recognising|recognizing|identifying"
)
"""Participles of the verbs giving an inspection's judgement ('..., singling out its virtual
school'): a finding told in passing, after the words it follows."""
PRAISING_VERBS = (
    r"praised|praises|recognised|recognises|recognized|recognizes|commended|commends|"
    r"highlighted|highlights|credited|credits|criticised|criticises|criticized|criticizes|"
    r"identified|identifies"
)
"""Finite verbs that judge a thing named as their object ('Ofsted recognises strong support
for care leavers'): the object, in the release's own words, is what the report judged."""
TOLD_PASSIVE = re.compile(r"^(?:warned|told|advised|reminded|informed|assured)$", re.I)
"""Verbs whose passive has the one told as its subject ("the council had been warned
that …"): what follows is the teller's account of what they were told, in their words, not
the words of someone who judged (as 'was described as' is the inspectors')."""
RATING_VERB = re.compile(r"\b(?:rate|rates|rated|graded)\b", re.I)
"""Verbs that give a grade, not words: their subject speaks a quotation only when it is
Ofsted ("services rated good" names no speaker)."""


REPORTING_VERBS = rf"{SAYING_VERBS}|{JUDGING_VERBS}|continued|continues|(?:went|goes) on(?!\s+to\b)"
"""Every verb that introduces reported words ('…,” he continued', 'He went on: “…”'): the
one list extraction and checks use. 'Continued' is not a frame on its own ("Leaders
continued to ..."), nor 'went on to'."""
REPORTING_VERB = re.compile(rf"\b(?:{REPORTING_VERBS})\b", re.I)
ENDING_VERBS = rf"{REPORTING_VERBS}|reads"
"""The verbs naming a speaker after a quotation at a sentence's end: the reporting verbs
and a document's 'reads', in either order ('…,” the report reads.', '…,” reads the
report.'). Before a quotation 'reads' is left to
the reading of its subject ('Dunmere’s report reads “…”' is that report's words)."""
POSTING_VERBS = r"posted|posts|shared|shares|admits|admit|concedes|conceded"
"""Verbs putting words on social media ('The leader posted on X: “…”', 'shared on
Facebook') or conceding them ('It also admits a problem: “…”'): a speaker's frame for a
quotation, read by attribution only (not by clause or finding readers, to whom
'posted' and 'shared' are ordinary verbs)."""
WANTING = re.compile(r"\b(?:wants|wanted)\b", re.I)
"""A verb asking for something ('Among the things Ofsted wants improved is “…”'): the
words after it are the asker's only when the asker is Ofsted or its report, whose list of
what must improve they quote; anyone else wanting something says nothing quoted."""
AGREEING_VERBS = (
    r"agreed|agrees|responded|responds|replied|replies|echoed|echoes|concurred|concurs|"
    r"reflected|reflects|summed\s+up|went\s+further"
)
"""Verbs that frame a quotation only right before a colon ('The company's chair, Andrew
Fraser, agreed: “…”', 'Mr Ashby replied: “…”'): elsewhere ordinary verbs ('the plan was
agreed', 'agreed to meet'), so never among the reporting verbs every reader shares."""
QUOTING_VERB = re.compile(rf"\b(?:{REPORTING_VERBS}|{POSTING_VERBS}|wants|wanted)\b", re.I)
"""Every verb attribution reads as framing a quotation: the reporting verbs, the posting
verbs and the wanting ones (``WANTING``, Ofsted's only)."""
VISITING_VERBS = r"visited|met(?:\s+with)?|spoke\s+(?:to|with)|observed|looked\s+at|went\s+to"
"""Verbs of the inspectors' visit: whom they met, what they saw ('Inspectors met ‘many
dedicated and committed social workers’', drift36: the words met were the report's)."""

FINDING_VERBS = (
    r"found|finds?|praised?|praises|noted|notes|highlight\w*|identif\w*|raised|wants?|wanting|"
    r"recognis\w*|recogniz\w*|acknowledg\w*|impressed|said|says|added|adds|states?|stated|"
    r"concluded|concludes|judged|describ\w*|"
    rf"reported|gives|cites|commended|criticis\w*|{EMPHATIC_VERBS}"
)
"""Verbs that, with Ofsted, its inspectors or their report as the subject, state what the
inspection found ("the report highlights", "inspectors were impressed", "Ofsted wants"):
narrower than ``REPORTING_VERBS``, whose 'welcomed', 'rated', 'called' or 'reports' (a noun
as often) beside 'Ofsted' make no finding ("Ofsted rating welcomed")."""


LINKING_OPENERS = r"but|and|however|meanwhile|also"
"""Words opening a sentence that link it to the one before ('However, inspectors said'),
not part of its speaker or what it says: inside another pattern."""


FINDING_NOUNS = r"concerns?|strengths?|weakness\w*|areas? for (?:improvement|development)|praise"
"""Nouns that name what an inspection found ("Ofsted's concerns", "areas for improvement
in the report"): with Ofsted or its report as the source, a finding as a verb makes one."""
STATING_NOUNS = r"findings?|conclusions?|verdict|observations?|description|assessment"
"""Nouns that name what a report states ('the report's finding that York had secured “…”'):
with Ofsted or its report as their owner, the words they introduce are the report's."""
BE_DONE = r"is|are|was|were|been|being"
"""The forms of 'be' of a passive that tells what was done ('were praised', 'has been
judged'), not the infinitive of an aim ('to be rated outstanding')."""
BE = rf"{BE_DONE}|be"
"""Every form of 'be' a passive is made with ('is also described as', 'will be said')."""
JUDGED_PASSIVE = re.compile(rf"\b(?:{BE_DONE})\s+(?:\w+ly\s+|also\s+)?(?:{JUDGING_VERBS})\b", re.I)
"""A judgement in the passive ("was found to have improved", "were praised"): in a
release about an inspection, the inspectors' (as a passive quotation's speaker is)."""

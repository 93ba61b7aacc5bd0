"""Who speaks in a release: speakers' roles, and Ofsted, its inspectors or their report
as a source.

Extraction attributes quotes with these words and the checkers and the evaluation read
the roles back, so they live here rather than in ``verify.extract``.

A package since session 26, one module a concern, each using only those before it:
``names`` (Ofsted, its inspectors and report by name, the council's titles,
``INSPECTORS_NAMED``, ``_INSPECTION_DOCS``, ``_COUNCIL_TITLE``, ``mentions_inspectors``),
``verbs`` (the reporting, judging and finding verbs, ``REPORTING_VERBS``, and the passive,
``JUDGED_PASSIVE``), ``framing`` (the frame of a finding cut or blanked, ``FRAMING_PHRASE``,
``content_clause``, ``framing_blanked``, ``ACCORDING_TO``), ``people`` (a person named,
``is_person``, ``names_person``, ``named_in_plural``), ``roles`` (a speaker's role, ``role_of``,
``_role_as_written``, ``OTHER_INSPECTORATE``, ``in_own_words``), ``saying`` (the speaker
opening a sentence, ``framed_speaker``, ``_BEFORE_SAYING``, ``stance_speaker``),
``subjects`` (the council or Ofsted as a sentence's subject, ``council_opens_as_subject``,
``plans_ahead``), ``graders`` (a grade given or said by someone else, ``other_grader``,
``_grading_verb``, ``_PRONOUN_GRADER``, ``other_speaker``) and ``leads`` (the lead
inspector named, ``LED_BY``, ``LEAD_NAMED``). Every name the rest of the project imports
is kept here; a private one in the module named here.
"""

from verify.words.speakers.framing import (
    ACCORDING_TO,
    FRAMING,
    FRAMING_PHRASE,
    POINTS_BACK,
    SAYING_ON,
    content_clause,
    framing_blanked,
    visit_framed,
)
from verify.words.speakers.graders import other_grader, other_speaker
from verify.words.speakers.leads import LEAD_CLAUSE, LEAD_NAMED, LED_BY
from verify.words.speakers.names import (
    FIRST_PERSON,
    INSPECTION_DOCUMENTS,
    INSPECTORS_NAMED,
    INSPECTORS_SOURCE,
    OFSTED_NAMES,
    OFSTED_NOUNS,
    OFSTED_OFFICIAL,
    mentions_inspectors,
)
from verify.words.speakers.people import (
    is_person,
    named_in_plural,
    names_person,
    speaks_for_themselves,
)
from verify.words.speakers.roles import OTHER_INSPECTORATE, OWN_WORDS_ROLES, in_own_words, role_of
from verify.words.speakers.saying import (
    GRADED_BY_THE_DOCUMENT,
    REACTION,
    STANCE,
    framed_speaker,
    said_aside,
    set_off,
    stance_speaker,
)
from verify.words.speakers.subjects import (
    COUNCIL_STAFF,
    COUNCIL_SUBJECT,
    INSPECTORS_SUBJECT,
    council_as_subject,
    council_opens_as_subject,
    in_council_voice,
    plans_ahead,
)
from verify.words.speakers.verbs import (
    AGREEING_VERBS,
    BE,
    BE_DONE,
    ENDING_VERBS,
    FINDING_NOUNS,
    FINDING_VERBS,
    JUDGED_PASSIVE,
    JUDGING_PARTICIPLES,
    JUDGING_VERBS,
    PRAISING_VERBS,
    QUOTING_VERB,
    RATING_VERB,
    REPORTING_VERB,
    REPORTING_VERBS,
    SAYING_VERBS,
    STATING_NOUNS,
    TOLD_PASSIVE,
    VISITING_VERBS,
    WANTING,
)

__all__ = [
    "ACCORDING_TO",
    "AGREEING_VERBS",
    "BE",
    "BE_DONE",
    "COUNCIL_STAFF",
    "COUNCIL_SUBJECT",
    "ENDING_VERBS",
    "FINDING_NOUNS",
    "FINDING_VERBS",
    "FIRST_PERSON",
    "FRAMING",
    "FRAMING_PHRASE",
    "GRADED_BY_THE_DOCUMENT",
    "INSPECTION_DOCUMENTS",
    "INSPECTORS_NAMED",
    "INSPECTORS_SOURCE",
    "INSPECTORS_SUBJECT",
    "JUDGED_PASSIVE",
    "JUDGING_PARTICIPLES",
    "JUDGING_VERBS",
    "LEAD_CLAUSE",
    "LEAD_NAMED",
    "LED_BY",
    "OFSTED_NAMES",
    "OFSTED_NOUNS",
    "OFSTED_OFFICIAL",
    "OTHER_INSPECTORATE",
    "OWN_WORDS_ROLES",
    "POINTS_BACK",
    "PRAISING_VERBS",
    "QUOTING_VERB",
    "RATING_VERB",
    "REACTION",
    "REPORTING_VERB",
    "REPORTING_VERBS",
    "SAYING_ON",
    "SAYING_VERBS",
    "STATING_NOUNS",
    "STANCE",
    "TOLD_PASSIVE",
    "VISITING_VERBS",
    "WANTING",
    "content_clause",
    "council_as_subject",
    "council_opens_as_subject",
    "framed_speaker",
    "framing_blanked",
    "in_council_voice",
    "in_own_words",
    "is_person",
    "mentions_inspectors",
    "named_in_plural",
    "names_person",
    "other_grader",
    "other_speaker",
    "plans_ahead",
    "role_of",
    "said_aside",
    "set_off",
    "speaks_for_themselves",
    "stance_speaker",
    "visit_framed",
]

"""Who speaks: the reporting verbs, a sentence's framed speaker, a person named."""

from __future__ import annotations

import pytest

from verify.words.speakers import (
    INSPECTORS_SUBJECT,
    REPORTING_VERB,
    framed_speaker,
    names_person,
    role_of,
    speaks_for_themselves,
    stance_speaker,
)


def test_a_framed_speaker_is_read_as_written():
    assert framed_speaker("Deputy mayor Sarah Russell said the council had ...") == (
        "Deputy mayor Sarah Russell"
    )
    assert framed_speaker("But the council also said it had reduced caseloads.") == ("the council")
    assert framed_speaker("She went on to say the service was a strength.") == "She"


def test_a_clause_of_its_own_before_and_is_not_the_speaker():
    """Session 21 (findings21): a finding in the passive, then ', and the report said':
    the whole clause was read as the speaker, and both findings as opinion."""
    assert (
        framed_speaker(
            "The virtual school was described as highly ambitious, with staff who champion "
            "children in care, and the report said those children have improved attendance."
        )
        == "the report"
    )
    assert (
        framed_speaker(
            "Cllr Ann Lee, cabinet member for children, and the director said they were proud."
        )
        == "Cllr Ann Lee, cabinet member for children, and the director"
    )


def test_a_source_after_a_comma_or_a_passive_is_no_framed_speaker():
    assert framed_speaker("Children's services in Leeds are improving, says Ofsted") is None
    assert framed_speaker("Leaders were said to understand their services well.") is None


def test_reporting_verbs_include_the_inspectors_frames_seen_in_releases():
    for frame in ("pointed out that", "is clear that", "have listed", "also welcomed", "added"):
        assert REPORTING_VERB.search(f"The report {frame} ..."), frame


def test_the_inspectors_as_subject_in_a_sentence_s_first_words():
    assert INSPECTORS_SUBJECT.match("In their report, inspectors found ...")
    assert INSPECTORS_SUBJECT.match("An inspection of children's services has found ...")
    assert not INSPECTORS_SUBJECT.match("The council said that on the day of the inspection ...")


def test_a_person_is_named_by_title_or_forename_and_surname():
    assert names_person("The department appointed Eleanor Brazil as commissioner.")
    assert names_person("The council was working with taxi firms, Mr Hackett said.")
    assert not names_person("The Sandwell Children’s Trust runs Children’s Services here.")
    assert not names_person("Services in North Lincolnshire were inspected in March.")


def test_a_speaker_with_a_title_in_apposition_is_framed():
    assert framed_speaker("Cllr Chris Best, cabinet member for children, said the report ...") == (
        "Cllr Chris Best, cabinet member for children"
    )


def test_a_speakers_role_is_theirs_not_what_a_clause_about_them_names():
    assert role_of("Cllr Lee, who welcomed Ofsted's findings") == "council"
    assert role_of("The chair of the council's Ofsted improvement board, Cllr Lee") == "council"
    assert role_of("Yvette Stanley, Ofsted's National Director") == "inspectors"
    assert role_of("Matt Reed, who led the inspection") == "inspectors"
    assert role_of("Jo Park, responding to the report") == "other"


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        ("Opposition leaders called the grade “disappointing”.", "Opposition leaders"),
        ("Council leaders welcomed the report.", "Council leaders"),
        ("Cllr Jo Lee criticised the findings.", "Cllr Jo Lee"),
        ("Ofsted praised leaders for their ambition.", None),
        ("The council was praised by inspectors.", None),
        ("Help and protection, described as strong, was good.", None),
    ],
)
def test_a_council_speakers_stance_frames_their_words(sentence, who):
    assert stance_speaker(sentence) == who


@pytest.mark.parametrize(
    ("speaker", "role"),
    [
        ("A former Ofsted inspector, now a consultant to the council", "other"),
        ("Dr Sam Whitfield, a former Ofsted inspector who now advises the council", "other"),
        ("an ex-HMI", "other"),
        ("The Ofsted-registered charity Family Action", "other"),
        ("The watchdog for social workers, Social Work England", "other"),
        ("His Majesty's Inspectorate of Probation", "other"),
        ("the Care Quality Commission", "other"),
        ("Jane Smith, a care leaver who met the inspectors", "other"),
        ("the schools watchdog", "inspectors"),
        ("the watchdog for children's services", "inspectors"),
        ("Ofsted inspector Jo Park", "inspectors"),
    ],
)
def test_someone_who_once_inspected_or_another_inspectorate_is_not_ofsted(speaker, role):
    """A former inspector speaks for themselves, another body's watchdog or inspectorate
    for itself, a word made with 'Ofsted' names no inspector, and a person's apposition
    says who they are before a relative clause naming the inspectors they met."""
    assert role_of(speaker) == role


def test_a_verb_of_saying_set_off_by_commas_has_its_own_speaker():
    """'The report, he said, was “fair”': 'he' speaks of the report."""
    assert framed_speaker("The report, he said, was fair.") == "he"
    assert framed_speaker("The report, Cllr Lee said, was fair.") == "Cllr Lee"
    assert framed_speaker("Cllr Chris Best, cabinet member, said the report ...") == (
        "Cllr Chris Best, cabinet member"
    )


@pytest.mark.parametrize(
    ("speaker", "speaks"),
    [
        ("Jo Park", True),
        ("One father", True),
        ("Parents", True),
        ("A care leaver", True),
        ("Derbyshire Police", True),
        ("the Department for Education", False),
        ("The figures", False),
    ],
)
def test_a_person_or_partner_speaks_for_themselves_a_statistics_source_does_not(speaker, speaks):
    assert speaks_for_themselves(speaker) is speaks


def test_a_frame_naming_the_inspection_stays_the_visit():
    """Blanking 'inspectors found' keeps a finding's durations its own, but 'the
    inspection found' names the visit, whose duration it is."""
    from verify.words.speakers import framing_blanked

    assert "inspection" in framing_blanked("The fortnight-long inspection found that it is good.")
    assert "inspectors" not in framing_blanked("Children wait 12 weeks, inspectors found.")


@pytest.mark.parametrize(
    ("sentence", "finding"),
    [
        (
            "Inspectors visited the fostering team and praised the excellent support it "
            "gives to foster carers.",
            "the fostering team the excellent support it gives to foster carers.",
        ),
        (
            "Inspectors met the disabled children's team and praised its comprehensive and "
            "child-focused assessments.",
            "the disabled children's team its comprehensive and child-focused assessments.",
        ),
        ("Inspectors visited 20 homes in March.", None),  # a visit, framing no finding
        ("Leaders visited the team and praised its work.", None),  # not the inspectors
    ],
)
def test_a_visit_frames_what_the_inspectors_said_of_it(sentence, finding):
    """'Inspectors visited X and praised Y' is ranked on X and Y (paraphrase17: the
    visit's words pulled 'Children spoke eloquently to inspectors ...' ahead of the
    sentence that says it, and supported the claim with 22% of its words)."""
    from verify.check.finding import topic
    from verify.words.speakers import visit_framed

    assert visit_framed(sentence) == finding
    assert topic(sentence) == (finding or sentence)

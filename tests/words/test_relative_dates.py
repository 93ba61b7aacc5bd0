"""Times said relative to a release ('last month', 'earlier this year', 'today'), seasons,
and the release's own date read from its dateline."""

from datetime import date

import pytest

from verify.words.dates import RELATIVE, SEASONS, dateline, relative_window


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Skip to main content\n\nFriday 13 January 2023\n\nHeadline", date(2023, 1, 13)),
        ("News\n\nPublished 16 May 2024\n\nHeadline", date(2024, 5, 16)),
        ("The Sentinel\n\nFriday, March 21, 2014\n\nHeadline", date(2014, 3, 21)),
        ("Council\n\n25 August 2017\n\nHeadline", date(2017, 8, 25)),
        # a page's metadata line, a date opening a paragraph, a news site's timestamp
        ("date 2017-09-04 Croydon town centre. (Photo)", date(2017, 9, 4)),
        ("Headline\n\nMonday 20 November 2023: The council's services", date(2023, 11, 20)),
        ("September 4, 2017 9.31 am This story is over 78 months old", date(2017, 9, 4)),
        # a masthead, a byline, a page's release line closing with the date
        ("The News, Portsmouth, 5 July 2023\n\nHeadline", date(2023, 7, 5)),
        ("Headline\n\nBy Jo Bloggs | 2 May 2021", date(2021, 5, 2)),
        ("Headline\n\nNews Release PR9452 - published on 24 February 2026", date(2026, 2, 24)),
    ],
)
def test_a_dateline_is_a_line_of_the_opening_that_is_only_a_date(text, day):
    assert dateline(text) == day


@pytest.mark.parametrize(
    "text",
    [
        "Merton Council\n\nMerton's children's services outstanding again",
        # a date inside a sentence is the inspection's or another event's, not the release's
        "News\n\nInspectors visited between 11 and 15 March 2024.",
        # a day without a year cannot date the release
        "News\n\nFriday 13 January\n\nHeadline",
        # a short line dating an event: the visit's date, not the page's
        "News\n\nInspectors visited on 5 March 2023",
        "News\n\nThe inspection took place from 1 - 5 March 2023",
        "News\n\nOn 4 May 2023 - inspectors arrived",
        # an impossible machine date is no date
        "date 2017-13-45 Croydon",
    ],
)
def test_no_dateline_means_the_release_date_is_unknown(text):
    assert dateline(text) is None


def _window(said: str, day: date | None):
    return relative_window(RELATIVE.search(said), day)


def test_relative_times_resolve_against_the_release_date():
    day = date(2023, 7, 28)
    assert _window("inspected last month", day) == (date(2023, 6, 1), date(2023, 6, 30))
    assert _window("earlier this month", day) == (date(2023, 7, 1), day)
    assert _window("published today", day) == (day, day)
    assert _window("this week", date(2024, 3, 15)) == (date(2024, 3, 11), date(2024, 3, 17))
    assert _window("last week", date(2024, 3, 15)) == (date(2024, 3, 4), date(2024, 3, 10))
    assert _window("last month", date(2024, 1, 12)) == (date(2023, 12, 1), date(2023, 12, 31))
    assert _window("earlier this year", date(2023, 1, 13)) == (date(2023, 1, 1), date(2023, 1, 13))
    assert _window("last year", date(2023, 1, 13)) == (date(2022, 1, 1), date(2022, 12, 31))


def test_a_weekday_with_no_date_after_it_is_the_last_such_day():
    day = date(2023, 7, 28)  # a Friday
    assert _window("published on Friday", day) == (day, day)
    assert _window("published on Monday", day) == (date(2023, 7, 24), date(2023, 7, 24))
    assert _window("published last Tuesday", day) == (date(2023, 7, 25), date(2023, 7, 25))
    assert RELATIVE.search("published on Friday, 25 November") is None
    assert RELATIVE.search("published today (Monday, January 29)")["today"]


def test_without_the_release_date_a_relative_time_is_not_guessed():
    assert _window("last month", None) is None
    assert _window("published today", None) is None


def test_seasons_are_months_not_windows():
    m = RELATIVE.search("inspected in the autumn")
    assert m["season"] == "autumn" and relative_window(m, date(2023, 1, 13)) is None
    assert SEASONS["autumn"] == (9, 10, 11) and SEASONS["winter"] == (12, 1, 2)
    assert RELATIVE.search("the autumnal colours") is None
    # a school's spring term runs from January: a term is not a season
    assert RELATIVE.search("during the spring term") is None

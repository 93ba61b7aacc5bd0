"""The shipped table of children's services authorities and their regions."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest

from verify.words.councils import (
    REGIONS,
    authorities_in,
    council_key,
    council_named,
    councils,
    councils_on,
    mentions,
    names_council,
)


@pytest.mark.parametrize(
    ("day", "count"),
    [
        (date(2014, 1, 1), 152),
        (date(2020, 1, 1), 151),
        (date(2022, 1, 1), 152),
        (date(2024, 1, 1), 153),
    ],
)
def test_how_many_councils_existed(day, count):
    assert len(councils_on(day)) == count


def test_nine_regions_with_their_councils_before_2019():
    by_region = Counter(c.region for c in councils_on(date(2018, 1, 1)))
    assert set(by_region) == set(REGIONS)
    assert by_region["London"] == 33
    assert by_region["North East"] == 12
    assert by_region["North West"] == 23


def test_no_name_means_two_councils():
    meaning: dict[str, set[str]] = {}
    for council in councils():
        for name in council.names:
            meaning.setdefault(council_key(name), set()).add(council.name)
    assert {k: v for k, v in meaning.items() if len(v) > 1} == {}


@pytest.mark.parametrize(
    ("printed", "name"),
    [
        ("London Borough of Hammersmith & Fulham", "Hammersmith and Fulham"),
        ("Royal Borough of Kingston upon Thames", "Kingston upon Thames"),
        ("Bristol City Council", "Bristol"),
        ("City of London", "City of London"),
        ("80477_kingston upon hull", "Kingston upon Hull"),
        ("Stockton-on-Tees Borough Council", "Stockton-on-Tees"),
        ("St. Helens", "St Helens"),
    ],
)
def test_printed_names_and_folders_find_their_council(printed, name):
    assert council_named(printed).name == name


def test_every_council_folder_of_the_real_reports_maps_to_a_council(reports_dir):
    unknown = [f.name for f in reports_dir.iterdir() if f.is_dir() and not council_named(f.name)]
    assert not unknown


def test_mentions_prefer_the_longest_name():
    text = "North East Lincolnshire, not Lincolnshire; Bath & North East Somerset. reading."
    assert [c.name for c, _ in mentions(text)] == [
        "North East Lincolnshire",
        "Lincolnshire",
        "Bath and North East Somerset",
    ]


def test_aliases_of_the_table_are_found_in_release_sentences():
    """Every alias releases use is one of the table's names: 'BCP', 'Stoke' and 'BANES'
    name their councils, and the same-council rule agrees."""
    sentence = "BCP, Stoke and BANES were inspected; so was Brighton & Hove."
    assert authorities_in(sentence) == ["BCP", "Stoke", "BANES", "Brighton & Hove"]
    assert names_council("BANES", "Bath and North East Somerset Council")
    assert names_council("Stoke", "Stoke-on-Trent City Council")
    assert not names_council("Lincolnshire", "North Lincolnshire Council")


def test_every_printed_name_is_in_the_one_table():
    names = {n for c in councils() for n in c.names}
    assert {"St. Helens", "County Durham", "East Riding", "Scilly"} <= names
    for name in names:
        assert authorities_in(f"Inspectors visited {name} in May.") == [name]


@pytest.mark.parametrize(
    ("name", "authority", "same"),
    [
        ("BCP", "Bournemouth, Christchurch and Poole Council", True),
        ("Northamptonshire", "North Northamptonshire Council", False),
        ("Wolverhampton City", "City of Wolverhampton Council", True),
        ("Ashbury", "Ashbury Borough Council", True),
        ("the Council", "Ashbury Borough Council", False),
    ],
)
def test_one_rule_says_when_two_names_are_the_same_council(name, authority, same):
    """The table decides for councils it knows (even where one name holds the other),
    the names' keys for others, and a name of noise words alone names no council."""
    assert names_council(name, authority) is same

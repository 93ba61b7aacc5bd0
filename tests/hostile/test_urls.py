"""Releases given as URLs, from a server this test starts on 127.0.0.1: a server that
trickles bytes must time out, a huge answer is refused, and each is one line."""

from __future__ import annotations

import json

import pytest
from hostile_inputs import local_server


@pytest.fixture(scope="module")
def server():
    with local_server() as url:
        yield url


def test_a_url_that_trickles_bytes_times_out(cli, server, monkeypatch):
    monkeypatch.setenv("VERIFY_FETCH_TIMEOUT", "2")
    url = f"{server}/slow"
    run = cli("extract", url)  # a hang here is the bug; the server never stops sending
    assert run.code == 2
    assert "within 2 s" in run.one_line_error(url)


def test_a_huge_answer_is_refused_at_the_limit(cli, server, monkeypatch):
    monkeypatch.setenv("VERIFY_MAX_RELEASE_BYTES", "1000000")
    url = f"{server}/huge"
    run = cli("extract", url)
    assert run.code == 2
    assert "over the limit" in run.one_line_error(url)


def test_a_good_url_is_read(cli, server):
    run = cli("extract", f"{server}/ok", "--format", "json")
    assert run.code == 0, run.stderr
    assert "go the extra mile" in json.loads(run.stdout)["release"]["text"]


def test_a_url_nobody_answers_is_one_line(cli, monkeypatch):
    monkeypatch.setenv("VERIFY_FETCH_TIMEOUT", "2")
    url = "http://127.0.0.1:9/nothing"
    run = cli("extract", url)
    assert run.code == 2
    run.one_line_error(url)

"""read_release on real seeds, invented fixtures and hostile input."""

from __future__ import annotations

import http.server
import io
import threading
from functools import partial
from pathlib import Path

import pytest

from verify.errors import (
    EmptyRelease,
    FetchFailed,
    InputNotFound,
    ReleaseTooLarge,
    ReleaseTooLong,
    UnreadableRelease,
)
from verify.ingest.release import read_release, release_from_bytes

RELEASES = Path(__file__).resolve().parent.parent / "data" / "releases"


def test_seed_text_keeps_quote_marks_and_normalises_only_whitespace(seeds_dir, settings):
    path = next(seeds_dir.glob("000_*.txt"))
    raw = path.read_text(encoding="utf-8")
    release = read_release(str(path), settings)
    assert release.media_type == "text"
    assert release.title.startswith("Salford City Council’s Children’s Services")
    for mark in "“”‘’":
        assert release.text.count(mark) == raw.count(mark)
    assert " ".join(release.text.split()) == " ".join(raw.split())
    assert "\r" not in release.text and "\n\n\n" not in release.text


def test_seed_with_indented_bullets_loses_only_the_indent(seeds_dir, settings):
    release = read_release(str(next(seeds_dir.glob("001_*.txt"))), settings)
    assert "\n• Ofsted focused visit to Salford" in release.text
    assert "  " not in release.text


def test_html_page_keeps_the_article_and_drops_boilerplate(settings):
    release = read_release(str(RELEASES / "council_news.html"), settings)
    assert release.media_type == "html"
    assert release.title == "Children’s services rated ‘good’ by Ofsted"
    assert release.text.startswith(release.title)
    assert "Councillor Jane Holt, cabinet member for children, said:" in release.text
    assert "Leaders were described as “ambitious and child-focused”." in release.text
    for boilerplate in (
        "Accept all cookies",
        "Bins and recycling",
        "Share this page",
        "wonderful day for families",
        "Privacy notice",
        "dataLayer",
    ):
        assert boilerplate not in release.text


def test_windows_1252_file_is_decoded(settings):
    release = read_release(str(RELEASES / "windows1252.txt"), settings)
    assert "Children’s services rated ‘good’ by Ofsted" in release.text
    assert "“We are proud of our staff – they make a real difference.”" in release.text
    assert "£120,000" in release.text


def test_utf16_file_is_decoded(tmp_path, settings):
    path = tmp_path / "release.txt"
    path.write_bytes("Inspectors said: “Good work.”\n".encode("utf-16"))
    assert read_release(str(path), settings).text == "Inspectors said: “Good work.”"


def test_markdown_is_read_as_written(settings):
    release = read_release(str(RELEASES / "bullets.md"), settings)
    assert release.media_type == "markdown"
    assert release.text.startswith("# Ofsted praises Stockport’s early help")


@pytest.mark.parametrize("content", [b"", b"   \n\r\n\t  ", b"\xef\xbb\xbf\n"])
def test_empty_release_is_refused(tmp_path, settings, content):
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    with pytest.raises(EmptyRelease, match="empty.txt: the release has no text"):
        read_release(str(path), settings)


def test_binary_file_is_refused(tmp_path, settings):
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)
    with pytest.raises(UnreadableRelease, match="image.txt: cannot read the release .*binary"):
        read_release(str(path), settings)


def test_missing_file(settings, tmp_path):
    with pytest.raises(InputNotFound, match="no such file"):
        read_release(str(tmp_path / "nope.txt"), settings)


@pytest.mark.slow
def test_twenty_megabyte_release_is_read_or_refused_by_the_limits(tmp_path, settings):
    paragraph = "Inspectors said the council’s “help is timely and effective”.\n\n"
    path = tmp_path / "big.txt"
    path.write_text(paragraph * (20_000_000 // len(paragraph.encode())), encoding="utf-8")
    assert path.stat().st_size > 19_000_000
    long_text = type(settings)(cache_dir=settings.cache_dir, max_release_chars=30_000_000)
    release = read_release(str(path), long_text)
    assert release.text.startswith(paragraph.strip())
    too_long = r"big.txt: the release has [0-9,]+ characters of text \(limit 200,000\)"
    with pytest.raises(ReleaseTooLong, match=too_long):
        read_release(str(path), settings)
    small = type(settings)(cache_dir=settings.cache_dir, max_release_bytes=10_000_000)
    with pytest.raises(ReleaseTooLarge, match=r"big.txt: the release is 20\.0 MB .*limit 10\.0 MB"):
        read_release(str(path), small)


def test_stdin_stream(settings):
    stream = io.BytesIO("Ofsted rated the council ‘good’.\r\n".encode())
    release = read_release("-", settings, stdin=stream)
    assert release.source == "-" and release.text == "Ofsted rated the council ‘good’."


def test_stdin_html_is_detected(settings):
    html = (RELEASES / "council_news.html").read_bytes()
    release = read_release("-", settings, stdin=io.BytesIO(html))
    assert release.media_type == "html" and "Accept all cookies" not in release.text


def test_html_scripts_never_reach_the_text(settings):
    html = (
        "<html><body><article><h1>Rated good</h1><p>Ofsted rated Wigan ‘good’ overall in "
        "its report.</p><script>var s = '“not a quote”';</script>"
        "<p>Inspectors said the help is “timely”.</p></article></body></html>"
    )
    release = release_from_bytes(html.encode(), "page.html", "html", settings)
    assert "not a quote" not in release.text and "var s" not in release.text
    assert "Inspectors said the help is “timely”." in release.text


def test_deeply_nested_html_gets_a_clear_error(settings):
    html = "<html><body>" + "<div>" * 5000 + "<p>Rated good by Ofsted.</p>" + "</div>" * 5000
    with pytest.raises(UnreadableRelease, match="nest 5003 deep"):
        release_from_bytes(html.encode(), "deep.html", "html", settings)


def test_moderately_nested_html_is_read(settings):
    html = (
        "<html><body>" + "<div>" * 150 + "<p>Wigan was rated ‘good’ by Ofsted.</p>" + "</div>" * 150
    )
    release = release_from_bytes(html.encode(), "nested.html", "html", settings)
    assert release.text == "Wigan was rated ‘good’ by Ofsted."


@pytest.fixture()
def server():
    """A local HTTP server over the fixture releases, on 127.0.0.1."""
    handler = partial(_QuietHandler, directory=str(RELEASES))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


def test_url_is_fetched_and_cleaned(server, settings):
    release = read_release(f"{server}/council_news.html", settings)
    assert release.media_type == "html"
    assert release.title == "Children’s services rated ‘good’ by Ofsted"
    assert "Share this page" not in release.text


def test_url_text_file(server, settings):
    release = read_release(f"{server}/tweet.txt", settings)
    assert release.media_type == "text" and release.text.startswith("Great news for Sefton!")


def test_url_not_found(server, settings):
    with pytest.raises(FetchFailed, match="HTTP 404"):
        read_release(f"{server}/missing.html", settings)


def test_url_nobody_listening(settings):
    with pytest.raises(FetchFailed, match="could not fetch"):
        read_release("http://127.0.0.1:9/release.html", settings)


def test_url_over_the_size_limit(server, settings):
    small = type(settings)(cache_dir=settings.cache_dir, max_release_bytes=500)
    with pytest.raises(ReleaseTooLarge):
        read_release(f"{server}/council_news.html", small)


def test_a_hard_wrapped_text_release_is_joined_into_its_paragraphs(settings):
    wrapped = (
        "PRESS RELEASE\nOxfordshire County Council\nDate: 10 April 2024\n\n"
        'Inspectors said: "Children and young people who need help and\n'
        'protection receive proportionate and timely support." The report\n'
        "praised the county's work with families, schools and the police\n"
        "across the whole county.\n\nNotes to editors\n1. The full report is online.\n"
        "2. Contact the press office.\n"
    )
    release = release_from_bytes(wrapped.encode(), "wrapped.txt", "text", settings)
    assert release.text.split("\n") == [
        "PRESS RELEASE",
        "Oxfordshire County Council",
        "Date: 10 April 2024",
        "",
        'Inspectors said: "Children and young people who need help and protection receive '
        "proportionate and timely support.\" The report praised the county's work with "
        "families, schools and the police across the whole county.",
        "",
        "Notes to editors",
        "1. The full report is online.",
        "2. Contact the press office.",
    ]


def test_a_wrapped_text_under_a_longer_headline_is_joined_at_its_own_width(settings):
    """The headline, typed whole past the width the body was wrapped at, neither stops
    the body being joined nor is joined to what follows it."""
    body = (
        "The regulator's report, published on Tuesday, said there is \"a\n"
        'well-coordinated robust response" when children are at risk of\n'
        "exploitation, and that decisions at the front door are proportionate\n"
        "to the level of risk to children in the city.\n"
    )
    headline = "Ofsted: Newcastle children's services 'have improved since the last inspection'"
    text = f"{headline}\n{body}"
    release = release_from_bytes(text.encode(), "wrapped.txt", "text", settings)
    assert release.text.split("\n") == [
        headline,
        " ".join(body.split("\n")).strip(),
    ]


def test_a_stray_break_inside_a_sentence_is_joined_in_any_text(settings):
    long = " ".join(["A paragraph long enough to be whole."] * 4)
    text = f'Headline\n{long}\nInspectors said: "Children receive a swift\nresponse."\nNext.'
    release = release_from_bytes(text.encode(), "stray.txt", "text", settings)
    assert release.text.split("\n") == [
        "Headline",
        long,
        'Inspectors said: "Children receive a swift response."',
        "Next.",
    ]


def test_a_text_with_long_lines_is_never_rewrapped(settings):
    text = "A headline\n" + " ".join(["A paragraph long enough to be whole."] * 4) + "\nNext."
    release = release_from_bytes(text.encode(), "long.txt", "text", settings)
    assert release.text == text.strip()


def test_html_q_elements_and_a_lone_br_keep_the_quotation_whole(settings):
    page = (
        "<html><body><article><h1>Front door praised</h1>"
        "<p>Redbridge Council's children's services were rated outstanding today.</p>"
        "<p>Inspectors said it is <q>flexible, responsive and dynamic</q> and that "
        "&ldquo;the emergency duty service is highly effective,<br>\noffering a "
        "well-supported service&rdquo;.<br><br>The report was published today.</p>"
        "<p>They singled out:<br>&bull; the MASH<br>&bull; the fostering service</p>"
        "</article></body></html>"
    )
    release = release_from_bytes(page.encode(), "page.html", "html", settings)
    assert (
        "Inspectors said it is “flexible, responsive and dynamic” and that “the emergency "
        "duty service is highly effective, offering a well-supported service”." in release.text
    )
    assert "\nThe report was published today." in release.text
    assert "\n• the MASH\n• the fostering service" in release.text


def test_an_html_headline_placed_below_the_body_comes_first_once(settings):
    page = (
        "<html><head><title>Front door praised</title></head><body>"
        "<div class='body'>Redbridge Council's children's services were rated outstanding "
        "by Ofsted in a report published on 11 June 2019.<br><br>Inspectors praised the "
        "front door and the fostering service in their report.</div>"
        "<h1>Front door praised</h1><p>More words follow here in a paragraph.</p>"
        "</body></html>"
    )
    release = release_from_bytes(page.encode(), "page.html", "html", settings)
    assert release.text.startswith("Front door praised\n")
    assert release.text.count("Front door praised") == 1


def test_an_html_blockquote_without_marks_is_a_quotation_but_an_embedded_post_is_not(settings):
    page = (
        "<html><body><article><h1>Redbridge outstanding again</h1>"
        "<p>Redbridge Council's children's services were rated outstanding again today.</p>"
        "<p>The report said:</p><blockquote><p>Children in Redbridge benefit from "
        "high-quality support.</p><p>The council has a record of strong performance.</p>"
        "</blockquote><blockquote class='twitter-tweet'><p>Outstanding again! Thanks to "
        "our staff</p>&mdash; Redbridge Council (@RedbridgeLive)</blockquote></article>"
        "</body></html>"
    )
    text = release_from_bytes(page.encode(), "page.html", "html", settings).text
    assert "\n“Children in Redbridge benefit from high-quality support.”\n" in text
    assert "\n“The council has a record of strong performance.”" in text
    assert "\nOutstanding again! Thanks to our staff" in text


def test_html_character_references_in_a_text_release_are_the_characters(settings):
    raw = (
        "Brent &amp; Kilburn Times\n\n"
        "It found &ldquo;significant improvements&#8221; in children&#8217;s services &c."
    )
    text = release_from_bytes(raw.encode(), "copied.txt", "text", settings).text
    assert (
        text
        == "Brent & Kilburn Times\n\nIt found “significant improvements” in children’s services &c."
    )


def test_an_html_figure_caption_is_kept_as_a_paragraph_and_its_image_dropped(settings):
    page = (
        "<html><body><article><h1>Richmond good in every area</h1>"
        "<figure><img src='house.jpg' alt='York House'><figcaption>Senior leaders show "
        "&ldquo;a relentless focus&rdquo; on children&rsquo;s needs, inspectors said."
        "</figcaption></figure>"
        "<p>Children&rsquo;s services in Richmond upon Thames were rated good in every area "
        "by Ofsted after an inspection in the autumn.</p></article></body></html>"
    )
    text = release_from_bytes(page.encode(), "page.html", "html", settings).text
    assert "\nSenior leaders show “a relentless focus” on children’s needs, inspectors said.\n" in (
        text
    )
    assert "York House" not in text


def test_an_html_pages_own_date_line_is_kept(settings):
    """fresh17: a council page's '<p class="meta">' date was dropped with the page's
    furniture, so the release had no date to read 'published today' against."""
    html = (
        "<html><head><title>Children's services outstanding | Council</title></head><body>"
        "<nav><a href='/'>Home</a></nav><main><h1>Children's services outstanding</h1>"
        '<p class="meta">27 August 2025</p>'
        "<p>The council's children's services have been judged outstanding by Ofsted after "
        "an inspection in July. Inspectors praised the work of its social workers.</p>"
        "<p>The council leader said the result belonged to every member of staff.</p>"
        "</main><footer><p>Was this page helpful?</p></footer></body></html>"
    )
    from verify.words.dates import dateline

    release = release_from_bytes(html.encode(), "page.html", "html", settings)
    assert str(dateline(release.text)) == "2025-08-27"
    assert release.text.startswith("Children's services outstanding\n27 August 2025\n")

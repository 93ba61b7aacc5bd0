"""`verify archive fetch`: downloads from a local HTTP server started here, resuming a
download cut short with a range request."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from click.testing import CliRunner

from verify.archive.fetch import Download, fetch_all, read_urls
from verify.cli import main

FILES = {
    "/v1/file/50306548": b"%PDF-1.7 first report " + bytes(range(256)) * 40,
    "/v1/file/50200024": b"%PDF-1.7 second report " + bytes(range(256)) * 30,
}


class _Handler(BaseHTTPRequestHandler):
    seen: list[tuple[str, str | None]] = []

    def do_GET(self) -> None:  # noqa: N802 - the http.server API
        self.seen.append((self.path, self.headers.get("Range")))
        body = FILES.get(self.path)
        if body is None:
            self.send_error(404)
            return
        start = 0
        if (asked := self.headers.get("Range")) and asked.startswith("bytes="):
            start = int(asked[6:].split("-")[0])
            self.send_response(206)
            self.send_header("Content-Range", f"bytes {start}-{len(body) - 1}/{len(body)}")
        else:
            self.send_response(200)
        self.send_header("Content-Length", str(len(body) - start))
        self.end_headers()
        self.wfile.write(body[start:])

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture()
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    _Handler.seen = []
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def _history_csv(tmp_path, base: str):
    rows = [
        "urn,local_authority,inspection_link,pdf_filename",
        f"2637539,north northamptonshire,{base}/v1/file/50306548,"
        "children's services inspection - 07 july 2026.pdf",
        f"2637539,north northamptonshire,{base}/v1/file/50200024,"
        "children's services inspection - 25 november 2022.pdf",
        f"2637539,north northamptonshire,{base}/v1/file/404,missing.pdf",
    ]
    listing = tmp_path / "history.csv"
    listing.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return listing


def test_fetch_lays_files_out_as_the_history_names_them(server, tmp_path, settings):
    todo = read_urls(_history_csv(tmp_path, server))
    summary = fetch_all(todo, tmp_path / "out", settings)
    assert (summary.downloaded, summary.present, len(summary.failed)) == (2, 0, 1)
    assert "/v1/file/404: could not download" in summary.failed[0]
    folder = tmp_path / "out" / "2637539_north northamptonshire"
    got = (folder / "children's services inspection - 07 july 2026.pdf").read_bytes()
    assert got == FILES["/v1/file/50306548"]
    again = fetch_all(todo, tmp_path / "out", settings)
    assert (again.downloaded, again.present) == (0, 2)


def test_a_partial_download_is_resumed_with_a_range_request(server, tmp_path, settings):
    body = FILES["/v1/file/50200024"]
    target = tmp_path / "out" / "50200024.pdf"
    target.parent.mkdir()
    (target.parent / "50200024.pdf.part").write_bytes(body[:1000])
    (item,) = read_urls_from_lines(tmp_path, [f"{server}/v1/file/50200024"])
    summary = fetch_all([item], tmp_path / "out", settings)
    assert summary.downloaded == 1
    assert target.read_bytes() == body
    assert _Handler.seen == [("/v1/file/50200024", "bytes=1000-")]
    assert not (target.parent / "50200024.pdf.part").exists()


def read_urls_from_lines(tmp_path, urls: list[str]) -> list[Download]:
    listing = tmp_path / "urls.txt"
    listing.write_text("# reports\n" + "\n".join(urls) + "\n", encoding="utf-8")
    return read_urls(listing)


def test_cli_fetch_reports_failures_and_exits_2(server, tmp_path):
    listing = _history_csv(tmp_path, server)
    result = CliRunner().invoke(
        main, ["archive", "fetch", str(listing), "--output", str(tmp_path / "out")]
    )
    assert result.exit_code == 2
    assert "2 downloaded, 0 already there, 1 failed" in result.output

"""The desk in a real headless browser (Debian's chromium): pages render, and a
release carrying script does not run it.

The probe's payload would mark the page's body (`data-pwned`); the DOM that the
browser dumps after running the page's scripts must not carry that mark.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import threading
import time

import pytest

from tests.newsroom_helpers import XSS, hand_result
from verify.settings import Settings
from verify.store import ResultsDB

pytestmark = pytest.mark.slow


def chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found:
        return found
    reason = "chromium is not installed (apt-get install chromium)"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"{reason}; CI must run the browser tests")
    pytest.skip(reason)


@pytest.fixture()
def served(tmp_path):
    """The desk over a database holding a release with a script in it, on a free port."""
    import uvicorn

    from verify.web import create_app

    db = ResultsDB(tmp_path / "desk.db")
    rid = db.save(hand_result(extra=f'Inspectors said "{XSS}". '))
    app = create_app(tmp_path / "desk.db", Settings(cache_dir=str(tmp_path / "cache")))
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="error"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.started, "the desk did not start"
    yield f"http://127.0.0.1:{port}", rid, tmp_path
    server.should_exit = True
    thread.join(timeout=10)


def browse(url: str, tmp_path, *extra: str) -> str:
    command = [
        chromium(),
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        f"--user-data-dir={tmp_path / 'profile'}",
        "--virtual-time-budget=3000",
        *extra,
        url,
    ]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120)
    return done.stdout


def test_release_page_renders_and_the_probe_does_not_run(served):
    base, rid, tmp_path = served
    dom = browse(f"{base}/release/{rid}", tmp_path, "--dump-dom")
    assert 'class="card v-misquoted"' in dom, dom[:500]
    assert "data-pwned" not in dom.split("<body", 1)[1].split(">", 1)[0]
    assert "data-pwned=" not in dom.replace('setAttribute("data-pwned"', "")


def test_list_page_screenshot(served):
    base, rid, tmp_path = served
    shot = tmp_path / "list.png"
    browse(f"{base}/", tmp_path, f"--screenshot={shot}", "--window-size=1200,800")
    assert shot.is_file() and shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"

"""Hostile inputs built by the tests themselves: PDFs written byte by byte, releases,
pairs files, and a local HTTP server that answers slowly or at length.

Nothing here is a binary blob in git: every file is made in ``tmp_path`` when a
test runs, so what each input is stays readable in this source.
"""

from __future__ import annotations

import threading
import time
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DEMO_REPORT = ROOT / "corpora" / "demo" / "report.txt"
DEMO_RELEASE = ROOT / "corpora" / "demo" / "release.html"

QUOTE_RELEASE = (
    "Ashbury children's services rated Good by Ofsted\n\n"
    "Ashbury Borough Council's children's services have been rated 'Good' overall by "
    "Ofsted following an inspection in March 2024.\n\n"
    "Inspectors said: \u201cCare leavers are supported by a committed team of personal "
    "advisers who go the extra mile for them.\u201d\n"
)
"""A release whose claims are a rating and a quote: checked without the sentence model."""

OFSTED_WORDS = (
    "Inspection of Ashbury local authority children's services. Ofsted inspection dates "
    "4 to 8 March 2024. Lead inspector: Jane Example, His Majesty's Inspector. "
)

WHAT_TO_DO = (
    "check",
    "pass",
    "give",
    "save",
    "run",
    "download",
    "split",
    "choose",
    "wait",
    "start",
)
"""Every one-line error says what to do next with one of these verbs."""


# --------------------------------------------------------------------------- PDFs


def _pdf(objects: list[bytes], trailer_extra: bytes = b"") -> bytes:
    """A PDF file from numbered objects (1 is the catalog), with a correct xref table."""
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R %s>>\n" % (len(objects) + 1, trailer_extra)
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def _stream(data: bytes, extra: bytes = b"") -> bytes:
    return b"<< /Length %d %s>>\nstream\n" % (len(data), extra) + data + b"\nendstream"


def _pdf_string(text: str) -> bytes:
    raw = text.encode("latin-1", "replace")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def text_pdf(lines: list[str], trailer_extra: bytes = b"", encrypt: bytes = b"") -> bytes:
    """One page of Helvetica text, a line per entry (Latin-1 text only)."""
    ops = [b"BT /F1 10 Tf 50 780 Td 12 TL"]
    ops += [_pdf_string(line) + b" '" for line in lines]
    ops.append(b"ET")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        _stream(b"\n".join(ops)),
    ]
    if encrypt:
        objects.append(encrypt)
        trailer_extra += b"/Encrypt 6 0 R /ID [<%s> <%s>] " % (b"ab" * 16, b"ab" * 16)
    return _pdf(objects, trailer_extra)


def report_pdf(extra_lines: list[str] = ()) -> bytes:
    """A PDF with Ofsted wording and enough text to have a text layer."""
    lines = [
        "Inspection of Ashbury local authority children's services",
        "Inspection dates: 4 to 8 March 2024",
        "Lead inspector: Jane Example, His Majesty's Inspector",
        "Ofsted found that children in care live in stable homes where they are well cared",
        "for, and care leavers are supported by a committed team of personal advisers.",
        "Overall effectiveness: Good",
        *extra_lines,
    ]
    return text_pdf(lines)


def encrypted_pdf() -> bytes:
    """A PDF protected by a user password: the empty password does not open it."""
    encrypt = b"<< /Filter /Standard /V 1 /R 2 /P -44 /O <%s> /U <%s> >>" % (b"3f" * 32, b"5c" * 32)
    return text_pdf(["secret"] * 30, encrypt=encrypt)


def scanned_pdf() -> bytes:
    """A page that is one grey image and no text, as a scanner makes."""
    pixels = zlib.compress(bytes(range(256)) * 64)
    image = _stream(
        pixels,
        b"/Type /XObject /Subtype /Image /Width 128 /Height 128 /ColorSpace /DeviceGray "
        b"/BitsPerComponent 8 /Filter /FlateDecode ",
    )
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /XObject << /Im1 4 0 R >> >> /Contents 5 0 R >>",
        image,
        _stream(b"q 495 0 0 742 50 50 cm /Im1 Do Q"),
    ]
    return _pdf(objects)


# --------------------------------------------------------------------------- a server


class _Handler(BaseHTTPRequestHandler):
    """``/slow``: one byte every ``SLOW_GAP`` seconds, for ever; ``/huge``: ``HUGE`` bytes;
    ``/ok``: a small release."""

    SLOW_GAP = 0.5
    HUGE = 64 * 1024 * 1024

    def do_GET(self) -> None:  # noqa: N802 - the name http.server calls
        try:
            if self.path == "/slow":
                self._headers("text/html", None)
                while not self.server.stopping.is_set():  # type: ignore[attr-defined]
                    self.wfile.write(b"<")
                    self.wfile.flush()
                    time.sleep(self.SLOW_GAP)
            elif self.path == "/huge":
                self._headers("text/plain", self.HUGE)
                block = b"Ofsted rated the council good. " * 2048
                for _ in range(self.HUGE // len(block)):
                    self.wfile.write(block)
            else:
                body = QUOTE_RELEASE.encode("utf-8")
                self._headers("text/plain; charset=utf-8", len(body))
                self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up, as it should

    def _headers(self, kind: str, length: int | None) -> None:
        self.send_response(200)
        self.send_header("Content-Type", kind)
        if length is not None:
            self.send_header("Content-Length", str(length))
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


@contextmanager
def local_server() -> Iterator[str]:
    """A server on 127.0.0.1 only, at a free port; yields its base URL."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server.daemon_threads = True
    server.stopping = threading.Event()  # type: ignore[attr-defined]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.stopping.set()  # type: ignore[attr-defined]
        server.shutdown()
        server.server_close()


def ignores_permissions() -> bool:
    """Whether this process ignores file permissions (root, with its usual capabilities),
    so that permission tests cannot make a file it cannot read; tried, not assumed."""
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        probe = Path(folder) / "probe"
        probe.write_text("x")
        probe.chmod(0)
        try:
            probe.read_text()
        except PermissionError:
            return False
        finally:
            probe.chmod(0o600)
    return True

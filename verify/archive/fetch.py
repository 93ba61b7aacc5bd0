"""Download reports from a list of URLs, resumably, for `verify archive build`.

The list is one URL a line, or a CSV with an ``inspection_link`` column (like Ofsted's
inspection history, whose ``urn``, ``local_authority`` and ``pdf_filename`` columns then
name the folder and file, as the reports in ../shared are laid out). A file already
downloaded is skipped; a download cut short is kept as ``<name>.part`` and continued
with an HTTP range request on the next run (started again where the server ignores the
range). A URL that fails is reported and the run goes on.
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path
from urllib.parse import unquote, urlparse

import httpx
from pydantic import Field

from verify.errors import ArchiveError
from verify.settings import Settings
from verify.types import Model

CHUNK = 1 << 16


class Download(Model):
    url: str
    target: str = Field(description="Path under the output folder.")


class FetchSummary(Model):
    downloaded: int = 0
    present: int = Field(0, description="Already downloaded by an earlier run.")
    failed: list[str] = Field(default_factory=list, description="One line per failed URL.")


def read_urls(path: str | Path) -> list[Download]:
    """The downloads a list names: a CSV with ``inspection_link``, else one URL a line."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise ArchiveError(str(path), f"cannot read the list of URLs ({exc})") from exc
    first = text.split("\n", 1)[0]
    if "inspection_link" in first:
        return [
            Download(url=row["inspection_link"], target=_csv_target(row))
            for row in csv.DictReader(text.splitlines())
            if row.get("inspection_link")
        ]
    urls = [line.strip() for line in text.splitlines() if line.strip().startswith("http")]
    return [Download(url=url, target=_url_name(url)) for url in urls]


def _csv_target(row: dict[str, str]) -> str:
    name = row.get("pdf_filename") or _url_name(row["inspection_link"])
    folder = "_".join(v for v in (row.get("urn"), row.get("local_authority")) if v)
    return f"{folder}/{_safe(name)}" if folder else _safe(name)


def _url_name(url: str) -> str:
    name = _safe(unquote(Path(urlparse(url).path).name)) or "report"
    return name if "." in name else f"{name}.pdf"


def _safe(name: str) -> str:
    """A file name with no folder parts."""
    return name.replace("/", "_").replace("\\", "_").lstrip(".")


def fetch_all(
    downloads: list[Download],
    out: str | Path,
    settings: Settings,
    on_done: Callable[[Download], None] | None = None,
) -> FetchSummary:
    """Download every file not already under ``out``, continuing partial ones."""
    out = Path(out)
    summary = FetchSummary()
    with httpx.Client(timeout=settings.fetch_timeout, follow_redirects=True) as client:
        for item in downloads:
            target = out / item.target
            if target.is_file():
                summary.present += 1
            else:
                try:
                    _download(client, item.url, target)
                    summary.downloaded += 1
                except (httpx.HTTPError, OSError) as exc:
                    summary.failed.append(f"{item.url}: could not download ({exc})")
            if on_done:
                on_done(item)
    return summary


def _download(client: httpx.Client, url: str, target: Path) -> None:
    """Fetch ``url`` into ``target`` through ``target.part``, resuming a partial file."""
    target.parent.mkdir(parents=True, exist_ok=True)
    part = target.with_name(target.name + ".part")
    have = part.stat().st_size if part.is_file() else 0
    headers = {"Range": f"bytes={have}-"} if have else {}
    with client.stream("GET", url, headers=headers) as response:
        if response.status_code == 416:  # the part is already the whole file
            part.replace(target)
            return
        response.raise_for_status()
        resumed = response.status_code == 206
        with open(part, "ab" if resumed else "wb") as handle:
            for chunk in response.iter_bytes(CHUNK):
                handle.write(chunk)
    part.replace(target)

"""The review desk: a small web app over the results database and the same core.

Pages are rendered on the server (Starlette + jinja2, autoescaped), forms post
and redirect, and no script or style is loaded from outside, so the desk works
offline inside a newsroom's network. Every piece of document text reaches the
page through jinja2's escaping; nothing from a release is ever marked safe.
"""

from __future__ import annotations

import tempfile
from collections import Counter
from pathlib import Path

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Route

from verify.errors import VerifyError
from verify.export import claim_reviews, decisions_csv
from verify.render.html import environment, flags_first, pieces
from verify.settings import Settings
from verify.store import DECISIONS, ResultsDB
from verify.types import FLAGS, VERDICTS

REVIEWER_COOKIE = "verify_reviewer"

_ENV = environment("verify.web", "verify.render")


def _when(iso: str | None) -> str:
    """'2026-12-02T10:15:33+00:00' as people read it: '2026-12-02 10:15 UTC'."""
    return f"{iso[:16].replace('T', ' ')} UTC" if iso else ""


_ENV.filters["when"] = _when


def create_app(db_path: str | Path, settings: Settings, publisher: str = "verify") -> Starlette:
    """The desk over the database at ``db_path``; checks run with ``settings``."""
    ResultsDB(db_path)  # a bad path fails at start, not on the first request
    state = {"encoder": None}

    def open_db() -> ResultsDB:
        # One connection per request: SQLite connections belong to one thread, and
        # opening one costs well under a millisecond.
        return ResultsDB(db_path)

    def page(name: str, request: Request, status: int = 200, **context) -> HTMLResponse:
        html = _ENV.get_template(name).render(
            request=request, flags=FLAGS, verdicts=VERDICTS, decisions=DECISIONS, **context
        )
        return HTMLResponse(html, status_code=status)

    async def index(request: Request) -> Response:
        db = open_db()
        return page("index.html.j2", request, releases=db.releases(), error=None)

    async def release(request: Request) -> Response:
        db = open_db()
        rid = request.path_params["release_id"]
        result = db.result(rid)
        if result is None:
            return page("missing.html.j2", request, status=404, what=rid)
        chosen = request.query_params.get("verdict") or ""
        shown = [p for p in flags_first(result) if not chosen or p[1].verdict == chosen]
        history = db.history(rid)
        return page(
            "release.html.j2",
            request,
            rid=rid,
            result=result,
            pieces=pieces(result),
            shown=shown,
            chosen=chosen,
            counts=Counter(c.verdict for c in result.claims),
            current=db.current(rid),
            history=history,
            reviewer=request.cookies.get(REVIEWER_COOKIE, ""),
        )

    async def decide(request: Request) -> Response:
        db = open_db()
        rid = request.path_params["release_id"]
        claim_id = request.path_params["claim_id"]
        form = await request.form()
        decision = str(form.get("decision", ""))
        reviewer = str(form.get("reviewer", "")).strip()[:100]
        verdict = str(form.get("verdict", "")) or None
        problem = _decision_problem(decision, reviewer, verdict)
        if problem:
            return page("missing.html.j2", request, status=400, what=problem)
        try:
            db.decide(
                rid,
                claim_id,
                decision,
                reviewer=reviewer,
                note=str(form.get("note", ""))[:2000],
                verdict=verdict,
            )
        except KeyError as exc:
            return page("missing.html.j2", request, status=404, what=str(exc))
        number = db.claim_number(rid, claim_id)
        response = RedirectResponse(f"/release/{rid}#c{number}", status_code=303)
        response.set_cookie(REVIEWER_COOKIE, reviewer, samesite="strict", httponly=True)
        return response

    async def check_new(request: Request) -> Response:
        db = open_db()
        form = await request.form()
        reports, previous = _lines(form, "reports"), _lines(form, "previous")
        source = None
        try:
            source = await _release_source(form)
            rid = await run_in_threadpool(_check_and_store, source, reports, previous)
        except VerifyError as exc:
            return page(
                "index.html.j2", request, status=400, releases=db.releases(), error=str(exc)
            )
        finally:
            if source and Path(source).parent == _SPOOL:
                Path(source).unlink(missing_ok=True)  # the result keeps the text
        return RedirectResponse(f"/release/{rid}", status_code=303)

    def _check_and_store(source: str, reports: list[str], previous: list[str]) -> str:
        from verify.match import Encoder
        from verify.pipeline import check

        if state["encoder"] is None:
            state["encoder"] = Encoder(settings)
        return open_db().save(check(source, reports, previous, settings, state["encoder"]))

    async def export_claimreview(request: Request) -> Response:
        db = open_db()
        everything = request.query_params.get("all") == "1"
        base = str(request.base_url)
        data = claim_reviews(db, publisher=publisher, base_url=base, everything=everything)
        return JSONResponse(
            data, headers={"Content-Disposition": 'attachment; filename="claimreview.json"'}
        )

    async def export_csv(request: Request) -> Response:
        db = open_db()
        return Response(
            decisions_csv(db),
            media_type="text/csv",
            headers={"Content-Disposition": 'attachment; filename="decisions.csv"'},
        )

    return Starlette(
        routes=[
            Route("/", index),
            Route("/check", check_new, methods=["POST"]),
            Route("/release/{release_id}", release),
            Route("/release/{release_id}/claims/{claim_id}", decide, methods=["POST"]),
            Route("/export/claimreview.json", export_claimreview),
            Route("/export/decisions.csv", export_csv),
        ]
    )


def _decision_problem(decision: str, reviewer: str, verdict: str | None) -> str | None:
    """Why a posted decision cannot be saved, or None."""
    if decision not in DECISIONS:
        return f"unknown decision {decision!r}"
    if not reviewer:
        return "give your name, so the desk knows who decided"
    if decision == "corrected" and verdict not in VERDICTS:
        return "a correction needs the right verdict"
    return None


def _lines(form, field: str) -> list[str]:
    """A textarea's non-blank lines, stripped: one path or URL a line."""
    return [line.strip() for line in str(form.get(field, "")).splitlines() if line.strip()]


async def _release_source(form) -> str:
    """The release the form gives: a URL, an uploaded file, or pasted text (in that order)."""
    url = str(form.get("url", "")).strip()
    if url:
        return url
    upload = form.get("file")
    if upload is not None and getattr(upload, "filename", ""):
        suffix = Path(upload.filename).suffix.lower()
        return _spool(await upload.read(), suffix if suffix in {".html", ".htm", ".md"} else ".txt")
    text = str(form.get("text", ""))
    if text.strip():
        return _spool(text.encode("utf-8"), ".txt")
    raise VerifyError("the form", "paste a release, upload a file or give a URL")


_SPOOL = Path(tempfile.gettempdir()) / "verify-desk"


def _spool(data: bytes, suffix: str) -> str:
    """Keep a pasted or uploaded release as a file, so the core reads it like any other."""
    _SPOOL.mkdir(exist_ok=True)
    with tempfile.NamedTemporaryFile(dir=_SPOOL, suffix=suffix, delete=False) as handle:
        handle.write(data)
    return handle.name

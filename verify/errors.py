"""The project's exceptions and the one catalogue of their messages.

The core raises these; the CLI edge turns each into one line naming the file
and the problem, and exit code 2. Messages say what went wrong and what to do.
"""

from __future__ import annotations


class VerifyError(Exception):
    """Base of every error `verify` reports to a user."""

    template = "{source}: {detail}"
    stage: str | None = None
    """The pipeline stage that raised it (set by ``verify.pipeline.run_stages``)."""

    def __init__(self, source: str, detail: str = "") -> None:
        self.source = str(source)
        self.detail = detail
        super().__init__(self.template.format(source=self.source, detail=detail))


class InputNotFound(VerifyError):
    template = "{source}: no such file; check the path"


class UnreadableInput(VerifyError):
    template = "{source}: cannot read this file ({detail}); check its permissions and path"


class NotAPdf(VerifyError):
    template = "{source}: not a PDF ({detail}); pass the report's PDF or a .txt of its text"


class HtmlPageNotPdf(NotAPdf):
    """A web page saved under a report's name (a download that got the site's 'Report not
    found' page): the page's heading, as ``detail``, says which page it is."""

    template = (
        "{source}: an HTML page, not a PDF{detail}; pass the report's PDF or a .txt of its text"
    )


class CorruptPdf(VerifyError):
    template = "{source}: the PDF is damaged and cannot be read ({detail}); download it again"


class EncryptedPdf(VerifyError):
    template = "{source}: the PDF is encrypted; save an unprotected copy and try again"


class NoTextLayer(VerifyError):
    template = "{source}: the PDF has no text layer (scanned?); run OCR on it first"


class NotAnOfstedReport(VerifyError):
    template = (
        "{source}: not an Ofsted children's services inspection report ({detail}); "
        "pass the report the release is about"
    )


class EmptyRelease(VerifyError):
    template = "{source}: the release has no text to check; check it is the right file"


class UnreadableRelease(VerifyError):
    template = (
        "{source}: cannot read the release ({detail}); check the path, or save the "
        "article's text as .txt and check that"
    )


class ReleaseTooLarge(VerifyError):
    # Every command reads the limit from VERIFY_MAX_RELEASE_BYTES; only `verify
    # extract` also has a --max-bytes option, so the variable is the advice.
    template = (
        "{source}: the release is {detail}, over the limit; split it, or raise the limit "
        "with VERIFY_MAX_RELEASE_BYTES (or --max-bytes for verify extract)"
    )


class ReleaseTooLong(VerifyError):
    template = (
        "{source}: the release has {detail}, over the limit; split it, "
        "or raise the limit with VERIFY_MAX_RELEASE_CHARS"
    )


class FetchFailed(VerifyError):
    template = (
        "{source}: could not fetch the URL ({detail}); check the address, or save the "
        "page and check the file"
    )


class ModelUnavailable(VerifyError):
    template = "{source}: cannot load the sentence-embedding model ({detail})"


class BadPairsFile(VerifyError):
    template = (
        "{source}: not a list of pairs to check ({detail}); give JSON lines with "
        "'release' and 'reports', or a CSV with release and report columns"
    )


class OutputBusy(VerifyError):
    template = (
        "{source}: another `verify batch` is writing to this file; wait for it to finish "
        "or choose another --output"
    )


class UnwritableOutput(VerifyError):
    template = "{source}: cannot write here ({detail}); choose a folder you can write to"


class BadSetting(VerifyError):
    template = "{source}: {detail}"


class NotAResult(VerifyError):
    template = "{source}: not a {detail}; check the path"


class ReviewMismatch(VerifyError):
    template = "{source}: this review belongs to another release ({detail}); start a new review"


class BadDatabase(VerifyError):
    template = (
        "{source}: not a verify results database ({detail}); give a new path or one "
        "written by `verify check --db`"
    )


class ArchiveError(VerifyError):
    template = "{source}: {detail}"


class NotPaired(VerifyError):
    template = (
        "{source}: no report for this release in the archive ({detail}); give the report's "
        "path after the release"
    )

"""The project's exceptions and the one catalogue of their messages.

The core raises these; the CLI edge turns each into one line naming the file
and the problem, and exit code 2. Messages say what went wrong and what to do.
"""

from __future__ import annotations


class VerifyError(Exception):
    """Base of every error `verify` reports to a user."""

    template = "{source}: {detail}"

    def __init__(self, source: str, detail: str = "") -> None:
        self.source = str(source)
        self.detail = detail
        super().__init__(self.template.format(source=self.source, detail=detail))


class InputNotFound(VerifyError):
    template = "{source}: no such file; check the path"


class NotAPdf(VerifyError):
    template = "{source}: not a PDF ({detail}); pass the report's PDF or a .txt of its text"


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
    template = "{source}: the release has no text to check"


class UnreadableRelease(VerifyError):
    template = "{source}: cannot read the release ({detail})"


class ReleaseTooLarge(VerifyError):
    # Every command reads the limit from VERIFY_MAX_RELEASE_BYTES; only `verify
    # extract` also has a --max-bytes option, so the variable is the advice.
    template = (
        "{source}: the release is {detail}, over the limit; split it, or raise the limit "
        "with VERIFY_MAX_RELEASE_BYTES (or --max-bytes for verify extract)"
    )


class FetchFailed(VerifyError):
    template = "{source}: could not fetch the URL ({detail})"


class ModelUnavailable(VerifyError):
    template = "{source}: cannot load the sentence-embedding model ({detail})"


class BadPairsFile(VerifyError):
    template = (
        "{source}: not a list of pairs to check ({detail}); give JSON lines with "
        "'release' and 'reports', or a CSV with release and report columns"
    )


class BadSetting(VerifyError):
    template = "{source}: {detail}"


class NotAResult(VerifyError):
    template = "{source}: not a {detail}"


class ReviewMismatch(VerifyError):
    template = "{source}: this review belongs to another release ({detail}); start a new review"


class ArchiveError(VerifyError):
    template = "{source}: {detail}"


class NotPaired(VerifyError):
    template = (
        "{source}: no report for this release in the archive ({detail}); give the report's "
        "path after the release"
    )

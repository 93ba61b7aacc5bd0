"""Check many (release, reports) pairs, in one process or a pool over all cores.

Each result is appended to a JSON-lines file the moment it is ready and
flushed, so a crash, a bad pair or Ctrl-C never costs results already computed;
a pair that fails becomes an error line naming the problem. Each worker loads
the sentence model once and keeps it for every pair it checks.

A pair is known by a key made from the sha256 of its files' bytes, not by its
place in the pairs file: a rerun skips exactly the pairs whose files it has
already checked (whatever was inserted or reordered), and checks again a pair
whose release or report has changed. One output file holds at most one line per
key: a failure is recorded once and retried only on request, and a lock keeps a
second run off an output that one run is writing.

A package, one module a concern, each using only those before it: ``lines`` (one pair
checked into its output line), ``stop`` (SIGINT and SIGTERM turned into a stop between
lines), ``pool`` (the local pool and its workers), ``output`` (the output file: its
lock, a cut-off last line repaired, its lines read back), ``pairs`` (the pairs read from
a pairs file or a folder, and their keys) and ``run`` (``run_batch``).
"""

from verify.batch.lines import BatchLine, batch_line, check_pair
from verify.batch.output import done_ids, read_keys, read_lines
from verify.batch.pairs import file_digest, folder_pairs, pair_key, read_pairs
from verify.batch.pool import start_method
from verify.batch.run import BatchSummary, Runner, run_batch
from verify.types import Pair

__all__ = [
    "BatchLine",
    "BatchSummary",
    "Pair",
    "Runner",
    "batch_line",
    "check_pair",
    "done_ids",
    "file_digest",
    "folder_pairs",
    "pair_key",
    "read_keys",
    "read_lines",
    "read_pairs",
    "run_batch",
    "start_method",
]

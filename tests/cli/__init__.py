"""Tests of the `verify` commands (verify/cli). A package, so that its modules may share names
with the tests of the core modules they drive (tests/test_batch.py, tests/cli/test_batch.py)."""

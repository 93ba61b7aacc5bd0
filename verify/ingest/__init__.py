"""Ingest: bytes from files, URLs and stdin become text with offsets (Document, Release)."""

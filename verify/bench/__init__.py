"""Benchmarks behind `make bench`: each module has ``run(shared, console)``."""

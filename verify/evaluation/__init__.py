"""Accuracy measurement behind `make eval`: each module has ``run(shared, console)``."""

"""`make bench`: parse speed, per-release check speed, batch throughput and memory.

Speed and memory are measured here, never in tests.
"""

from verify.sections import run_sections

if __name__ == "__main__":
    run_sections("verify.bench", ("parse", "check", "throughput"))

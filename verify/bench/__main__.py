"""`make bench`: speed and memory side by side against the Ctrl-F floor, and parse speed.

Speed and memory are measured here, never in tests. Two more sections run when
named (``python -m verify.bench --shared ../shared check throughput``): each seed's
check split into stages, and batch throughput in detail.
"""

from verify.sections import run_sections

if __name__ == "__main__":
    run_sections("verify.bench", ("speed", "parse"))

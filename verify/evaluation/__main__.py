"""`make eval`: accuracy against gold annotations, printed beside simple baselines."""

from verify.sections import run_sections

if __name__ == "__main__":
    run_sections("verify.evaluation", ("extraction", "verdicts", "synthetic"))

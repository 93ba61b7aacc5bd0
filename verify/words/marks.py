"""Quotation marks as releases type them: curly, straight, low, angled and primes.

The extractor pairs them into quotations; the checkers strip them from a claim's own
words. One home, so both read the same marks."""

DOUBLE_OPEN, DOUBLE_CLOSE, DOUBLE_BOTH = "“„«‶‟", "”»", '"″'
SINGLE_OPEN, SINGLE_CLOSE, SINGLE_BOTH = "‘‚‹`‵‛", "’›", "'′"
PRIMES = "′″"
"""Primes stand in for quote marks in some word processors' output; after a digit they
are minutes and seconds, feet and inches (5′ 10″)."""
MARKS = DOUBLE_OPEN + DOUBLE_CLOSE + DOUBLE_BOTH + SINGLE_OPEN + SINGLE_CLOSE + SINGLE_BOTH

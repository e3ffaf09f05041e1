"""How much work a regular expression does on a text, counted instead of timed (the project checks speed with
benchmarks, never with timed tests: a count is the same on every machine).

``steps(pattern, text)`` matches ``pattern`` at the start of ``text`` with a plain backtracking matcher over the
parse tree Python's ``re`` compiles from (``re._parser``), trying alternatives and repeats in the order ``re`` tries
them, and counts the nodes it tries. ``re`` does not remember failed attempts either, so a pattern that backtracks
exponentially or quadratically in ``re`` does so here too, and the count grows the same way; a pattern that reads a
text once grows linearly. Only what kg's patterns use is implemented (no backreferences, no case folding): any
other construct raises ``NotImplementedError`` rather than being counted wrong.
"""

from __future__ import annotations

import re
import sys
from re import _constants as C
from re import _parser


class TooManySteps(Exception):
    """The count went past the budget it was given (an exponential pattern stops here instead of running on)."""


_CATEGORY = {C.CATEGORY_DIGIT: r"\d", C.CATEGORY_NOT_DIGIT: r"\D", C.CATEGORY_SPACE: r"\s",
             C.CATEGORY_NOT_SPACE: r"\S", C.CATEGORY_WORD: r"\w", C.CATEGORY_NOT_WORD: r"\W"}


def _in_set(items, ch: str) -> bool:
    negate = False
    for op, av in items:
        if op is C.NEGATE:
            negate = True
        elif op is C.LITERAL and ord(ch) == av or op is C.RANGE and av[0] <= ord(ch) <= av[1] \
                or op is C.CATEGORY and re.fullmatch(_CATEGORY[av], ch):
            return not negate
        elif op not in (C.LITERAL, C.RANGE, C.CATEGORY):
            raise NotImplementedError(op)
    return negate


class _Matcher:
    def __init__(self, pattern: re.Pattern, text: str, budget: int | None):
        if pattern.flags & (re.IGNORECASE | re.MULTILINE | re.DOTALL | re.ASCII):
            raise NotImplementedError("flags")
        self.tree, self.text, self.budget, self.steps = _parser.parse(pattern.pattern, pattern.flags), text, budget, 0

    def step(self) -> None:
        self.steps += 1
        if self.budget is not None and self.steps > self.budget:
            raise TooManySteps(self.steps)

    def char(self, op, av, pos: int) -> bool:
        """Whether the one-character node ``(op, av)`` matches the character at ``pos``."""
        if pos >= len(self.text):
            return False
        ch = self.text[pos]
        if op is C.LITERAL:
            return ord(ch) == av
        if op is C.NOT_LITERAL:
            return ord(ch) != av
        if op is C.ANY:
            return ch != "\n"
        if op is C.IN:
            return _in_set(av, ch)
        raise NotImplementedError(op)

    def seq(self, items, k: int, pos: int, then) -> bool:
        """Match ``items[k:]`` at ``pos``, then the continuation ``then(end)``; True once a whole match is found."""
        if k == len(items):
            return then(pos)
        self.step()
        op, av = items[k]
        rest = lambda end: self.seq(items, k + 1, end, then)  # noqa: E731
        if op in (C.LITERAL, C.NOT_LITERAL, C.ANY, C.IN):
            return self.char(op, av, pos) and rest(pos + 1)
        if op is C.AT:
            return self.at(av, pos) and rest(pos)
        if op is C.SUBPATTERN:
            if av[1] or av[2]:
                raise NotImplementedError("inline flags")
            return self.seq(list(av[3]), 0, pos, rest)
        if op is C.BRANCH:
            return any(self.seq(list(alt), 0, pos, rest) for alt in av[1])
        if op is C.ATOMIC_GROUP:
            end = self.first_end(list(av), pos)
            return end is not None and rest(end)
        if op in (C.ASSERT, C.ASSERT_NOT):
            direction, sub = av
            if direction > 0:
                found = self.first_end(list(sub), pos) is not None
            else:
                lo, hi = sub.getwidth()
                start = pos - lo
                found = lo == hi and start >= 0 and self.seq(list(sub), 0, start, lambda end: end == pos)
            return found == (op is C.ASSERT) and rest(pos)
        if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            return self.repeat(op, av, pos, rest)
        raise NotImplementedError(op)

    def first_end(self, items, pos: int) -> int | None:
        found: list[int] = []
        self.seq(items, 0, pos, lambda end: found.append(end) or True)
        return found[0] if found else None

    def at(self, where, pos: int) -> bool:
        n = len(self.text)
        if where in (C.AT_BEGINNING, C.AT_BEGINNING_STRING):
            return pos == 0
        if where is C.AT_END:
            return pos == n or pos == n - 1 and self.text[pos] == "\n"
        if where is C.AT_END_STRING:
            return pos == n
        if where in (C.AT_BOUNDARY, C.AT_NON_BOUNDARY):
            word = lambda i: 0 <= i < n and re.fullmatch(r"\w", self.text[i]) is not None  # noqa: E731
            return (word(pos - 1) != word(pos)) == (where is C.AT_BOUNDARY)
        raise NotImplementedError(where)

    def repeat(self, op, av, pos: int, then) -> bool:
        low, high, sub = av
        body = list(sub)
        if len(body) == 1 and body[0][0] in (C.LITERAL, C.NOT_LITERAL, C.ANY, C.IN):
            # one character repeated (re's REPEAT_ONE): the longest run read once, then given back one by one
            run = 0
            while run < high and self.char(*body[0], pos + run):
                self.step()
                run += 1
            if run < low:
                return False
            counts = range(run, low - 1, -1) if op is C.MAX_REPEAT else [run] if op is C.POSSESSIVE_REPEAT \
                else range(low, run + 1)
            for count in counts:
                self.step()
                if then(pos + count):
                    return True
            return False
        if op is C.POSSESSIVE_REPEAT:
            raise NotImplementedError("possessive repeat of a group")

        def again(count: int, at: int) -> bool:
            def more() -> bool:  # one more round of the body (a round that reads nothing ends the repeat)
                return count < high and self.seq(body, 0, at, lambda end: end != at and again(count + 1, end))
            if op is C.MAX_REPEAT:
                return more() or count >= low and then(at)
            return count >= low and then(at) or more()

        return again(0, pos)


def steps(pattern: re.Pattern, text: str, budget: int | None = None) -> tuple[int | None, int]:
    """``(end, steps)``: where ``pattern.match(text)`` ends (None when it does not match) and the steps the
    backtracking took to find that out; raises TooManySteps past ``budget``.

    >>> steps(re.compile(r"(?:a|ab)*c"), "ababc")
    (5, 13)
    """
    m = _Matcher(pattern, text, budget)
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(max(limit, 50 * len(text) + 1000))  # (each character read is a few calls deep)
    try:
        end = m.first_end(list(m.tree), 0)
    finally:
        sys.setrecursionlimit(limit)
    return end, m.steps

"""A conservative check that a Python regular expression cannot backtrack catastrophically.

Python's ``re`` is a backtracking engine: ``(a+)+$`` takes exponential time on ``"a" * 30 + "!"``.
An app's [`RegexDetector`][pengaduan.redaction.RegexDetector] runs on whatever citizens send, so
when no
linear-time engine (RE2) is available its pattern is parsed here and refused if it has a
construct that *can* backtrack catastrophically. The rules are sufficient conditions for
safety, not necessary ones: some safe patterns are refused (the message says which construct and
how to rewrite it), no pattern with the constructs below is accepted.

Refused:

- backreferences (``\\1``, ``(?P=name)``) and conditionals (``(?(1)a|b)``): no linear bound;
- a repeated group (``*``, ``+``, ``{m,n}`` with n > 1) whose body can match the empty string;
- inside a repeated group, an alternation whose branches can start with the same character
  (``(a|aa)+``, ``(a|a)*``) or whose branch can match nothing;
- inside a repeated group, a variable-length quantifier (``a+``, ``\\w*``, ``\\s?``) that is not
  closed by a character it cannot match: directly followed by a mandatory character outside its
  set (``(\\d+-)+`` is accepted), or, when it ends the group's body, with the body starting with
  such a character (``(-\\d+)+``). ``(a+)+``, ``(\\w+\\s?)+``, ``(.*a){12}`` are refused;
- three or more unbounded quantifiers in a row over overlapping characters with no character
  between them that the previous one cannot match (``\\d*\\d*\\d*x``: polynomial of high degree).

Possessive quantifiers (``a++``, ``\\w*+``) and atomic groups (``(?>...)``) never give back what
they matched, so inside a repeated group they count as one fixed token; the patterns inside them
are still checked on their own. Verbose patterns (``re.VERBOSE``) are not analysed (refused).

The model: exponential backtracking needs two different ways for one loop iteration to consume
the same text (Weideman et al., *Analyzing Matching Time Behavior of Backtracking Regular
Expression Matchers by Using Ambiguity of NFA*, CIAA 2016; Davis et al., *The Impact of Regular
Expression Denial of Service (ReDoS) in Practice*, ESEC/FSE 2018). The rules above make every
iteration's end a character the iteration cannot consume, and every alternation inside a loop
decided by its first character, so each loop has one way to consume a text.
"""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING

import attrs

from pengaduan._i18n import N_, Phrase

if TYPE_CHECKING:
    from collections.abc import Iterator

__all__ = ["MAX_PATTERN_LENGTH", "UnsafePattern", "backtracking_problems"]

MAX_PATTERN_LENGTH = 4096
_MAX_DEPTH = 64
#: Character ranges up to this size are checked character by character against a category.
_SMALL = 4096
_CATEGORIES = frozenset("dDwWsS")
#: Pairs of classes that share no character.
_DISJOINT_CATEGORIES = frozenset(
    frozenset(pair) for pair in (("d", "s"), ("w", "s"), ("d", "D"), ("w", "W"), ("s", "S"))
) | {frozenset(("d", "W"))}
#: Characters Python's case-insensitive matching folds together beyond lower/upper.
_CASE_EXTRA = {
    "k": "\u212a",
    "s": "\u017f",
    "i": "\u0130\u0131",
    "\u212a": "k",
    "\u017f": "s",
    "\u0130": "i",
    "\u0131": "i",
}


class UnsafePattern(Exception):  # noqa: N818 - internal signal, never leaves the package
    """The pattern cannot be analysed or has a refused construct (``reason`` says which)."""

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(reason)


def _in_category(char: str, category: str) -> bool:
    lower = category.lower()
    if lower == "d":
        found = char.isdecimal()
    elif lower == "w":
        found = char.isalnum() or char == "_"
    else:
        found = char.isspace()
    return found if category.islower() else not found


@attrs.frozen
class CharSet:
    """What one character position can match: ranges and classes, possibly negated."""

    ranges: tuple[tuple[int, int], ...] = ()
    categories: frozenset[str] = frozenset()
    negated: bool = False

    def size(self) -> int:
        return sum(hi - lo + 1 for lo, hi in self.ranges)

    def contains(self, char: str) -> bool:
        code = ord(char)
        found = any(lo <= code <= hi for lo, hi in self.ranges) or any(
            _in_category(char, c) for c in self.categories
        )
        return found != self.negated

    def chars(self) -> Iterator[str]:
        for lo, hi in self.ranges:
            for code in range(lo, hi + 1):
                yield chr(code)

    def folded(self) -> CharSet:
        """The set under case-insensitive matching (a large range folds to everything)."""
        if self.size() > _SMALL:
            return CharSet(ranges=(), categories=frozenset(), negated=True)
        extra: set[int] = set()
        for char in self.chars():
            for variant in (char.lower(), char.upper(), _CASE_EXTRA.get(char.lower(), "")):
                extra.update(ord(v) for v in variant)
        ranges = tuple(sorted({*self.ranges, *((c, c) for c in extra)}))
        return attrs.evolve(self, ranges=ranges)


def disjoint(a: CharSet, b: CharSet) -> bool:  # noqa: PLR0911 - one early return per case
    """Whether no character is in both sets (``False`` when that cannot be shown cheaply)."""
    if a.negated and b.negated:
        return False
    if a.negated or b.negated:
        negative, positive = (a, b) if a.negated else (b, a)
        excluded = attrs.evolve(negative, negated=False)
        if any(c not in negative.categories for c in positive.categories):
            return False
        if positive.size() > _SMALL:
            return False
        return all(excluded.contains(c) for c in positive.chars())
    for lo, hi in a.ranges:
        for lo2, hi2 in b.ranges:
            if lo <= hi2 and lo2 <= hi:
                return False
    for first, second in ((a, b), (b, a)):
        if first.categories and second.size() > _SMALL:
            return False
        for category in first.categories:
            if any(_in_category(c, category) for c in second.chars()):
                return False
    return all(
        frozenset((x, y)) in _DISJOINT_CATEGORIES for x in a.categories for y in b.categories
    )


# ---------------------------------------------------------------------------------------------
# The parse tree


@attrs.frozen
class Chars:
    """One character from a set."""

    charset: CharSet


@attrs.frozen
class Seq:
    """Items one after the other."""

    items: tuple[Node, ...]


@attrs.frozen
class Alt:
    """One of several branches."""

    branches: tuple[Node, ...]
    position: int


@attrs.frozen
class Repeat:
    """A quantified item."""

    child: Node
    low: int
    high: int | None
    possessive: bool
    position: int


@attrs.frozen
class Atomic:
    """An atomic group: matched once, never re-entered."""

    child: Node


@attrs.frozen
class Look:
    """A zero-width assertion (an anchor, a lookaround); its body is checked on its own."""

    child: Node | None = None


Node = Chars | Seq | Alt | Repeat | Atomic | Look

_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v", "a": "\a"}
_QUANTIFIER = re.compile(r"\{([0-9]*)(,?)([0-9]*)\}")
_FLAGS = re.compile(r"\(\?([aiLmsux]*)(?:-([imsx]*))?([:)])")


class _Parser:
    """A recursive-descent parser of Python's regex syntax (patterns ``re`` already accepts)."""

    def __init__(self, pattern: str, *, ignore_case: bool, dot_all: bool) -> None:
        self.pattern = pattern
        self.pos = 0
        self.depth = 0
        self.flags = [(ignore_case, dot_all)]

    def fail(self, reason: str) -> UnsafePattern:
        """The refusal of ``reason`` (a msgid or a phrase) at the current offset."""
        why = reason if isinstance(reason, Phrase) else Phrase(reason)
        return UnsafePattern(
            Phrase(N_("{reason} (at offset {offset})"), reason=why, offset=self.pos)
        )

    def peek(self, text: str) -> bool:
        return self.pattern.startswith(text, self.pos)

    def parse(self) -> Node:
        node = self.alternation()
        if self.pos != len(self.pattern):
            raise self.fail(N_("unbalanced parenthesis"))
        return node

    def alternation(self) -> Node:
        start = self.pos
        branches = [self.sequence()]
        while self.peek("|"):
            self.pos += 1
            branches.append(self.sequence())
        return branches[0] if len(branches) == 1 else Alt(tuple(branches), start)

    def sequence(self) -> Node:
        items: list[Node] = []
        while self.pos < len(self.pattern) and self.pattern[self.pos] not in "|)":
            start = self.pos
            atom = self.atom()
            if atom is None:
                continue
            atom = self.quantified(atom, start)
            if isinstance(atom, Seq):
                items.extend(atom.items)
            else:
                items.append(atom)
        return items[0] if len(items) == 1 else Seq(tuple(items))

    def quantified(self, atom: Node, start: int) -> Node:
        pattern = self.pattern
        while self.pos < len(pattern):
            char = pattern[self.pos]
            if char in "*+?":
                low, high = {"*": (0, None), "+": (1, None), "?": (0, 1)}[char]
                self.pos += 1
            elif char == "{" and (match := _QUANTIFIER.match(pattern, self.pos)):
                first, comma, second = match.groups()
                if not first and not comma:
                    return atom
                low = int(first) if first else 0
                high = (int(second) if second else None) if comma else low
                self.pos = match.end()
            else:
                return atom
            possessive = False
            if self.peek("?"):
                self.pos += 1
            elif self.peek("+"):
                self.pos += 1
                possessive = True
            atom = Repeat(atom, low, high, possessive, start)
        return atom

    def charset(self, charset: CharSet) -> Chars:
        ignore_case, _ = self.flags[-1]
        return Chars(charset.folded() if ignore_case else charset)

    def atom(self) -> Node | None:
        pattern = self.pattern
        char = pattern[self.pos]
        if char == "(":
            return self.group()
        if char == "[":
            return self.charset(self.bracket())
        self.pos += 1
        if char == ".":
            _, dot_all = self.flags[-1]
            return Chars(CharSet(ranges=() if dot_all else ((10, 10),), negated=True))
        if char in "^$":
            return Look()
        if char == "\\":
            return self.escape(in_class=False)
        return self.charset(CharSet(ranges=((ord(char), ord(char)),)))

    def escape(self, *, in_class: bool) -> Node:
        pattern = self.pattern
        char = pattern[self.pos]
        self.pos += 1
        if char in _CATEGORIES:
            return Chars(CharSet(categories=frozenset(char)))
        if char in "AZbB" and not (in_class and char == "b"):
            return Look()
        if char in "123456789":
            raise self.fail(N_("a backreference"))
        if char == "b":
            code = 8
        elif char in _ESCAPES:
            code = ord(_ESCAPES[char])
        elif char in "xuU":
            width = {"x": 2, "u": 4, "U": 8}[char]
            code = int(pattern[self.pos : self.pos + width], 16)
            self.pos += width
        elif char == "N":
            end = pattern.index("}", self.pos)
            code = ord(unicodedata.lookup(pattern[self.pos + 1 : end]))
            self.pos = end + 1
        elif char == "0":
            digits = re.match(r"[0-7]{0,2}", pattern[self.pos :])
            text = digits.group() if digits else ""
            code = int("0" + text, 8)
            self.pos += len(text)
        else:
            code = ord(char)
        return self.charset(CharSet(ranges=((code, code),)))

    def bracket(self) -> CharSet:
        pattern = self.pattern
        self.pos += 1
        negated = self.peek("^")
        if negated:
            self.pos += 1
        ranges: list[tuple[int, int]] = []
        categories: set[str] = set()
        first = True
        while True:
            if self.pos >= len(pattern):
                raise self.fail(N_("an unterminated character set"))
            char = pattern[self.pos]
            if char == "]" and not first:
                self.pos += 1
                break
            first = False
            code = self.class_char()
            if code is None:
                item = self.last_class
                categories.update(item.categories)
                continue
            if self.peek("-") and self.pos + 1 < len(pattern) and pattern[self.pos + 1] != "]":
                self.pos += 1
                high = self.class_char()
                if high is None:
                    raise self.fail(N_("a range ending in a class"))
                ranges.append((code, high))
            else:
                ranges.append((code, code))
        return CharSet(ranges=tuple(ranges), categories=frozenset(categories), negated=negated)

    last_class = CharSet()

    def class_char(self) -> int | None:
        char = self.pattern[self.pos]
        self.pos += 1
        if char != "\\":
            return ord(char)
        node = self.escape(in_class=True)
        if isinstance(node, Chars) and node.charset.categories:
            self.last_class = node.charset
            return None
        if isinstance(node, Chars) and node.charset.ranges:
            return node.charset.ranges[0][0]
        raise self.fail(N_("an escape that is not a character inside a set"))

    def group(self) -> Node | None:  # noqa: PLR0912 - one branch per group syntax
        pattern = self.pattern
        start = self.pos
        self.depth += 1
        if self.depth > _MAX_DEPTH:
            raise self.fail(Phrase(N_("groups nested more than {depth} deep"), depth=_MAX_DEPTH))
        kind = "group"
        flags = self.flags[-1]
        if self.peek("(?#"):
            self.pos = pattern.index(")", self.pos) + 1
            self.depth -= 1
            return None
        if match := _FLAGS.match(pattern, self.pos):
            on, off, end = match.groups()
            if "x" in on:
                raise self.fail(N_("a verbose pattern"))
            ignore_case = ("i" in on or flags[0]) and "i" not in (off or "")
            dot_all = ("s" in on or flags[1]) and "s" not in (off or "")
            self.pos = match.end()
            if end == ")":
                self.flags[0] = (ignore_case, dot_all)
                self.flags[-1] = (ignore_case, dot_all)
                self.depth -= 1
                return None
            flags = (ignore_case, dot_all)
        elif self.peek("(?P<"):
            self.pos = pattern.index(">", self.pos) + 1
        elif self.peek("(?P=") or self.peek("(?("):
            raise self.fail(N_("a backreference or conditional"))
        elif self.peek("(?:"):
            self.pos += 3
        elif self.peek("(?>"):
            self.pos += 3
            kind = "atomic"
        elif self.peek("(?=") or self.peek("(?!"):
            self.pos += 3
            kind = "look"
        elif self.peek("(?<=") or self.peek("(?<!"):
            self.pos += 4
            kind = "look"
        elif self.peek("(?"):
            raise self.fail(N_("an unknown group"))
        else:
            self.pos += 1
        self.flags.append(flags)
        child = self.alternation()
        self.flags.pop()
        if not self.peek(")"):
            raise UnsafePattern(
                Phrase(
                    N_("{reason} (at offset {offset})"),
                    reason=Phrase(N_("unbalanced parenthesis")),
                    offset=start,
                )
            )
        self.pos += 1
        self.depth -= 1
        if kind == "atomic":
            return Atomic(child)
        if kind == "look":
            return Look(child)
        return child


# ---------------------------------------------------------------------------------------------
# Properties of nodes


def _nullable(node: Node) -> bool:
    if isinstance(node, Chars):
        return False
    if isinstance(node, Seq):
        return all(_nullable(item) for item in node.items)
    if isinstance(node, Alt):
        return any(_nullable(branch) for branch in node.branches)
    if isinstance(node, Repeat):
        return node.low == 0 or _nullable(node.child)
    if isinstance(node, Atomic):
        return _nullable(node.child)
    return True


def _first(node: Node) -> list[CharSet]:
    if isinstance(node, Chars):
        return [node.charset]
    if isinstance(node, Seq):
        found: list[CharSet] = []
        for item in node.items:
            found += _first(item)
            if not _nullable(item):
                break
        return found
    if isinstance(node, Alt):
        return [c for branch in node.branches for c in _first(branch)]
    if isinstance(node, Repeat | Atomic):
        return _first(node.child)
    return []


def _consumed(node: Node) -> list[CharSet]:
    """Every set a character matched anywhere in ``node`` can come from."""
    if isinstance(node, Chars):
        return [node.charset]
    if isinstance(node, Seq):
        return [c for item in node.items for c in _consumed(item)]
    if isinstance(node, Alt):
        return [c for branch in node.branches for c in _consumed(branch)]
    if isinstance(node, Repeat | Atomic):
        return _consumed(node.child)
    return []


def _lengths(node: Node) -> tuple[int, int | None]:
    if isinstance(node, Chars):
        return 1, 1
    if isinstance(node, Seq):
        low = 0
        total: int | None = 0
        for item in node.items:
            item_low, item_high = _lengths(item)
            low += item_low
            total = None if total is None or item_high is None else total + item_high
        return low, total
    if isinstance(node, Alt):
        pairs = [_lengths(branch) for branch in node.branches]
        highs = [h for _, h in pairs]
        return min(lo for lo, _ in pairs), None if None in highs else max(h or 0 for h in highs)
    if isinstance(node, Repeat):
        low, inner = _lengths(node.child)
        top = None if inner is None or node.high is None else inner * node.high
        return low * node.low, top
    if isinstance(node, Atomic):
        return _lengths(node.child)
    return 0, 0


def _apart(sets: list[CharSet], others: list[CharSet]) -> bool:
    return all(disjoint(a, b) for a in sets for b in others)


def _backtracks(node: Node) -> bool:
    """Whether ``node`` can give back part of what it matched (a variable-length quantifier)."""
    if isinstance(node, Repeat):
        low, high = _lengths(node)
        return not node.possessive and low != high
    return False


# ---------------------------------------------------------------------------------------------
# The rules


def _walk(node: Node) -> Iterator[Node]:
    yield node
    if isinstance(node, Seq):
        for item in node.items:
            yield from _walk(item)
    elif isinstance(node, Alt):
        for branch in node.branches:
            yield from _walk(branch)
    elif isinstance(node, Repeat | Atomic) or (isinstance(node, Look) and node.child):
        yield from _walk(node.child)  # type: ignore[arg-type]


def _body_problems(loop: Repeat) -> Iterator[str]:
    """Ambiguity inside one repeated group (possessive and atomic parts are single tokens)."""
    where = Phrase(N_("the repeated group at offset {offset}"), offset=loop.position)
    body = loop.child
    top = body.items if isinstance(body, Seq) else (body,)

    def visit(node: Node, siblings: tuple[Node, ...], index: int) -> Iterator[str]:
        if isinstance(node, Atomic | Look) or (isinstance(node, Repeat) and node.possessive):
            return
        if isinstance(node, Alt):
            if any(_nullable(branch) for branch in node.branches):
                yield Phrase(
                    N_("{where} holds an alternation (offset {offset}) with an empty branch"),
                    where=where,
                    offset=node.position,
                )
            firsts = [_first(branch) for branch in node.branches]
            for i, one in enumerate(firsts):
                for other in firsts[i + 1 :]:
                    if not _apart(one, other):
                        yield Phrase(
                            N_(
                                "{where} holds an alternation (offset {offset}) whose "
                                "branches can start with the same character"
                            ),
                            where=where,
                            offset=node.position,
                        )
                        break
                else:
                    continue
                break
            for branch in node.branches:
                items = branch.items if isinstance(branch, Seq) else (branch,)
                for i, item in enumerate(items):
                    yield from visit(item, items, i)
            return
        if (
            isinstance(node, Repeat)
            and _backtracks(node)
            and not _closed(node, siblings, index, top)
        ):
            yield Phrase(
                N_(
                    "{where} holds a variable-length quantifier (offset {offset}) not closed "
                    "by a character it cannot match (a nested quantifier)"
                ),
                where=where,
                offset=node.position,
            )
        if isinstance(node, Repeat):
            inner = node.child.items if isinstance(node.child, Seq) else (node.child,)
            for i, item in enumerate(inner):
                yield from visit(item, inner, i)

    for i, item in enumerate(top):
        yield from visit(item, top, i)


def _closed(node: Node, siblings: tuple[Node, ...], index: int, top: tuple[Node, ...]) -> bool:
    inside = _consumed(node)
    if index + 1 < len(siblings):
        follower = siblings[index + 1]
        return isinstance(follower, Chars) and _apart([follower.charset], inside)
    if siblings is top and index > 0:
        opener = top[0]
        return isinstance(opener, Chars) and _apart([opener.charset], inside)
    return False


def _chain_problems(seq: Seq) -> Iterator[str]:
    chain: list[list[CharSet]] = []
    for item in seq.items:
        if isinstance(item, Chars):
            if chain and _apart([item.charset], chain[-1]):
                chain = []
            continue
        if isinstance(item, Atomic | Look) or (isinstance(item, Repeat) and item.possessive):
            continue
        if _lengths(item)[1] is not None:
            continue
        sets = _consumed(item)
        chain = [*chain, sets] if chain and not _apart(sets, chain[-1]) else [sets]
        if len(chain) >= 3:
            yield Phrase(
                N_(
                    "three or more unbounded quantifiers in a row over overlapping characters "
                    "(offset {offset})"
                ),
                offset=getattr(item, "position", 0),
            )
            chain = []


def backtracking_problems(pattern: str, *, ignore_case: bool, dot_all: bool) -> list[str]:
    """Why ``pattern`` could backtrack catastrophically in Python's ``re``; empty when it cannot.

    Args:
        pattern: a pattern that ``re.compile`` accepts.
        ignore_case: whether it is compiled with ``re.IGNORECASE``.
        dot_all: whether it is compiled with ``re.DOTALL``.

    Returns:
        One line per refused construct, naming it and its offset in the pattern (never the
        pattern's text).
    """
    if len(pattern) > MAX_PATTERN_LENGTH:
        return [_too_long()]
    try:
        tree = _Parser(pattern, ignore_case=ignore_case, dot_all=dot_all).parse()
    except UnsafePattern as error:
        reason = error.reason
    except (ValueError, LookupError, IndexError):
        reason = Phrase(N_("a construct this check does not read"))
    else:
        reason = ""
    if reason:
        return [cannot_be_shown_linear(reason)]
    problems: list[str] = []
    for node in _walk(tree):
        if (
            isinstance(node, Repeat)
            and not node.possessive
            and (node.high is None or node.high > 1)
        ):
            if _nullable(node.child):
                problems.append(
                    Phrase(
                        N_("the repeated group at offset {offset} can match the empty string"),
                        offset=node.position,
                    )
                )
            else:
                problems.extend(_body_problems(node))
        if isinstance(node, Seq):
            problems.extend(_chain_problems(node))
    return list(dict.fromkeys(problems))


def _too_long() -> Phrase:
    return Phrase(N_("pattern is longer than {count} characters"), count=MAX_PATTERN_LENGTH)


def cannot_be_shown_linear(reason: str) -> Phrase:
    """``cannot be shown linear-time: <reason>`` (``reason`` a phrase or a msgid)."""
    why = reason if isinstance(reason, Phrase) else Phrase(reason)
    return Phrase(N_("cannot be shown linear-time: {reason}"), reason=why)

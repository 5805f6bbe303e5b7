#!/usr/bin/env python3
r"""Every regular expression in articlex against long hostile strings: is each one linear?

    python benchmarks/regex_stress.py [--size 20000] [--budget 1.0] [--top 30]
        [--only SUBSTRING] [--max-ratio 30] [--min-time 0.005] [--timeout 5]
        [--escalate 6] [--max-derived 30] [--pattern-cap 15] [-v]

Why: articlex runs its patterns on text and attribute values taken from untrusted pages,
so a pattern that backtracks quadratically (``\s*,\s*`` on a long run of spaces) or
exponentially lets one crafted page stall a worker. Timing this belongs in a benchmark,
not in the test suite: the figures depend on the machine and its load.

What is tested, found by introspection rather than by copying patterns:

* every ``re.Pattern`` reachable from the globals of every module under ``articlex``
  (``pkgutil.walk_packages``), also inside tuples, lists, dicts, sets and frozensets,
  dataclass instances, NamedTuples and class attributes, one level deep; named
  ``module.NAME`` (``module.NAME[2]``, ``module.NAME['key']``, ``module.NAME.field``);
* every inline ``re.search/match/fullmatch/sub/subn/findall/finditer/split/compile(...)``
  call found by an ``ast`` scan of the package sources whose pattern is a literal (string
  constants, ``+`` of literals, names of module-level string constants, f-strings of
  those), compiled with its flags when they are literal; named ``module:LINE re.FUNC``.
  Calls with a computed pattern are listed with ``-v``; those made at import time are
  module globals and so are covered by the first rule anyway.

Inputs, built from each pattern with the standard regex parser (``re._parser``, or
``sre_parse`` before Python 3.11):

* ``pump``: for every repetition in the pattern, a short string that matches the part
  *before* it, then a long run of one unit the repetition accepts (each member of a
  character class, each branch of an alternation, two alternating units, the repeated
  group with its optional parts left out and taken), then a character that makes the
  overall match fail so the engine has to backtrack: ``\x00``, and also ``x`` for
  patterns whose tail accepts punctuation (``[\W\d_]*$``);
* ``partial``: the pattern's own shortest match (and fullest match) without its last
  character, or whole, repeated;
* ``generic``: runs of letters, digits, spaces, tabs, newlines, no-break spaces,
  punctuation (``<``, ``&``, ``-``, ``.``, ``:``, ``/``, ``@``, ``|``, …), CJK and a few
  two-character units, each followed by ``\x00`` (and by ``x`` when it has no letter).

Each input is run through ``search``, ``finditer`` (drained) and ``sub`` at ``n/100``,
``n/10`` and ``n`` characters (bytes for bytes patterns), timed in CPU seconds of this
process (``time.process_time``) so that other jobs on a shared machine matter less. Then,
per pattern, the cases that matter are also run at ``10n``: the ``--escalate`` ones that
grew fastest from n/10 to n, every one growing faster than ``--max-ratio``/2, and every
one slow enough at n to threaten the budget at 10n (``--escalate -1``: all of them, a
run of some ten minutes). A linear case grows tenfold, so the rest are not worth the
time; their row shows the n/10 to n growth instead, marked ``*``. Climbing stops after a
clearly super-linear step, or before a size that the growth seen so far projects above
``--skip-above`` seconds if that growth is super-linear, above ``--timeout`` if not; the
sizes not run show their projection, marked ``~``. Every call is also cut off after
``--timeout`` seconds (``SIGALRM``; the regex engine checks signals), shown as ``>5s``.

What it prints: one row per (pattern, input, operation), worst growth first (the top
``--top`` rows plus every flagged or over-budget row): the ratio time(10n)/time(n), the
two times, the operation, the input family and the pattern's location. A ratio above
``--max-ratio`` (linear is about 10) with time(10n) above ``--min-time`` is flagged as
super-linear (``S``); short times are re-measured (best of three) before a row is
flagged or a size skipped, so that one load spike does not raise a false alarm. A call
at ``10n`` slower than ``--budget`` seconds is over budget (``B``). A pattern already
flagged stops being tried once it has used ``--pattern-cap`` seconds (an exponential one
would otherwise spend ``--timeout`` on every input); the skipped inputs are counted.

Then a summary: patterns tried, inputs tried, cases timed (and how many at 10n), the
slowest case at 10n and its time, the calls over budget, and the flagged patterns with
their source.

Exit code 1 when a pattern is flagged or a call is over budget, else 0. With the
defaults the run takes about two minutes on a small machine.
"""

from __future__ import annotations

import argparse
import ast
import collections
import dataclasses
import importlib
import itertools
import math
import pkgutil
import re
import signal
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType, ModuleType
from typing import Any

import articlex

Pattern = re.Pattern[Any]
#: One node of the regex parser's tree: (opcode name, argument). The parser is an
#: undocumented, untyped module, so its arguments are ``Any`` here and nowhere else.
Node = tuple[str, Any]

OPERATIONS = ("search", "finditer", "sub")
REPEATS = frozenset({"MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"})
#: Below this many seconds a time is noise; ratios are taken against at least this.
TIME_FLOOR = 2e-5
#: Seconds under which a time is re-measured (best of three) before a decision rests on it.
CHEAP = 1.0
#: A failing character appended to every pumped run: almost no pattern accepts it, so
#: the engine must give up (and backtrack) after the run.
FAIL = "\x00"
#: The other ending of pumped runs, for patterns whose tail accepts ``\x00`` (``\W*$``).
WORD_FAIL = "x"
#: Units of the generic family: single characters and short mixes seen in real markup.
GENERIC_UNITS = (
    "a", "A", "0", " ", "\t", "\n", "\xa0", ".", "-", ":", "/", "_", "@", ",", "|", "<",
    "&", "(", "[", '"', "'", "#", "=", "é", "年", "a ", "a-", "a.", "a:", "0-", "0 ", " -",
    "- ", "a,", "<a ", "&#", "aA", "a@",
)  # fmt: skip
#: Characters tried when a negated class (``[^>]``) needs a member.
CHAR_POOL = ("a", "0", " ", ".", "-", "x", "/", ",", "é", "年", "\n", ">", '"', "!")
#: Representatives of the parser's character categories (``\d``, ``\s``, ``\w``, …).
CATEGORY_REPS: dict[str, tuple[str, ...]] = {
    "DIGIT": ("0", "7"),
    "NOT_DIGIT": ("a", " "),
    "SPACE": (" ", "\n", "\t", "\xa0"),
    "NOT_SPACE": ("a", "0", "."),
    "WORD": ("a", "0", "_", "é"),
    "NOT_WORD": (" ", ".", "-"),
    "LINEBREAK": ("\n",),
    "NOT_LINEBREAK": ("a", " "),
}
CATEGORY_TESTS: dict[str, re.Pattern[str]] = {
    "DIGIT": re.compile(r"\d"),
    "NOT_DIGIT": re.compile(r"\D"),
    "SPACE": re.compile(r"\s"),
    "NOT_SPACE": re.compile(r"\S"),
    "WORD": re.compile(r"\w"),
    "NOT_WORD": re.compile(r"\W"),
    "LINEBREAK": re.compile(r"\n"),
    "NOT_LINEBREAK": re.compile(r"[^\n]"),
}
#: Position of the ``flags`` argument of each ``re`` function, counting the pattern.
FLAGS_POSITION = {
    "compile": 1, "search": 2, "match": 2, "fullmatch": 2, "findall": 2, "finditer": 2,
    "split": 3, "sub": 4, "subn": 4,
}  # fmt: skip


# --- discovery -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Target:
    """One pattern under test and where it lives in the package."""

    location: str
    pattern: Pattern


def package_modules() -> tuple[list[ModuleType], list[str]]:
    """Import ``articlex`` and every module below it; also return the import failures."""
    modules: list[ModuleType] = [articlex]
    failures: list[str] = []

    def failed(name: str) -> None:
        failures.append(name)

    for info in pkgutil.walk_packages(articlex.__path__, prefix="articlex.", onerror=failed):
        try:
            modules.append(importlib.import_module(info.name))
        except Exception as exc:  # a module being edited elsewhere must not stop the run
            failures.append(f"{info.name}: {type(exc).__name__}: {exc}")
    return modules, failures


def _children(value: object) -> Iterator[tuple[str, object]]:
    """The values one level inside a container or record, with the suffix naming each."""
    if isinstance(value, dict):
        for key, item in value.items():
            yield f"[{key!r}]", item
            if isinstance(key, re.Pattern):
                yield f"[key {key.pattern!r}]", key
    elif isinstance(value, tuple) and hasattr(value, "_fields"):  # NamedTuple
        yield from ((f".{name}", getattr(value, name)) for name in value._fields)
    elif isinstance(value, (tuple, list)):
        yield from ((f"[{i}]", item) for i, item in enumerate(value))
    elif isinstance(value, (set, frozenset)):
        yield from (("{}", item) for item in value)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for fld in dataclasses.fields(value):
            yield f".{fld.name}", getattr(value, fld.name)


def global_patterns(module: ModuleType) -> list[Target]:
    """Patterns held by a module's globals, directly or one level inside a container."""
    found: list[Target] = []
    for name, value in vars(module).items():
        where = f"{module.__name__}.{name}"
        if isinstance(value, re.Pattern):
            found.append(Target(where, value))
            continue
        if isinstance(value, type) and value.__module__ == module.__name__:
            items: Iterable[tuple[str, object]] = (
                (f".{attr}", item) for attr, item in vars(value).items()
            )
        else:
            items = _children(value)
        for suffix, item in items:
            if isinstance(item, re.Pattern):
                found.append(Target(where + suffix, item))
    return found


def _defined_names(tree: ast.Module) -> set[str]:
    """Names bound at the top level of a module (to prefer a pattern's home over imports)."""
    names: set[str] = set()
    for node in tree.body:
        targets: list[ast.expr] = []
        if isinstance(node, ast.Assign):
            targets = list(node.targets)
        elif isinstance(node, ast.AnnAssign):
            targets = [node.target]
        elif isinstance(node, (ast.ClassDef, ast.FunctionDef)):
            names.add(node.name)
        names.update(t.id for t in targets if isinstance(t, ast.Name))
    return names


def _fold(node: ast.expr, namespace: dict[str, Any]) -> str | bytes | None:
    """The constant value of a pattern expression, or None when it is computed."""
    if isinstance(node, ast.Constant) and isinstance(node.value, (str, bytes)):
        return node.value
    if isinstance(node, ast.Name):
        value = namespace.get(node.id)
        return value if isinstance(value, (str, bytes)) else None
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _fold(node.left, namespace), _fold(node.right, namespace)
        if isinstance(left, str) and isinstance(right, str):
            return left + right
        if isinstance(left, bytes) and isinstance(right, bytes):
            return left + right
        return None
    if isinstance(node, ast.JoinedStr):
        parts: list[str] = []
        for value in node.values:
            inner = value
            if isinstance(value, ast.FormattedValue):
                if value.conversion != -1 or value.format_spec is not None:
                    return None
                inner = value.value
            folded = _fold(inner, namespace)
            if not isinstance(folded, str):
                return None
            parts.append(folded)
        return "".join(parts)
    return None


def _fold_flags(node: ast.expr) -> int | None:
    """``re.I``, ``re.IGNORECASE | re.M``, ``0``: the literal flags of a call, else None."""
    if isinstance(node, ast.Constant) and isinstance(node.value, int):
        return node.value
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
        flag = getattr(re, node.attr, None) if node.value.id == "re" else None
        return int(flag) if isinstance(flag, re.RegexFlag) else None
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
        left, right = _fold_flags(node.left), _fold_flags(node.right)
        return None if left is None or right is None else left | right
    return None


@dataclass
class InlineScan:
    """What the ``ast`` scan found: compiled literal patterns and the calls it could not fold."""

    targets: list[Target] = field(default_factory=list)
    computed: list[str] = field(default_factory=list)


def inline_patterns(module: ModuleType, tree: ast.Module, scan: InlineScan) -> None:
    """Add the literal patterns of ``re.<func>(...)`` calls in one module to ``scan``."""
    namespace = vars(module)
    for node in ast.walk(tree):
        if not (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and isinstance(node.func.value, ast.Name)
            and node.func.value.id == "re"
            and node.func.attr in FLAGS_POSITION
        ):
            continue
        func = node.func.attr
        where = f"{module.__name__}:{node.lineno} re.{func}"
        pattern_node = node.args[0] if node.args else None
        for keyword in node.keywords:
            if keyword.arg == "pattern":
                pattern_node = keyword.value
        pattern = None if pattern_node is None else _fold(pattern_node, namespace)
        flags_node: ast.expr | None = None
        if len(node.args) > FLAGS_POSITION[func]:
            flags_node = node.args[FLAGS_POSITION[func]]
        for keyword in node.keywords:
            if keyword.arg == "flags":
                flags_node = keyword.value
        flags = 0 if flags_node is None else _fold_flags(flags_node)
        if pattern is None or flags is None:
            scan.computed.append(where)
            continue
        try:
            scan.targets.append(Target(where, re.compile(pattern, flags)))
        except (re.error, TypeError, ValueError) as exc:  # not a pattern after all
            print(f"warning: {where}: {exc}", file=sys.stderr)


def discover(verbose: bool) -> tuple[list[Target], InlineScan]:
    """Every distinct pattern of the package, each under its most telling location."""
    modules, failures = package_modules()
    for failure in failures:
        print(f"warning: could not import {failure}", file=sys.stderr)
    scan = InlineScan()
    candidates: list[tuple[int, Target]] = []  # (preference, target); 0 is best
    for module in modules:
        source_file = getattr(module, "__file__", None)
        tree: ast.Module | None = None
        if source_file and source_file.endswith(".py"):
            tree = ast.parse(Path(source_file).read_text(encoding="utf-8"), source_file)
        defined = _defined_names(tree) if tree is not None else set()
        for target in global_patterns(module):
            name = target.location[len(module.__name__) + 1 :]
            top = re.split(r"[.\[]", name, maxsplit=1)[0]
            candidates.append((0 if top in defined else 1, target))
        if tree is not None:
            inline_patterns(module, tree, scan)
    candidates += [(2, target) for target in scan.targets]
    chosen: dict[tuple[type, str | bytes, int], tuple[int, Target]] = {}
    for preference, target in candidates:
        pat = target.pattern
        key = (type(pat.pattern), pat.pattern, pat.flags)
        if key not in chosen or preference < chosen[key][0]:
            chosen[key] = (preference, target)
    if verbose:
        for where in scan.computed:
            print(f"note: computed pattern not folded: {where}", file=sys.stderr)
    targets = sorted((target for _, target in chosen.values()), key=lambda t: t.location)
    return targets, scan


# --- inputs ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Attack:
    """A hostile input: ``prefix``, then ``unit`` repeated to the size, then ``suffix``."""

    family: str
    prefix: str
    unit: str
    suffix: str = FAIL

    def build(self, size: int, as_bytes: bool) -> str | bytes:
        """The input at ``size`` characters (bytes for a bytes pattern)."""
        room = max(size - len(self.prefix) - len(self.suffix), len(self.unit))
        text = self.prefix + (self.unit * (room // len(self.unit) + 1))[:room] + self.suffix
        if not as_bytes:
            return text
        encoding = "latin-1" if all(ord(c) < 256 for c in text) else "utf-8"
        return text.encode(encoding)[:size]


def _parser() -> Any:
    """The standard library's regex parser (renamed ``re._parser`` in Python 3.11)."""
    try:
        return importlib.import_module("re._parser")
    except ImportError:  # Python 3.10
        return importlib.import_module("sre_parse")


def _opname(op: Any) -> str:
    return str(getattr(op, "name", op))


def _nodes(subpattern: Any) -> list[Node]:
    return [(_opname(op), av) for op, av in subpattern.data]


def _sample(items: list[Any], limit: int) -> list[Any]:
    """At most ``limit`` items spread over the list (big alternations keep their variety)."""
    if len(items) <= limit:
        return items
    step = len(items) / limit
    return [items[int(i * step)] for i in range(limit)]


def _show(unit: str) -> str:
    shown = repr(unit)
    return shown if len(shown) <= 14 else shown[:11] + "..."


class InputMaker:
    """Builds the ``pump`` and ``partial`` inputs of one pattern from its parse tree."""

    def __init__(self, pattern: Pattern) -> None:
        self.pattern = pattern
        self.ignorecase = bool(pattern.flags & re.IGNORECASE)
        self.groups: dict[int, str] = {}
        source = pattern.pattern
        self.tree = _nodes(_parser().parse(source, pattern.flags & ~re.UNICODE))

    def witness(self, nodes: list[Node], full: bool = False) -> str:
        """A string matched by ``nodes`` (best effort: lookarounds are ignored).

        The shortest such string, or with ``full`` one where every optional part and
        repetition is taken once: ``(?:jan\\b\\.?[\\W\\d_]*)+`` gives ``jan`` and ``jan.``,
        and only the second, repeated, shows that pattern's exponential backtracking.
        """
        return "".join(self.witness_one(node, full) for node in nodes)

    def witness_one(self, node: Node, full: bool = False) -> str:
        op, av = node
        if op == "LITERAL":
            return chr(av)
        if op == "NOT_LITERAL":
            return "a" if av != ord("a") else "b"
        if op == "ANY":
            return "a"
        if op == "IN":
            reps = self.class_reps(av)
            return reps[0] if reps else "a"
        if op == "BRANCH":
            return self.witness(_nodes(av[1][0]), full)
        if op == "SUBPATTERN":
            text = self.witness(_nodes(av[-1]), full)
            if av[0] is not None:
                self.groups[av[0]] = text
            return text
        if op == "ATOMIC_GROUP":
            return self.witness(_nodes(av), full)
        if op in REPEATS:
            times = max(int(av[0]), 1) if full else int(av[0])
            return self.witness(_nodes(av[2]), full) * min(times, 1000)
        if op == "GROUPREF":
            return self.groups.get(av, "")
        if op == "GROUPREF_EXISTS":
            return self.witness(_nodes(av[1]), full)
        return ""  # AT (anchors), ASSERT, ASSERT_NOT: zero width

    def in_class(self, char: str, members: list[Any]) -> bool:
        """Whether ``char`` is one of the (non-negated) members of a class."""
        chars = {char, char.lower(), char.upper()} if self.ignorecase else {char}
        for op_raw, av in members:
            op = _opname(op_raw)
            if op == "LITERAL" and any(ord(c) == av for c in chars):
                return True
            if op == "RANGE" and any(av[0] <= ord(c) <= av[1] for c in chars):
                return True
            if op == "CATEGORY":
                test = CATEGORY_TESTS.get(_category(av))
                if test is not None and test.match(char):
                    return True
        return False

    def class_reps(self, members: list[Any]) -> list[str]:
        """Characters a class accepts: its literals, range ends, category representatives."""
        if any(_opname(op) == "NEGATE" for op, _ in members):
            return [c for c in CHAR_POOL if not self.in_class(c, members)][:4]
        reps: list[str] = []
        for op_raw, av in members:
            op = _opname(op_raw)
            if op == "LITERAL":
                reps.append(chr(av))
            elif op == "RANGE":
                reps += [chr(av[0]), chr(av[1])]
            elif op == "CATEGORY":
                reps += CATEGORY_REPS.get(_category(av), ())
        return list(dict.fromkeys(reps))

    def units(self, nodes: list[Node]) -> list[str]:
        """Distinct non-empty strings that one repetition of ``nodes`` can match."""
        found: list[str] = []
        if len(nodes) == 1:
            op, av = nodes[0]
            if op == "IN":
                found = _sample(self.class_reps(av), 6)
            elif op == "BRANCH":
                branches = [_nodes(b) for b in _sample(list(av[1]), 6)]
                found = [self.witness(b) for b in branches]
                found += [self.witness(b, full=True) for b in branches]
            elif op == "SUBPATTERN":
                found = self.units(_nodes(av[-1]))
            elif op == "ATOMIC_GROUP":
                found = self.units(_nodes(av))
            elif op in REPEATS:
                found = self.units(_nodes(av[2]))
            else:
                found = [self.witness_one(nodes[0])]
        elif nodes:
            rest, rest_full = self.witness(nodes[1:]), self.witness(nodes[1:], full=True)
            found = [self.witness(nodes), self.witness(nodes, full=True)]
            for unit in self.units(nodes[:1])[:4]:
                found += [unit + rest, unit + rest_full]
        return [u for u in dict.fromkeys(found) if u]

    def walk(self, nodes: list[Node], before: str) -> Iterator[tuple[str, list[str]]]:
        """(text matching what precedes a repetition, units of that repetition), all depths."""
        for i, (op, av) in enumerate(nodes):
            prefix = before + self.witness(nodes[:i])
            if op in REPEATS:
                inner = _nodes(av[2])
                yield prefix, self.units(inner)
                yield from self.walk(inner, prefix)
            elif op == "BRANCH":
                for branch in _sample(list(av[1]), 8):
                    yield from self.walk(_nodes(branch), prefix)
            elif op == "SUBPATTERN":
                yield from self.walk(_nodes(av[-1]), prefix)
            elif op == "ATOMIC_GROUP":
                yield from self.walk(_nodes(av), prefix)
            elif op in ("ASSERT", "ASSERT_NOT"):
                yield from self.walk(_nodes(av[1]), prefix)
            elif op == "GROUPREF_EXISTS":
                yield from self.walk(_nodes(av[1]), prefix)

    def attacks(self, limit: int) -> list[Attack]:
        """Up to ``limit`` distinct inputs crafted against this pattern.

        Each pumped run ends once in ``\\x00`` (not a word character) and once in ``x``
        (a word character): which of the two makes the match fail depends on what the
        pattern expects after the run (``[\\w.+-]+@`` versus ``[\\W\\d_]*$``).
        """
        found: list[Attack] = []
        generic = set(GENERIC_UNITS)
        for prefix, units in self.walk(self.tree, ""):
            pairs = [a + b for a, b in itertools.pairwise(units)][:3]
            for unit in units[:8] + pairs:
                head = f"{_show(prefix)}+" if prefix else ""
                for suffix in (FAIL, WORD_FAIL):
                    if prefix or unit not in generic or suffix != FAIL:
                        label = f"pump {head}{_show(unit)}*{_show(suffix)}"
                        found.append(Attack(label, prefix, unit, suffix))
        for whole in dict.fromkeys((self.witness(self.tree), self.witness(self.tree, True))):
            for piece in dict.fromkeys((whole[:-1], whole)):
                if len(piece) > 1:
                    found.append(Attack(f"partial {_show(piece)}*", "", piece))
        unique = list({(a.prefix, a.unit, a.suffix): a for a in found}.values())
        return _sample(unique, limit)


def _category(av: Any) -> str:
    """``CATEGORY_UNI_DIGIT`` -> ``DIGIT``: the parser's category without its flavour."""
    name = _opname(av).removeprefix("CATEGORY_")
    return name.removeprefix("UNI_").removeprefix("LOC_")


def generic_attacks() -> list[Attack]:
    """The same runs for every pattern: letters, digits, spaces, punctuation, markup.

    Each ends in ``\\x00``; runs holding no letter also end in ``x`` once, since
    ``\\x00`` is itself punctuation to ``\\W``.
    """
    found = [Attack(f"generic {_show(unit)}*", "", unit) for unit in GENERIC_UNITS]
    found += [
        Attack(f"generic {_show(unit)}*'x'", "", unit, WORD_FAIL)
        for unit in GENERIC_UNITS
        if not any(c.isalpha() for c in unit)
    ]
    return found


# --- timing ------------------------------------------------------------------------------


class CallTimeoutError(Exception):
    """Raised from the alarm signal inside a regex call that ran past ``--timeout``."""


def _on_alarm(signum: int, frame: FrameType | None) -> None:
    raise CallTimeoutError


def operation(pattern: Pattern, name: str, text: str | bytes) -> Callable[[], object]:
    """A call of one operation of ``pattern`` on ``text``, ready to time."""
    if name == "search":
        return lambda: pattern.search(text)
    if name == "finditer":
        return lambda: collections.deque(pattern.finditer(text), maxlen=0)
    replacement: str | bytes = b" " if isinstance(text, bytes) else " "
    return lambda: pattern.sub(replacement, text)


def timed(call: Callable[[], object], timeout: float) -> float:
    """CPU seconds one call takes; ``inf`` when it is cut off after ``timeout`` seconds.

    CPU time of this process, not wall time: other people's jobs on a shared machine then
    barely move the figures. The cut-off is on wall time, so that nothing hangs.
    """
    signal.setitimer(signal.ITIMER_REAL, timeout)
    start = time.process_time()
    try:
        call()
    except CallTimeoutError:
        return math.inf
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
    return time.process_time() - start


@dataclass
class Settings:
    """The thresholds of the command line."""

    size: int
    budget: float
    max_ratio: float
    min_time: float
    timeout: float
    skip_above: float
    escalate: int


@dataclass
class Case:
    """One operation of one pattern on one input, timed on a ladder of sizes.

    ``times`` holds seconds for n/100, n/10, n and, once escalated, 10n; a size that was
    not run because its projection was too slow holds that projection, and ``measured``
    counts the sizes actually run.
    """

    target: Target
    attack: Attack
    op: str
    times: list[float] = field(default_factory=list)
    measured: int = 0
    growth: float = 10.0  # per tenfold size, between the last two sizes run
    stopped: bool = False  # climbing gave up: the rest of ``times`` is projected
    flagged: bool = False
    over_budget: bool = False

    @property
    def small(self) -> float:
        return self.times[2]

    @property
    def large(self) -> float | None:
        """Seconds at 10n (maybe projected); None when 10n was not asked for."""
        return self.times[3] if len(self.times) > 3 else None

    @property
    def ratio(self) -> float:
        """time(10n) / time(n) when both ran; else the last growth per tenfold size seen."""
        if self.measured == 4:
            return self.times[3] / max(self.times[2], TIME_FLOOR)
        return self.growth

    def _run(self, rung: int, cfg: Settings, tries: int = 1) -> float:
        as_bytes = isinstance(self.target.pattern.pattern, bytes)
        size = (cfg.size // 100, cfg.size // 10, cfg.size, cfg.size * 10)[rung]
        call = operation(self.target.pattern, self.op, self.attack.build(size, as_bytes))
        best = timed(call, cfg.timeout)
        for _ in range(tries - 1):
            if best >= CHEAP:  # too slow to be a spike; repeating would only cost time
                break
            best = min(best, timed(call, cfg.timeout))
        return best

    def _projected_next(self) -> float:
        """The next size's time if growth goes on as seen (and at least linearly)."""
        return self.times[-1] * max(10.0, self.growth)

    def _not_worth_running(self, cfg: Settings) -> bool:
        """The next size would be slow (above ``skip_above``) and either growth is already
        super-linear or it would hit the timeout anyway."""
        projected = self._projected_next()
        return projected > cfg.skip_above and (
            self.growth > cfg.max_ratio or projected > cfg.timeout
        )

    def _confirm(self, rung: int, cfg: Settings) -> float:
        """The time of a size run again (best of three) when it is short enough to be a
        load spike on a shared machine: a decision is about to rest on it."""
        return self._run(rung, cfg, 3) if self.times[rung] < CHEAP else self.times[rung]

    def climb(self, top: int, cfg: Settings) -> None:
        """Run the sizes up to rung ``top`` (2: n, 3: 10n) that are not run yet.

        Climbing stops, and the remaining sizes are projected from the last growth seen,
        once growth is clearly super-linear (above ``max_ratio`` with a time worth
        trusting) or the next size is projected above ``skip_above``: running a quadratic
        pattern at 10n would take minutes and tell nothing more.
        """
        for rung in range(len(self.times), top + 1):
            if rung and not self.stopped and self._not_worth_running(cfg):
                last = rung - 1
                self.times[last] = self._confirm(last, cfg)
                if last >= 1:
                    self.times[last - 1] = self._confirm(last - 1, cfg)
                    self.growth = self.times[last] / max(self.times[last - 1], TIME_FLOOR)
                self.stopped = self._not_worth_running(cfg)
            if self.stopped:
                self.times.append(self._projected_next())
                continue
            self.times.append(self._run(rung, cfg, 2 if rung < 2 else 1))
            self.measured += 1
            if math.isinf(self.times[-1]):
                self.growth, self.stopped = math.inf, True
            elif rung:
                self.growth = self.times[-1] / max(self.times[-2], TIME_FLOOR)
                if rung < 3 and self.growth > cfg.max_ratio and self.times[-1] > cfg.min_time / 10:
                    self.times[-2] = self._confirm(rung - 1, cfg)
                    self.times[-1] = self._confirm(rung, cfg)
                    self.growth = self.times[-1] / max(self.times[-2], TIME_FLOOR)
                    self.stopped = self.growth > cfg.max_ratio
        self.judge(cfg)
        if self.flagged and self.measured == 4:
            self.times[2], self.times[3] = self._confirm(2, cfg), self._confirm(3, cfg)
            self.growth = self.ratio
            self.judge(cfg)

    def judge(self, cfg: Settings) -> None:
        """Flag super-linear growth from n to 10n, and calls over budget at 10n."""
        large = self.large
        if large is None:
            return
        self.flagged = self.ratio > cfg.max_ratio and large > cfg.min_time
        self.over_budget = large > cfg.budget


def escalation(cases: list[Case], cfg: Settings) -> list[Case]:
    """The cases of one pattern worth timing at 10n: the ``escalate`` fastest-growing from
    n/10 to n, every one growing faster than half of ``max_ratio``, and every one whose
    time at n, ten times over, would use half the budget."""
    ranked = sorted(cases, key=lambda c: c.growth, reverse=True)
    chosen = ranked[: cfg.escalate]
    chosen += [
        c
        for c in ranked[cfg.escalate :]
        if c.growth > cfg.max_ratio / 2 or 10 * c.small > cfg.budget / 2
    ]
    return chosen


# --- report ------------------------------------------------------------------------------


def _fmt_time(seconds: float | None, projected: bool, timeout: float) -> str:
    if seconds is None:
        return "-"
    if math.isinf(seconds):
        return f">{timeout:g}s"
    mark = "~" if projected else ""
    if seconds >= 1:
        return f"{mark}{seconds:.1f}s"
    return f"{mark}{seconds * 1000:.2f}ms"


def _fmt_ratio(case: Case) -> str:
    if math.isinf(case.ratio):
        return "inf"
    mark = "" if case.measured == 4 else "~" if case.stopped else "*"
    return f"{mark}{case.ratio:.1f}"


def print_table(cases: list[Case], top: int, cfg: Settings) -> None:
    """Worst growth first: the top rows and every flagged or over-budget row."""
    ordered = sorted(cases, key=lambda c: (c.ratio, c.large or 0.0), reverse=True)
    shown = [c for i, c in enumerate(ordered) if i < top or c.flagged or c.over_budget]
    n, big = cfg.size, cfg.size * 10
    head = f"{'ratio':>8} {f't(n={n})':>11} {f't(10n={big})':>13}  {'op':<8}    location [input]"
    print(head)
    print("-" * len(head))
    for case in shown:
        mark = ("S" if case.flagged else " ") + ("B" if case.over_budget else " ")
        small = _fmt_time(case.small, case.measured < 3, cfg.timeout)
        large = _fmt_time(case.large, case.measured < 4, cfg.timeout)
        print(
            f"{_fmt_ratio(case):>8} {small:>11} {large:>13}  {case.op:<8} {mark} "
            f"{case.target.location}  [{case.attack.family}]"
        )
    print(
        "(S: super-linear, B: over budget, ~: projected, the size was not run, *: not run "
        "at 10n, ratio from n/10 to n, -: not run)"
    )


def arguments() -> argparse.Namespace:
    """The command line (see the module docstring)."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--size", type=int, default=20_000, help="n, characters (default 20000)")
    parser.add_argument(
        "--budget", type=float, default=1.0, help="seconds allowed per call at 10n (default 1.0)"
    )
    parser.add_argument(
        "--max-ratio",
        type=float,
        default=30.0,
        help="time(10n)/time(n) above this is super-linear (default 30)",
    )
    parser.add_argument(
        "--min-time",
        type=float,
        default=0.005,
        help="seconds at 10n below which growth is not flagged (default 0.005)",
    )
    parser.add_argument(
        "--timeout",
        type=float,
        default=5.0,
        help="seconds after which a call is cut off (default 5)",
    )
    parser.add_argument(
        "--skip-above",
        type=float,
        default=None,
        help="do not run a size projected above this many seconds after super-linear "
        "growth (default: twice the budget)",
    )
    parser.add_argument(
        "--max-derived",
        type=int,
        default=30,
        help="inputs crafted per pattern from its structure (default 30)",
    )
    parser.add_argument(
        "--escalate",
        type=int,
        default=6,
        help="cases per pattern timed at 10n besides the suspicious ones (default 6; -1: all)",
    )
    parser.add_argument(
        "--pattern-cap",
        type=float,
        default=15.0,
        help="seconds after which a pattern already flagged is not tried "
        "on its remaining inputs (default 15)",
    )
    parser.add_argument("--top", type=int, default=30, help="rows of the table (default 30)")
    parser.add_argument(
        "--only",
        action="append",
        default=[],
        help="only patterns whose location contains this (repeatable)",
    )
    parser.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        help="list computed patterns and the time spent on each pattern",
    )
    return parser.parse_args()


@dataclass
class Run:
    """Everything measured: the cases, and how many inputs were tried or skipped."""

    cases: list[Case] = field(default_factory=list)
    inputs: int = 0
    skipped: int = 0


def stress_one(target: Target, attacks: list[Attack], cfg: Settings, cap: float, run: Run) -> None:
    """Every input of one pattern through every operation up to n, then the chosen cases
    on to 10n."""
    began, cases = time.perf_counter(), list[Case]()
    for tried, attack in enumerate(attacks):
        if time.perf_counter() - began > cap and any(c.flagged for c in cases):
            run.skipped += len(attacks) - tried  # already convicted; keep the run short
            break
        for op in OPERATIONS:
            case = Case(target, attack, op)
            case.climb(2, cfg)
            if case.stopped:  # super-linear, or too slow already: settle it now
                case.climb(3, cfg)
            cases.append(case)
            if math.isinf(case.times[-1]):
                break  # cut off: the other operations would only hit the timeout too
        run.inputs += 1
    pending = [c for c in cases if c.large is None]
    for case in pending if cfg.escalate < 0 else escalation(pending, cfg):
        case.climb(3, cfg)
    run.cases += cases


def stress(targets: list[Target], args: argparse.Namespace, cfg: Settings) -> Run:
    """Every pattern against its inputs."""
    generic = generic_attacks()
    run = Run()
    for target in targets:
        try:
            derived = InputMaker(target.pattern).attacks(args.max_derived)
        except Exception as exc:  # an odd pattern must not hide the others' results
            print(f"warning: no derived inputs for {target.location}: {exc!r}", file=sys.stderr)
            derived = []
        began = time.perf_counter()
        stress_one(target, derived + generic, cfg, args.pattern_cap, run)
        if args.verbose:
            spent = time.perf_counter() - began
            count = len(derived) + len(generic)
            print(f"{spent:6.1f}s {target.location}: {count} inputs", file=sys.stderr)
    return run


def summarise(targets: list[Target], scan: InlineScan, run: Run, cfg: Settings) -> bool:
    """Print the summary; True when something is flagged or over budget."""
    cases = run.cases
    flagged: dict[str, Case] = {}
    for case in cases:
        where = case.target.location
        if case.flagged and (where not in flagged or case.ratio > flagged[where].ratio):
            flagged[where] = case
    over = [c for c in cases if c.over_budget]
    at_large = [c for c in cases if c.large is not None]
    run_large = sum(c.measured == 4 for c in cases)
    slowest = max(at_large, key=lambda c: c.large or 0.0) if at_large else None
    print()
    print(
        f"patterns tried:   {len(targets)} ({len(scan.targets)} re.* calls with a literal "
        f"pattern found in the sources, {len(scan.computed)} with a computed one)"
    )
    print(
        f"inputs tried:     {run.inputs} ({len(cases)} pattern x input x operation cases "
        f"timed up to n; {run_large} also run at 10n, {len(at_large) - run_large} projected "
        f"there; {run.skipped} inputs of flagged patterns skipped after --pattern-cap)"
    )
    if slowest is not None:
        large = _fmt_time(slowest.large, slowest.measured < 4, cfg.timeout)
        print(
            f"slowest case:     {large} at 10n: {slowest.op} {slowest.target.location} "
            f"[{slowest.attack.family}]"
        )
    print(f"over budget:      {len(over)} calls slower than {cfg.budget:g}s at 10n")
    print(f"flagged patterns: {len(flagged)}")
    for location, case in sorted(flagged.items()):
        large = _fmt_time(case.large, case.measured < 4, cfg.timeout)
        print(
            f"  {location}  ratio {_fmt_ratio(case)}, {large} at 10n, {case.op} "
            f"[{case.attack.family}]"
        )
        print(f"      {case.target.pattern.pattern!r}"[:200])
    return bool(flagged or over)


def main() -> int:
    args = arguments()
    cfg = Settings(
        size=args.size,
        budget=args.budget,
        max_ratio=args.max_ratio,
        min_time=args.min_time,
        timeout=args.timeout,
        skip_above=args.skip_above if args.skip_above is not None else 2 * args.budget,
        escalate=args.escalate,
    )
    signal.signal(signal.SIGALRM, _on_alarm)
    started = time.perf_counter()
    targets, scan = discover(args.verbose)
    if args.only:
        targets = [t for t in targets if any(s in t.location for s in args.only)]
    run = stress(targets, args, cfg)
    print_table(run.cases, args.top, cfg)
    failed = summarise(targets, scan, run, cfg)
    print(f"run time:         {time.perf_counter() - started:.0f}s")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Coverage-guided fuzzing of :func:`articlex.extract` with atheris (libFuzzer).

    python benchmarks/fuzz.py -max_total_time=900 -rss_limit_mb=4096 -timeout=20 CORPUS_DIR
    python benchmarks/fuzz.py -minimize_crash=1 -runs=20000 crash-<sha1>   # shrink a finding
    python benchmarks/fuzz.py crash-<sha1>                                  # replay one
    python benchmarks/fuzz.py --hypothesis --time 600     # without atheris: hypothesis only

Each input is fed to ``extract`` one of five ways, picked by ``len(data) % 5`` (so an
input always replays the same way): the raw bytes; the bytes decoded to ``str`` as UTF-8
with ``surrogateescape`` (lone surrogates) or with ``replace``; gzip-compressed bytes;
or, through ``atheris.FuzzedDataProvider``, a url, a content type and ExtractOptions
picked from the data, then the rest as bytes or ``str``. Every returned Article is
checked by ``tests/robustness/contract.py`` (documented invariants, ``to_dict``,
``to_json``, ``to_markdown``, ``to_html``; the same input twice for one input in four).

What counts as a finding (the exception is re-raised, so libFuzzer writes the input to
``crash-<sha1>`` in the working directory and prints the traceback): any exception other
than ``InputError``/``InvalidOptionError`` (an ``ExtractionError`` is articlex's
catch-all for an exception inside it, a bug: its cause is shown), a broken invariant, an
input taking longer than ``-timeout`` seconds (libFuzzer writes ``timeout-<sha1>``), or
memory above ``-rss_limit_mb`` (``oom-<sha1>``).

Corpus. The first directory given is where libFuzzer keeps the inputs it finds (created
if missing; ``$TMPDIR/articlex-fuzz-corpus`` when none is given). The seeds are read at
run time into ``$TMPDIR/articlex-fuzz-seeds`` (rewritten by each run), added after it:
``tests/fixtures/*/page.html`` and the AEB pages (``--aeb DIR``, default
``../shared/datasets/aeb`` beside the repository; ``html/*.html.gz`` decompressed). They
are never copied into the repository. ``--no-seeds`` skips them.

Findings already reported can be skipped while looking for new ones: ``--known TEXT``
(repeatable) ignores an ExtractionError whose cause's "Type: message" contains TEXT (it
sets ``ARTICLEX_KNOWN_FINDINGS`` for the contract checks).

At the end libFuzzer prints the execution count (``stat::number_of_executed_units``),
the coverage and the corpus size; ``-print_final_stats=1`` is added by default.

``--hypothesis`` (also used when atheris is not installed) runs the property strategies
of ``tests/robustness/strategies.py`` through the same checks, in batches, for ``--time``
seconds (or ``-max_total_time``); on a finding it prints the shrunk ``Call`` that
reproduces it and a ``@reproduce_failure`` blob, and exits with status 1.
"""

from __future__ import annotations

import gzip
import os
import shutil
import sys
import tempfile
import time
import traceback
import warnings
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # the ``tests`` package: the contract and the strategies

try:
    import atheris  # type: ignore[import-untyped,import-not-found,unused-ignore]
except ImportError:  # pragma: no cover - depends on the environment
    atheris = None

DEFAULT_AEB = ROOT.parent / "shared" / "datasets" / "aeb"
URLS = (
    None, "https://example.com/2026/01/03/story/", "http://[", "", "relative/x",
    "javascript:alert(1)", "http://a:99999999/", "https://ex\u00e4mple.com/\u00fc",
)  # fmt: skip
CONTENT_TYPES = (
    None, "text/html", "text/html; charset=utf-8", "text/html; charset=iso-8859-1",
    "text/html; charset=shift_jis", "text/html; charset=utf-16", "text/html; charset=bogus",
    "text/html; charset=iso-2022-jp", "application/xhtml+xml", "image/png",
)  # fmt: skip


def _take_option(argv: list[str], name: str, default: str | None = None) -> str | None:
    """Remove ``name VALUE`` (or ``name=VALUE``) from argv and return VALUE."""
    for i, arg in enumerate(argv):
        if arg == name and i + 1 < len(argv):
            value = argv[i + 1]
            del argv[i : i + 2]
            return value
        if arg.startswith(name + "="):
            del argv[i]
            return arg.split("=", 1)[1]
    return default


def _take_flag(argv: list[str], name: str) -> bool:
    if name in argv:
        argv.remove(name)
        return True
    return False


def write_seeds(target: Path, aeb: Path) -> int:
    """Fill ``target`` with the fixture pages and the AEB pages; return how many."""
    count = 0
    for page in sorted((ROOT / "tests" / "fixtures").glob("*/page.html")):
        (target / f"fixture-{page.parent.name}.html").write_bytes(page.read_bytes())
        count += 1
    for page in sorted((aeb / "html").glob("*.html*")):
        data = page.read_bytes()
        if page.suffix == ".gz":
            data = gzip.decompress(data)
        (target / f"aeb-{page.name.split('.')[0][:16]}.html").write_bytes(data)
        count += 1
    return count


# --- the target -------------------------------------------------------------------------------


def make_target(extract_options: Any) -> Callable[[bytes], None]:
    """The function libFuzzer calls with each input (``extract_options``: the
    ExtractOptions class of the instrumented articlex)."""
    from tests.robustness.contract import check_article, check_extract, run_once

    def check(html: str | bytes, kwargs: dict[str, Any]) -> None:
        raw = html if isinstance(html, bytes) else html.encode("utf-8", "surrogateescape")
        if zlib.crc32(raw) % 4 == 0:  # one input in four: twice, for determinism
            check_extract(html, **kwargs)
            return
        result = run_once(html, kwargs)
        if not isinstance(result, Exception):
            check_article(result, url=kwargs.get("url"), options=kwargs.get("options"))

    def test_one_input(data: bytes) -> None:
        mode = len(data) % 5
        if mode == 0:
            check(data, {})
        elif mode == 1:
            check(data.decode("utf-8", "surrogateescape"), {})
        elif mode == 2:
            check(data.decode("utf-8", "replace"), {})
        elif mode == 3:
            check(gzip.compress(data, compresslevel=1, mtime=0), {})
        else:
            provider = atheris.FuzzedDataProvider(data)
            url = provider.PickValueInList(list(URLS))
            content_type = provider.PickValueInList(list(CONTENT_TYPES))
            kwargs: dict[str, Any] = {}
            if url is not None:
                kwargs["url"] = url
            if content_type is not None:
                kwargs["content_type"] = content_type
            if provider.ConsumeBool():
                kwargs["options"] = extract_options(
                    explain=provider.ConsumeBool(),
                    include_tables=provider.ConsumeBool(),
                    include_figures=provider.ConsumeBool(),
                    jsonld_fallback=provider.ConsumeBool(),
                    max_depth=provider.ConsumeIntInRange(16, 512),
                )
            as_text = provider.ConsumeBool()
            rest = provider.ConsumeBytes(provider.remaining_bytes())
            check(rest.decode("utf-8", "surrogateescape") if as_text else rest, kwargs)

    return test_one_input


def run_atheris(argv: list[str], aeb: Path, seeds: bool) -> None:
    with atheris.instrument_imports():
        import dateutil.parser  # noqa: F401  - date parsing is attack surface too

        import articlex
    paths = [a for a in argv[1:] if not a.startswith("-")]
    flags = [a for a in argv[1:] if a.startswith("-")]
    single_inputs = any(Path(p).is_file() for p in paths)
    if not single_inputs:
        if not paths:
            paths = [str(Path(tempfile.gettempdir()) / "articlex-fuzz-corpus")]
        Path(paths[0]).mkdir(parents=True, exist_ok=True)
        if seeds:
            # One fixed place, rewritten by every run: libFuzzer leaves through exit(), which
            # runs no Python clean-up, so per-run temporary directories would pile up.
            seed_dir = Path(tempfile.gettempdir()) / "articlex-fuzz-seeds"
            shutil.rmtree(seed_dir, ignore_errors=True)
            seed_dir.mkdir(parents=True)
            print(f"fuzz: {write_seeds(seed_dir, aeb)} seed pages in {seed_dir}", flush=True)
            paths.append(str(seed_dir))
        if not any(f.startswith("-print_final_stats") for f in flags):
            flags.append("-print_final_stats=1")
    target = make_target(articlex.ExtractOptions)
    # libFuzzer re-runs argv[0] through the shell for -minimize_crash, -fork and -merge:
    # name the interpreter too, so that this works without an executable bit or shebang.
    command = f"{sys.executable} {Path(__file__).resolve()}"
    atheris.Setup([command, *flags, *paths], target)
    atheris.Fuzz()


# --- fallback: hypothesis -------------------------------------------------------------------


def run_hypothesis(seconds: float) -> int:
    """Run the property strategies until ``seconds`` have passed; 1 if a finding."""
    from hypothesis import HealthCheck, Phase, given, settings
    from hypothesis.errors import HypothesisWarning
    from tests.robustness.contract import check_extract
    from tests.robustness.strategies import Call, any_call

    deadline = time.monotonic() + seconds
    runs = 0

    @settings(
        max_examples=200,
        deadline=None,
        database=None,
        print_blob=True,
        phases=[Phase.generate, Phase.shrink],
        suppress_health_check=list(HealthCheck),
    )
    @given(any_call())
    def one_batch(call: Call) -> None:
        nonlocal runs
        runs += 1
        check_extract(call.html, **call.kwargs)

    warnings.simplefilter("ignore", HypothesisWarning)  # "overly large repr" of big pages
    while time.monotonic() < deadline:  # batches of 200 examples until the time is up
        try:
            one_batch()
        except Exception as exc:  # a finding: the reproducer is in the exception's notes
            traceback.print_exception(exc, limit=-8)
            print(f"fuzz: finding after {runs} runs: {type(exc).__name__}: {exc}", flush=True)
            return 1
    print(f"fuzz: {runs} runs in {seconds:.0f} s, no finding", flush=True)
    return 0


def main(argv: list[str]) -> int:
    argv = list(argv)
    aeb = Path(_take_option(argv, "--aeb") or DEFAULT_AEB)
    seeds = not _take_flag(argv, "--no-seeds")
    hypothesis_mode = _take_flag(argv, "--hypothesis")
    seconds = _take_option(argv, "--time")
    known = []
    while (value := _take_option(argv, "--known")) is not None:
        known.append(value)
    if known:
        previous = os.environ.get("ARTICLEX_KNOWN_FINDINGS", "")
        os.environ["ARTICLEX_KNOWN_FINDINGS"] = ";".join([previous, *known]).strip(";")
    if not hypothesis_mode and atheris is None:
        print("fuzz: atheris is not installed; running the hypothesis strategies", flush=True)
        hypothesis_mode = True
    if hypothesis_mode:
        total = next((a.split("=", 1)[1] for a in argv if a.startswith("-max_total_time=")), None)
        return run_hypothesis(float(seconds or total or 60))
    run_atheris(argv, aeb, seeds)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

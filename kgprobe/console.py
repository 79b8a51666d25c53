"""What kgprobe prints on stderr besides its one-line errors.

* :func:`stage`: a long stage (parsing, graphs, closure) announces itself on
  stderr once it has run for ``KGPROBE_PROGRESS_AFTER`` seconds (default 2)
  and then every 10 s with the time so far, and says when it is done; short
  stages print nothing. ``--no-progress`` (:func:`set_progress`) turns it off.
* :func:`captured_stderr`: what libraries print while they work (owlready2's
  tracebacks, rdflib's URI warnings) is held back; with ``--verbose``
  (:func:`set_verbose`) it is shown, prefixed with the library's stage.
"""

from __future__ import annotations

import contextlib
import io
import logging
import os
import sys
import threading
import time
from typing import Iterator

EVERY_S = 10.0
_state = {"progress": True, "verbose": False}


def set_progress(on: bool) -> None:
    _state["progress"] = bool(on)


def set_verbose(on: bool) -> None:
    _state["verbose"] = bool(on)


def verbose() -> bool:
    return _state["verbose"]


def _first_after() -> float:
    try:
        return max(0.0, float(os.environ.get("KGPROBE_PROGRESS_AFTER", "2")))
    except ValueError:
        return 2.0


def size_text(nbytes: int) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if nbytes < 1024 or unit == "GB":
            return f"{nbytes:.0f} {unit}" if unit == "B" else f"{nbytes:.1f} {unit}"
        nbytes /= 1024
    return ""


@contextlib.contextmanager
def stage(label: str) -> Iterator[None]:
    """Announce ``label`` on stderr if it runs long (see the module docstring)."""
    if not _state["progress"]:
        yield
        return
    out = sys.stderr  # the real stderr, even if a library's output is being captured inside
    done = threading.Event()
    said = []
    t0 = time.monotonic()

    def beat():
        wait = _first_after()
        while not done.wait(wait):
            said.append(True)
            print(f"kgprobe: {label} ... {time.monotonic() - t0:.0f} s", file=out, flush=True)
            wait = EVERY_S

    thread = threading.Thread(target=beat, daemon=True)
    thread.start()
    try:
        yield
    finally:
        done.set()
        thread.join()
    if said:
        print(f"kgprobe: {label}: done in {time.monotonic() - t0:.1f} s", file=out, flush=True)


@contextlib.contextmanager
def captured_stderr(what: str) -> Iterator[None]:
    """Hold back what Python code prints or logs on stderr inside the block;
    shown (prefixed with ``what``) under ``--verbose``."""
    buf = io.StringIO()
    handler = logging.StreamHandler(buf)
    root = logging.getLogger()
    root.addHandler(handler)  # rdflib's warnings: to the buffer, not to logging's last-resort stderr
    try:
        with contextlib.redirect_stderr(buf):
            yield
    finally:
        root.removeHandler(handler)
        text = buf.getvalue().strip()
        if text and _state["verbose"]:
            for line in text.splitlines():
                print(f"kgprobe: {what}: {line}", file=sys.stderr)

"""The ``kgprobe`` command.

Each command group is a module in this package with
``register(subparsers)``; its handlers take the parsed args and return an
exit code. Any :class:`KgprobeError` becomes one line on stderr and exit 2.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from kgprobe import __version__
from kgprobe.errors import KgprobeError

COMMAND_MODULES = ("ontology", "probes", "run", "merge", "tune", "embed", "report", "explain")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kgprobe",
        description="Do language models know and understand ontologies? "
        "Load an ontology, derive RDFS entailments, generate probes, score them "
        "with language models or KG embeddings, and report leaderboards.",
    )
    parser.add_argument("--version", action="version", version=f"kgprobe {__version__}")
    parser.add_argument("--verbose", "-v", action="store_true",
                        help="show what libraries print while loading (owlready2 tracebacks, rdflib warnings)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(f"kgprobe.cli.{name}").register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    from kgprobe import console

    console.set_verbose(getattr(args, "verbose", False))
    console.set_progress(not getattr(args, "no_progress", False))
    try:
        return int(args.func(args) or 0)
    except KgprobeError as exc:
        msg = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        print(f"kgprobe: error: {msg}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt as exc:
        print(f"kgprobe: interrupted{': ' + str(exc) if str(exc) else ''}", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except OSError as exc:  # last resort: a file kgprobe could not read or write (full disk, read-only, ...)
        where = exc.filename if exc.filename is not None else "output"
        print(f"kgprobe: error: {where}: {exc.strerror or type(exc).__name__}", file=sys.stderr)
        return 2


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

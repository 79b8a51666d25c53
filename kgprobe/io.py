"""Writing output files whole or not at all.

:func:`atomic_path` yields a temporary path beside the target (same folder,
so the rename stays on one file system); when the block ends without an
exception the temporary file is fsync'd and renamed onto the target with
``os.replace``, otherwise it is removed and the target is left as it was.
:func:`atomic_write` does the same with an open file. An ``OSError`` (a
read-only folder, a full disk) becomes an :class:`~kgprobe.errors.OutputError`
naming the target: one line, exit code 2.
"""

from __future__ import annotations

import os
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Iterator, Union

from kgprobe.errors import OutputError

PathLike = Union[str, "os.PathLike[str]"]


def output_error(path: PathLike, exc: OSError) -> OutputError:
    """One line naming ``path`` for an OSError met while writing it."""
    return OutputError(f"{path}: cannot write ({exc.strerror or type(exc).__name__})")


@contextmanager
def atomic_path(path: PathLike) -> Iterator[Path]:
    """A temporary path to write; renamed onto ``path`` when the block succeeds."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        os.close(fd)
    except OSError as exc:
        raise output_error(path, exc) from None
    tmp = Path(tmp)
    try:
        yield tmp
        with open(tmp, "rb+") as f:
            os.fsync(f.fileno())
        os.chmod(tmp, 0o666 & ~_UMASK)
        os.replace(tmp, path)
    except BaseException as exc:
        tmp.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise output_error(path, exc) from None
        raise


@contextmanager
def atomic_write(path: PathLike, mode: str = "w", encoding: str = "utf-8", newline: str = "\n") -> Iterator[IO]:
    """An open file (text ``"w"`` or binary ``"wb"``) whose content replaces ``path`` when the block succeeds."""
    with atomic_path(path) as tmp:
        if "b" in mode:
            with open(tmp, mode) as f:
                yield f
        else:
            with open(tmp, mode, encoding=encoding, newline=newline) as f:
                yield f


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


_UMASK = _umask()  # once, at import: os.umask is process-wide

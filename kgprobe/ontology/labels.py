"""Human labels from IRIs."""

from __future__ import annotations

import re

_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")


def local_name(iri: str) -> str:
    """The part of an IRI after the last '#', '/' or ':'."""
    for sep in ("#", "/", ":"):
        if sep in iri:
            tail = iri.rsplit(sep, 1)[1]
            if tail:
                return tail
    return iri


def split_words(name: str) -> str:
    """Split camelCase or snake_case into words.

    camelCase words are lower-cased (``SoccerPlayer`` -> ``soccer player``),
    except acronyms (``NBATeam`` -> ``NBA team``); snake_case keeps its case
    (``New_York`` -> ``New York``).
    """
    if "_" in name or "-" in name:
        return " ".join(w for w in re.split(r"[_\-]+", name) if w)
    words = _CAMEL.sub(" ", name).split()
    return " ".join(w if (w.isupper() and len(w) > 1) else w.lower() for w in words)


def label_from_iri(iri: str) -> str:
    from urllib.parse import unquote

    return split_words(unquote(local_name(iri))) or iri

"""Human labels from IRIs, and tests of what a label may be."""

from __future__ import annotations

import re
from urllib.parse import unquote

_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
# an identifier written as a label: one token of letters and digits with a
# lower -> upper case change ("VacationRental", "spatialCoverage") or an
# underscore ("has_part")
_IDENTIFIER = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:[a-z][A-Z]|_)[A-Za-z0-9_]*")
# "https://...", "urn:...", "schema:Thing": an IRI or a CURIE, not a name
_IRI_LIKE = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*://\S*|urn:\S+|www\.\S+|[A-Za-z][\w\-]*:[^\s:]+", re.IGNORECASE)
# local names that are codes, not words: Q42, GO_0008150, a hex or UUID id
_OPAQUE = re.compile(r"[A-Za-z]{0,4}[_:\-]?\d+|[0-9a-fA-F\-]{16,}")


def local_name(iri: str) -> str:
    """The part of an IRI after the last '#', '/' or ':'."""
    for sep in ("#", "/", ":"):
        if sep in iri:
            tail = iri.rsplit(sep, 1)[1]
            if tail:
                return tail
    return iri


def split_words(name: str, keep_case: bool = False) -> str:
    """Split camelCase or snake_case into words.

    camelCase words are lower-cased (``SoccerPlayer`` -> ``soccer player``),
    except acronyms (``NBATeam`` -> ``NBA team``); snake_case keeps its case
    (``New_York`` -> ``New York``). With ``keep_case`` (names of individuals,
    which are proper nouns) no word is lower-cased (``America`` stays
    ``America``, ``NewYork`` -> ``New York``).
    """
    if "_" in name or "-" in name:
        return " ".join(w for w in re.split(r"[_\-]+", name) if w)
    words = _CAMEL.sub(" ", name).split()
    if keep_case:
        return " ".join(words)
    return " ".join(w if (w.isupper() and len(w) > 1) else w.lower() for w in words)


def label_from_iri(iri: str, keep_case: bool = False) -> str:
    """The IRI's local name split into words (see :func:`split_words`)."""
    return split_words(unquote(local_name(iri)), keep_case) or iri


def label_words(text: str, keep_case: bool = False) -> str:
    """A class or property label as words: one that is an identifier
    ("VacationRental", "spatialCoverage") is split like a local name
    ("vacation rental"); a single word ("Place") is kept as written, as
    the paper's DBpedia labels ("Algorithm") are. With ``keep_case`` (individuals, whose
    labels are names: "JavaScript", "W3C") and for any other label, the
    label as written."""
    if keep_case:
        return text
    return split_words(text) if is_identifier(text) else text


def is_identifier(text: str) -> bool:
    """True for a label that is an identifier ("VacationRental",
    "spatialCoverage", "has_part"), not words."""
    return bool(_IDENTIFIER.fullmatch(text))


def is_usable_label(text: str) -> bool:
    """False for a label that cannot stand for a class or property among
    candidate answers: one without a letter ("3", "1.0", "2019") or one that
    is an IRI or CURIE ("https://schema.org/WebAPI", "schema:Thing")."""
    text = text.strip()
    return any(ch.isalpha() for ch in text) and not _IRI_LIKE.fullmatch(text)


def is_opaque(name: str) -> bool:
    """True for a local name that is a code rather than words ("Q42",
    "GO_0008150", a UUID): splitting it gives no usable label."""
    return bool(_OPAQUE.fullmatch(name)) or not is_usable_label(name)

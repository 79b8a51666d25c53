"""Refuse XML entity bombs before any XML parser sees the file.

rdflib and owlready2 expand DTD entities; nested or huge entities
("billion laughs") make them spin for minutes. Simple internal entities, as
Protégé writes them (``<!ENTITY owl "http://www.w3.org/2002/07/owl#">``), stay
allowed; refused are parameter and external entities, entities whose value
refers to other entities, and declarations whose expansion would exceed ten
times the file's size plus 1 MB.
"""

from __future__ import annotations

import re
from pathlib import Path

from kgprobe.errors import OntologyError

_ENTITY = re.compile(r"""<!ENTITY\s+(%\s+)?([^\s"'>]+)\s+(?:"([^"]*)"|'([^']*)'|(SYSTEM|PUBLIC)\b)""")
_CHAR_REF = re.compile(r"&#(?:[0-9]+|x[0-9a-fA-F]+);")


def _as_text(raw: bytes) -> str:
    """The file as text for looking at markup (encoding-agnostic enough for ASCII markup)."""
    head = raw[:4]
    if head[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return raw.decode("utf-16", errors="replace")
    if head == b"<\x00?\x00":
        return raw.decode("utf-16-le", errors="replace")
    if head == b"\x00<\x00?":
        return raw.decode("utf-16-be", errors="replace")
    return raw.decode("latin-1")


def check_xml_entities(path: Path, raw: bytes) -> None:
    """OntologyError (one line naming ``path``) if the XML in ``raw`` declares dangerous entities."""
    text = _as_text(raw)
    if "<!ENTITY" not in text:
        return
    found = _ENTITY.findall(text)
    expanded = 0
    for param, name, v1, v2, external in found:
        if param:
            raise OntologyError(f"{path}: refused: XML parameter entity %{name} (entity-expansion protection)")
        if external:
            raise OntologyError(f"{path}: refused: external XML entity {name!r} (entity-expansion protection)")
        value = _CHAR_REF.sub("", v1 or v2)
        if "&" in value or "%" in value:
            raise OntologyError(
                f"{path}: refused: XML entity {name!r} refers to other entities (entity-expansion protection)"
            )
        expanded += text.count(f"&{name};") * len(v1 or v2)
    if len(found) != text.count("<!ENTITY"):
        raise OntologyError(f"{path}: refused: unreadable XML entity declaration (entity-expansion protection)")
    if expanded > 10 * len(raw) + (1 << 20):
        raise OntologyError(
            f"{path}: refused: XML entities would expand to {expanded:,} characters (entity-expansion protection)"
        )

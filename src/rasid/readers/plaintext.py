"""Plain-text articles in UTF-8, UTF-16, Windows-1256 or ISO-8859-6 (detected, see ``encoding``).

Title rule: the first non-blank line is the title when it is short (at most
:data:`TITLE_MAX_CHARS` characters and :data:`TITLE_MAX_WORDS` words), does not end like a
sentence (``.``, ``:``, ``;``, ``,``, ``،``, ``؛``), and more text follows it (a blank line
and a paragraph, or a paragraph straight away). The title line stays in ``Document.text``:
the text is the file's text, so facts in a headline keep their evidence offsets.
"""

from __future__ import annotations

from collections.abc import Iterator

from rasid.readers.base import InputItem, ReadOptions, ReadResult, Sniff, make_document, register_reader
from rasid.readers.encoding import decode_text

TITLE_MAX_CHARS = 200
TITLE_MAX_WORDS = 25
_SENTENCE_ENDINGS = (".", ":", ";", ",", "،", "؛")


def title_of(text: str) -> str | None:
    """The title by the rule in this module's docstring, or ``None``."""
    lines = text.strip("\n").split("\n")
    first = lines[0].strip()
    rest = "\n".join(lines[1:]).strip()
    if not first or not rest:
        return None
    if len(first) > TITLE_MAX_CHARS or len(first.split()) > TITLE_MAX_WORDS:
        return None
    if first.endswith(_SENTENCE_ENDINGS) and not first.endswith("..."):
        return None
    return first


def _sniff_text(sniff: Sniff) -> float:
    # Anything that passed the binary check may be text: the weakest claim, so it is the fallback.
    # Archives (zip, gzip) are never plain text, whatever their extension.
    return 0.0 if sniff.gzip or sniff.raw[:2] == b"PK" else 0.1


@register_reader("text", extensions=(".txt", ".text"), sniff=_sniff_text)
def read_plaintext(item: InputItem, options: ReadOptions) -> Iterator[ReadResult]:
    """Plain text file: one article."""
    decoded = decode_text(item.read_all(options.max_bytes))
    document = make_document(
        decoded.text,
        fmt="text",
        source=item.name,
        title=title_of(decoded.text.replace("\r\n", "\n").replace("\r", "\n")),
        meta={"encoding": decoded.encoding},
    )
    yield ReadResult(item.name, document=document)

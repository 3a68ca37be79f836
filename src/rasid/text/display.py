"""Text shown on a terminal, made safe: user-controlled strings cannot move the cursor or forge lines.

File names, titles, outlets and article text come from the input. Printed raw, a newline in a
file name forges an extra ``failed:`` line, an ``ESC [`` sequence recolours or rewrites the
terminal, and a bidi override (U+202E) reverses what follows it on the line. These functions
escape such characters the way Python writes them (``\\n``, ``\\x1b``, ``\\u202e``) and leave
everything else alone: Arabic letters, diacritics and the invisible direction marks that
Arabic text carries (U+200E, U+200F, U+061C) print as they are.

>>> terminal_safe("bad\\nname\\x1b[31m.txt")
'bad\\\\nname\\\\x1b[31m.txt'
>>> terminal_safe("تقرير \u202eعاجل")
'تقرير \\\\u202eعاجل'
"""

from __future__ import annotations

import re

#: Besides C0 controls: DEL, C1 controls (U+009B is a one-byte CSI on some terminals), the line
#: and paragraph separators, bidi embeddings, overrides and isolates, and lone surrogates
#: (which cannot even be encoded for output).
_BEYOND_C0 = "\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff"
_UNSAFE_IN_LINE = re.compile(f"[\x00-\x1f{_BEYOND_C0}]")
_UNSAFE_IN_TEXT = re.compile(f"[\x00-\x08\x0b-\x1f{_BEYOND_C0}]")  # keeps tab and newline
_UNSAFE_IN_JSON = re.compile(f"[{_BEYOND_C0}]")  # json.dumps escapes C0 controls itself
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escaped(match: re.Match[str]) -> str:
    char = match.group()
    named = _NAMED.get(char)
    if named:
        return named
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def terminal_safe(text: str, *, multiline: bool = False) -> str:
    """``text`` with every character that could act on a terminal escaped.

    One-line fields (names, titles, reasons) escape newlines and tabs too; ``multiline`` keeps
    ``\\n`` and ``\\t`` for article text, whose lines are meant to be lines.
    """
    pattern = _UNSAFE_IN_TEXT if multiline else _UNSAFE_IN_LINE
    return pattern.sub(_escaped, text)


def json_terminal_safe(json_text: str) -> str:
    """JSON text (from ``json.dumps(..., ensure_ascii=False)``) with the characters a terminal acts on
    written as ``\\uXXXX`` escapes: the same JSON value, safe to print."""
    return _UNSAFE_IN_JSON.sub(lambda m: f"\\u{ord(m.group()):04x}", json_text)


def _stand_in(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)  # the Control Pictures block: ␛ for ESC, ␊ for a newline
    return "\u2421" if code == 0x7F else "\ufffd"


def visible_controls(text: str, *, multiline: bool = False) -> str:
    """``text`` with each character that could act on a terminal replaced by one visible stand-in.

    Unlike :func:`terminal_safe` the length never changes (one character for one), so spans
    into the text still point at the same words: for renderers that highlight evidence.

    >>> visible_controls("a\\x1b[2Jb")
    'a␛[2Jb'
    """
    pattern = _UNSAFE_IN_TEXT if multiline else _UNSAFE_IN_LINE
    return pattern.sub(_stand_in, text)

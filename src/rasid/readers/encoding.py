"""Detect the character encoding of a text file and decode it, or say clearly why not.

Order of evidence, strongest first:

1. a byte-order mark (UTF-8, UTF-16 LE/BE, UTF-32);
2. strict UTF-8 (by far the most common; pure ASCII is UTF-8 too);
3. bytes that are *mostly* valid UTF-8 multi-byte sequences with a few broken ones are
   damaged UTF-8: we raise :class:`EncodingError` naming the first bad byte rather than
   guessing a legacy code page and producing mojibake;
4. UTF-16 without a BOM (one byte of each pair is nearly constant: 0x00 for Latin, 0x06 for
   Arabic, 0x04 for Cyrillic);
5. the single-byte Arabic code pages, Windows-1256 and ISO-8859-6, scored on what real Arabic
   looks like (words that start with ال, common function words) because both decode most bytes
   without error and a decoder error alone cannot tell them apart;
6. charset-normalizer for other legacy code pages (Windows-1251/1252, KOI8-R, …), accepted only
   when the result reads as letters rather than symbol soup (Latin-1 mojibake of Arabic, ÇáÚÑÈíÉ,
   is all accented capitals and is refused).
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

from rasid.errors import EncodingError

#: Arabic words are letters in U+0621–U+064A (plus the extended block); harakat U+064B–U+0652.
_ARABIC_WORD = re.compile(r"[\u0621-\u064a\u0671-\u06d3\u064b-\u0652\u0640]+")
#: Very common Arabic function words; real Arabic text is full of them, mis-decoded text is not.
_FUNCTION_WORDS = frozenset(
    [
        "في",
        "من",
        "على",
        "إلى",
        "الى",
        "أن",
        "ان",
        "عن",
        "مع",
        "التي",
        "الذي",
        "هذا",
        "هذه",
        "كان",
        "قال",
        "إن",
        "بعد",
        "قد",
        "لا",
        "ما",
        "أو",
        "او",
        "بين",
    ]
)
_DEFINITE_PREFIXES = ("ال", "وال", "بال", "لل", "فال", "كال")
#: Minimum share of Arabic words that look like real Arabic for a code page to be accepted.
ARABIC_PLAUSIBILITY = 0.25
#: Share of letters that may be accented Latin before a decoding counts as mojibake.
MOJIBAKE_ACCENTED_SHARE = 0.3


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str


def arabic_plausibility(text: str) -> float:
    """Share of Arabic-script words that are definite nouns or common function words (0..1).

    Correctly decoded Arabic news scores around 0.4-0.6; Windows-1256 bytes read as
    ISO-8859-6 (or the reverse) score near 0 because ا+ل becomes ا+ف or ا+ن.
    """
    words = _ARABIC_WORD.findall(text)
    if not words:
        return 0.0
    good = sum(1 for w in words if w in _FUNCTION_WORDS or (len(w) > 3 and w.startswith(_DEFINITE_PREFIXES)))
    # Harakat right after a non-letter, or Latin letters glued to Arabic ones, betray a wrong code page.
    glued = len(re.findall(r"[A-Za-z\u00c0-\u00ff][\u0621-\u064a]|[\u0621-\u064a][\u00c0-\u00ff]", text))
    stray_marks = len(re.findall(r"(?:^|[\s\d.,;:!?])[\u064b-\u0652]", text))
    return max(0.0, (good - glued - stray_marks) / len(words))


def _letters(text: str) -> list[str]:
    return [ch for ch in text if ch.isalpha()]


def _accented_latin_share(text: str) -> float:
    letters = _letters(text)
    if not letters:
        return 0.0
    accented = sum(1 for ch in letters if "\u00c0" <= ch <= "\u024f")
    return accented / len(letters)


def _readable_share(text: str) -> float:
    """Share of characters that are letters, digits, whitespace or ordinary punctuation."""
    if not text:
        return 0.0
    ok = 0
    for ch in text:
        cat = unicodedata.category(ch)
        if cat[0] in "LNZ" or cat in ("Po", "Pd", "Ps", "Pe", "Pi", "Pf", "Mn") or ch in "\n\r\t":
            ok += 1
    return ok / len(text)


def _arabic_share(text: str) -> float:
    letters = _letters(text)
    if not letters:
        return 0.0
    return sum(1 for ch in letters if "\u0600" <= ch <= "\u06ff") / len(letters)


_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def bom_encoding(data: bytes) -> tuple[str, int] | None:
    """The encoding announced by a byte-order mark and the mark's length, if any."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name, len(bom)
    return None


def looks_like_utf16(data: bytes) -> str | None:
    """``utf-16-le`` / ``utf-16-be`` when BOM-less bytes look like UTF-16 text, else ``None``."""
    sample = data[:8192]
    if len(sample) < 4:
        return None
    sample = sample[: len(sample) - len(sample) % 2]
    even, odd = sample[0::2], sample[1::2]
    for high, name in ((odd, "utf-16-le"), (even, "utf-16-be")):
        # The high byte of each code unit comes from very few blocks in real text.
        common = sum(high.count(b) for b in (0x00, 0x06, 0x04, 0x20, 0xFE, 0xFB))
        if common / len(high) < 0.9:
            continue
        try:
            text = sample.decode(name)
        except UnicodeDecodeError:
            continue
        if "\x00" not in text and _readable_share(text) > 0.95:
            return name
    return None


def _first_bad_utf8(data: bytes) -> tuple[int, int, int]:
    """(offset of first invalid byte, valid multi-byte sequences, invalid bytes) for UTF-8."""
    decoder = codecs.getincrementaldecoder("utf-8")("replace")
    text = decoder.decode(data, final=True)
    bad = text.count("\ufffd")
    multibyte = sum(1 for ch in text if ord(ch) > 0x7F and ch != "\ufffd")
    try:
        data.decode("utf-8")
        first = -1
    except UnicodeDecodeError as exc:
        first = exc.start
    return first, multibyte, bad


def decode_text(data: bytes, *, declared: str | None = None) -> Decoded:
    """Decode ``data`` to ``str`` or raise :class:`EncodingError` with one clear reason.

    ``declared`` (an HTTP or ``<meta charset>`` value) is tried first when it decodes cleanly.
    """
    bom = bom_encoding(data)
    if bom:
        name, length = bom
        try:
            return Decoded(data[length:].decode(name), name)
        except UnicodeDecodeError as exc:
            raise EncodingError(
                f"invalid {name.upper()} (byte-order mark present) at byte {exc.start + length}"
            ) from None
    if declared:
        try:
            codec = codecs.lookup(declared).name
            text = data.decode(codec)
        except (LookupError, UnicodeDecodeError):
            pass
        else:
            # A declared code page is trusted unless its result reads as mojibake (Arabic bytes
            # declared as Latin-1 are all accented capitals) or as the other Arabic code page.
            not_mojibake = _accented_latin_share(text) <= MOJIBAKE_ACCENTED_SHARE
            reads_right = (
                codec not in ("cp1256", "iso8859-6")
                or _arabic_share(text) < 0.5
                or arabic_plausibility(text) >= ARABIC_PLAUSIBILITY
            )
            if not_mojibake and reads_right:
                return Decoded(text, codec)
    # BOM-less UTF-16 of Arabic or Latin text is all bytes below 0x80, hence "valid" UTF-8 full
    # of NULs and control bytes: check for it first when such bytes are present.
    utf16 = looks_like_utf16(data) if b"\x00" in data[:8192] or b"\x06" in data[:8192] else None
    if utf16 is None:
        try:
            return Decoded(data.decode("utf-8"), "utf-8")
        except UnicodeDecodeError:
            pass
    first_bad, multibyte, bad = _first_bad_utf8(data)
    if multibyte >= 8 and bad * 10 <= multibyte:
        raise EncodingError(
            f"invalid UTF-8: byte 0x{data[first_bad]:02X} at offset {first_bad} breaks the text"
        )
    utf16 = looks_like_utf16(data)
    if utf16:
        try:
            return Decoded(data.decode(utf16), utf16)
        except UnicodeDecodeError as exc:
            raise EncodingError(f"invalid {utf16.upper()} at byte {exc.start}") from None

    best: Decoded | None = None
    best_score = 0.0
    for codec in ("cp1256", "iso8859-6"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if _arabic_share(text) < 0.5:
            continue
        score = arabic_plausibility(text)
        if score > best_score:
            best, best_score = Decoded(text, codec), score
    if best is not None and best_score >= ARABIC_PLAUSIBILITY:
        return best

    guess = _charset_normalizer_guess(data)
    if guess is not None:
        return guess
    raise EncodingError(
        f"cannot decode: not UTF-8 (byte 0x{data[first_bad]:02X} at offset {first_bad}) "
        "and not recognisable as UTF-16, Windows-1256 or ISO-8859-6 Arabic; convert the file to UTF-8"
    )


def _charset_normalizer_guess(data: bytes) -> Decoded | None:
    from charset_normalizer import from_bytes

    match = from_bytes(data).best()
    if match is None or match.encoding is None:
        return None
    codec = codecs.lookup(match.encoding).name
    if codec in ("cp1256", "iso8859-6"):
        return None  # already judged above with a stricter Arabic test
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        return None
    if _readable_share(text) < 0.97 or _accented_latin_share(text) > MOJIBAKE_ACCENTED_SHARE:
        return None
    return Decoded(text, codec)

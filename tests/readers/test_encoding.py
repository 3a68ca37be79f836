"""Encoding detection on text we wrote, encoded every way an analyst's files arrive."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasid.errors import EncodingError
from rasid.readers.encoding import arabic_plausibility, decode_text

ARABIC = (
    "أكد المتحدث باسم الحكومة المالية أن القوات المسلحة استعادت السيطرة على الطريق بين غاو وكيدال، "
    "وأضاف أن وحدات من الفيلق الأفريقي شاركت في تأمين القافلة التي ضمت شاحنات الوقود والمؤن."
)
FRENCH = (
    "Le porte-parole de l'armée a déclaré mercredi que la route entre Gao et Kidal était de nouveau "
    "praticable, après trois semaines d'opérations menées avec des éléments étrangers."
)
RUSSIAN = (
    "Представитель правительства Мали заявил, что армия восстановила контроль над дорогой между Гао и "
    "Кидалем, а колонна с топливом прибыла без потерь."
)


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        (ARABIC, "utf-8"),
        (ARABIC, "utf-8-sig"),
        (ARABIC, "utf-16"),
        (ARABIC, "utf-16-le"),
        (ARABIC, "utf-16-be"),
        (ARABIC, "cp1256"),
        (ARABIC, "iso-8859-6"),
        (FRENCH, "utf-8"),
        (FRENCH, "utf-16"),
        (FRENCH, "cp1252"),
        (RUSSIAN, "utf-8"),
        (RUSSIAN, "utf-16-le"),
        (RUSSIAN, "cp1251"),
    ],
)
def test_decode_text_round_trips_each_encoding(text: str, encoding: str) -> None:
    assert decode_text(text.encode(encoding)).text == text


@pytest.mark.parametrize(
    ("encoding", "expected"), [("cp1256", "cp1256"), ("iso-8859-6", "iso8859-6"), ("utf-16", "utf-16-le")]
)
def test_decode_text_names_the_encoding_it_found(encoding: str, expected: str) -> None:
    assert decode_text(ARABIC.encode(encoding)).encoding == expected


def test_arabic_plausibility_separates_right_and_wrong_code_page() -> None:
    data = ARABIC.encode("cp1256")
    right = arabic_plausibility(data.decode("cp1256"))
    wrong = arabic_plausibility(ARABIC.encode("iso-8859-6").decode("cp1256"))
    assert right > 0.3
    assert wrong < 0.1
    assert arabic_plausibility(data.decode("latin-1")) == 0.0  # ÇáÚÑÈíÉ has no Arabic letters at all


def test_damaged_utf8_is_one_clear_error_not_mojibake() -> None:
    data = ARABIC.encode() + b"\xff\xfe\x80" + ARABIC.encode()
    with pytest.raises(EncodingError, match=r"invalid UTF-8: byte 0xFF at offset \d+"):
        decode_text(data)


def test_random_high_bytes_are_refused() -> None:
    with pytest.raises(EncodingError, match="cannot decode"):
        decode_text(bytes(range(0x80, 0x100)) * 4)


def test_bom_with_invalid_payload_is_refused() -> None:
    with pytest.raises(EncodingError, match="UTF-8"):
        decode_text(b"\xef\xbb\xbf" + "نص".encode() + b"\xc3\x28")


_WORDS = [
    "الجيش",
    "المالي",
    "القوات",
    "الروسية",
    "في",
    "من",
    "على",
    "إلى",
    "قال",
    "وأضاف",
    "أن",
    "الفيلق",
    "الأفريقي",
    "باماكو",
    "كيدال",
    "الهجوم",
    "المسلحين",
    "المدرعات",
    "الدبابات",
    "التي",
    "الذي",
    "وزارة",
    "الدفاع",
    "النيجر",
    "بوركينا",
    "فاسو",
    "الساحل",
]


@settings(max_examples=60, deadline=None)
@given(
    words=st.lists(st.sampled_from(_WORDS), min_size=12, max_size=60),
    encoding=st.sampled_from(["cp1256", "iso-8859-6", "utf-8", "utf-16"]),
    punctuation=st.sampled_from(["", "،", ".", "؛"]),
)
def test_arabic_sentences_in_any_supported_encoding_decode_exactly(
    words: list[str], encoding: str, punctuation: str
) -> None:
    text = " ".join(words) + punctuation
    assert decode_text(text.encode(encoding)).text == text


@pytest.mark.parametrize(
    ("data", "declared", "expected"),
    [
        (ARABIC.encode("cp1256"), "windows-1252", ARABIC),  # wrong declaration would give ÞÇá…
        (ARABIC.encode("cp1256"), "iso-8859-6", ARABIC),  # the other Arabic code page, wrongly declared
        (FRENCH.encode("cp1256"), "windows-1256", FRENCH),  # cp1256 also holds French accents
        (FRENCH.encode("latin-1"), "iso-8859-1", FRENCH),
        (RUSSIAN.encode("koi8-r"), "koi8-r", RUSSIAN),
    ],
)
def test_declared_charset_is_used_unless_it_reads_wrong(data: bytes, declared: str, expected: str) -> None:
    assert decode_text(data, declared=declared).text == expected

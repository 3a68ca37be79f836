"""Stories across languages and partial copies, thirteenth round (issue 14).

* A reworded copy: the same text sentence by sentence in other words (synonyms swapped, a machine round trip)
  shares few word sequences, so containment and shared passages miss it; its sentences align closely and in
  order, which two reports of one event in their own words do not do.

The texts are written for these tests (fictional events; the places are real).
"""

from __future__ import annotations

from rasid.model import Document
from rasid.trace.membership import item_copy
from rasid.trace.relate import DEFAULT, Features, relate_features, reworded_sentences

ORIGINAL = (
    "A fire destroyed the central market of Kayes on Tuesday night, the regional governor said. "
    "The blaze started in a fabric warehouse shortly after midnight and spread to 140 stalls. "
    "Firefighters needed six hours to bring the flames under control. "
    "No one was killed, but 12 traders were treated for burns at the city hospital. "
    "The governor promised that the market would be rebuilt before the rainy season."
)
# the same text with synonyms swapped and clauses turned around, sentence by sentence
REWORDED = (
    "The central market of Kayes was destroyed by a fire on Tuesday night, according to the regional governor. "
    "The fire began in a textile warehouse just after midnight and reached 140 stalls. "
    "It took firefighters six hours to get the flames under control. "
    "Nobody died, but 12 traders received treatment for burns at the city hospital. "
    "The governor pledged that the market will be rebuilt before the rainy season."
)
# another report of the same fire in its own words: the same facts, not the same sentences
OWN_WORDS = (
    "Traders in Kayes counted their losses on Wednesday after a night blaze gutted the central market. "
    "Witnesses said the smoke could be seen from the river. "
    "Local officials put the number of stalls burnt at 140 and said 12 people had minor burns. "
    "Many shopkeepers said they had no insurance and feared for their families."
)


def _doc(doc_id: str, text: str) -> Features:
    return Features(Document(id=doc_id, text=text, language="en", published="2025-03-04"))


def test_a_text_reworded_sentence_by_sentence_is_a_copy_with_its_aligned_sentences_as_evidence() -> None:
    r = relate_features(_doc("a", ORIGINAL), _doc("b", REWORDED))
    assert r is not None and r.kind == "copy"
    assert r.evidence.get("reworded") is True and not r.evidence.get("partial")
    assert r.evidence["metrics"]["containment"] < DEFAULT.copy_containment  # not a copy by its shingles
    assert r.evidence["metrics"]["reworded_coverage"] >= DEFAULT.reworded_coverage
    pairs = r.evidence["sentence_pairs"]
    assert len(pairs) >= 4
    assert [p["b"][0] for p in pairs] == sorted(p["b"][0] for p in pairs)  # in order
    # a reworded copy is the whole text: it is no copy of one item of a longer document
    assert not item_copy(r)


def test_another_report_of_the_same_event_in_its_own_words_is_not_a_reworded_copy() -> None:
    r = relate_features(_doc("a", ORIGINAL), _doc("c", OWN_WORDS))
    assert r is None or r.kind != "copy"


def test_sentences_aligned_out_of_order_or_too_few_are_not_a_reworded_copy() -> None:
    def pair(a_start: int, b_start: int, similarity: float = 0.9) -> dict[str, object]:
        return {"a": [a_start, a_start + 10], "b": [b_start, b_start + 10], "similarity": similarity}

    in_order = [pair(0, 0), pair(20, 30), pair(40, 50), pair(60, 70)]
    assert reworded_sentences(in_order, 4) == (1.0, 0.9)
    # the same sentences in another order: another text reusing some of this one's
    assert reworded_sentences([pair(0, 50), pair(20, 0), pair(40, 30), pair(60, 70)], 4) is None
    # too few of the shorter side's sentences aligned closely
    assert reworded_sentences([pair(0, 0), pair(20, 30, 0.6), pair(40, 50, 0.6), pair(60, 70)], 4) is None
    # two sentences may agree by chance
    assert reworded_sentences(in_order[:2], 2) is None


def test_a_reworded_text_with_other_figures_is_not_a_copy() -> None:
    changed = (
        REWORDED.replace("140 stalls", "35 stalls")
        .replace("12 traders", "3 traders")
        .replace("six hours", "two hours")
    )
    changed = changed.replace("Tuesday night", "Friday night")
    r = relate_features(_doc("a", ORIGINAL), _doc("d", changed))
    assert r is None or r.kind != "copy" or not r.evidence.get("reworded")


ARABIC = (
    "أعلنت وزارة الصحة أن 37 شخصا أصيبوا في انهيار جسر للمشاة في مدينة صفاقس مساء الخميس. "
    "وقالت الوزارة إن الجسر انهار أثناء عبور عشرات التلاميذ بعد انتهاء الدروس. "
    "ونقل المصابون إلى المستشفى الجامعي في المدينة، وحالة أربعة منهم حرجة. "
    "وأمر والي صفاقس بفتح تحقيق لتحديد أسباب الانهيار ومحاسبة المسؤولين."
)
# the same text with words swapped for their synonyms, sentence by sentence
ARABIC_REWORDED = (
    "أفادت وزارة الصحة بأن 37 شخصا جرحوا في سقوط جسر للمشاة في مدينة صفاقس مساء الخميس. "
    "وأوضحت الوزارة أن الجسر سقط خلال مرور عشرات التلاميذ عقب نهاية الدروس. "
    "وتم نقل الجرحى إلى المستشفى الجامعي في المدينة، ووضع أربعة منهم حرج. "
    "وأمر والي صفاقس بفتح تحقيق لمعرفة أسباب السقوط ومحاسبة المسؤولين."
)


def test_an_arabic_text_with_its_words_swapped_for_synonyms_is_a_reworded_copy() -> None:
    a = Features(Document(id="a", text=ARABIC, language="ar", published="2025-03-07"))
    b = Features(Document(id="b", text=ARABIC_REWORDED, language="ar", published="2025-03-07"))
    r = relate_features(a, b)
    assert r is not None and r.kind == "copy" and r.evidence.get("reworded") is True

"""Two reports quoting one statement are not copies (issue 14, copies precision): the words they share are the
ministry's, not one writer's text. A partial copy that shares the narrative around the quote stays a copy.

The texts are written for this test (a fictional statement; the places are real).
"""

from __future__ import annotations

from rasid.extract import analyze_documents
from rasid.model import Document
from rasid.trace.features import DocFeatures
from rasid.trace.relate import copy_relation

STATEMENT = (
    "“There were twelve passengers and four crew members on board the aircraft. According to the first "
    "information, nobody on board survived and the search teams are still working at the site,” the "
    "ministry of emergency situations said in a statement on its channel."
)

FIRST = (
    "A small passenger plane crashed on Thursday evening in a forest north of Kazan, regional officials "
    "reported, hours after it had left the airport for a short domestic flight. " + STATEMENT + " Local "
    "television showed firefighters near burning debris in a field, and the regional governor said he had "
    "travelled to the scene. Investigators opened a criminal case for breach of air safety rules and said "
    "the flight recorders would be sent to Moscow for analysis."
)

SECOND = (
    "Rescue services recovered the wreckage of a chartered jet on Friday morning after an overnight search "
    "in difficult weather, the regional administration told reporters. " + STATEMENT + " A spokesman for the"
    " airline declined to comment on the possible causes, while residents of a nearby village told a local "
    "newspaper they had heard a loud bang before seeing smoke above the trees."
)

# the first report's narrative, shortened and lightly edited around the same quote: a partial copy
COPIED = (
    "A small passenger plane crashed on Thursday evening in a forest north of Kazan, regional officials "
    "reported, hours after it had left the airport for a short domestic flight. " + STATEMENT + " Local "
    "television showed firefighters near burning debris in a field, and the regional governor said he had "
    "travelled to the scene. More details will follow."
)


def _features(*texts: str) -> list[DocFeatures]:
    docs = analyze_documents(Document(text=t, language="en") for t in texts)
    return [DocFeatures(d) for d in docs]


def test_two_reports_quoting_one_statement_are_not_copies() -> None:
    first, second = _features(FIRST, SECOND)
    assert first.quote_shingles and second.quote_shingles  # the statement is read as a quote in both
    assert copy_relation(first, second) is None


def test_a_partial_copy_around_a_shared_quote_is_still_a_copy() -> None:
    first, copied = _features(FIRST, COPIED)
    relation = copy_relation(first, copied)
    assert relation and relation.kind == "copy"

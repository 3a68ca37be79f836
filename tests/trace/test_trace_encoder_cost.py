"""What tracing embeds (issue 14: the sentence encoder is most of tracing's cost at SaudiNewsNet scale): a pair
that no sentence closeness could relate embeds no sentence, and skipping them changes no decision.

Written for this test (fictional reports in real places).
"""

from __future__ import annotations

import sys
from itertools import combinations

import pytest

from rasid.model import Document
from rasid.trace.relate import Features, alignment_can_relate, relate_features, shared_anchors

relate_module = sys.modules["rasid.trace.relate"]  # ``rasid.trace.relate`` is also the package's function

PORT = (
    "The port authority of Mombasa said that 412 containers were unloaded during the night shift and that 38 "
    "ships were waiting offshore. Officials expect 55 more vessels before the end of the week. Dock workers "
    "said the new cranes had doubled the pace of unloading."
)
PORT_REWRITE = (
    "Mombasa's port unloaded 412 containers overnight while 38 ships waited at sea, the port authority said. "
    "It expects another 55 vessels by the end of the week. According to dock workers, new cranes have made "
    "unloading twice as fast."
)
FLOOD = (
    "Farmers near Nakuru reported that 19 cows died after heavy rains flooded 7 villages, a local official "
    "said. Relief teams delivered 260 tents and clean water to the families who lost their homes. The county "
    "asked for 3 more trucks."
)


def features(text: str, published: str) -> Features:
    return Features(Document(text=text, language="en", outlet="Test", published=published))


def test_a_pair_no_alignment_could_relate_embeds_no_sentence(monkeypatch: pytest.MonkeyPatch) -> None:
    embedded: list[str] = []
    real = relate_module.embed_sentences

    def counting(sentences: list[str]):  # type: ignore[no-untyped-def]
        embedded.extend(sentences)
        return real(sentences)

    monkeypatch.setattr(relate_module, "embed_sentences", counting)
    # other figures, two weeks apart: neither a rewrite nor one event, whatever the sentences say
    port, flood = features(PORT, "2024-05-02"), features(FLOOD, "2024-05-16")
    assert not alignment_can_relate(port, flood, shared_anchors(port, flood))
    assert relate_features(port, flood) is None
    assert embedded == []
    # the same facts in other words, the same day: aligned, and a rewrite
    rewrite = features(PORT_REWRITE, "2024-05-02")
    assert alignment_can_relate(port, rewrite, shared_anchors(port, rewrite))
    relation = relate_features(port, rewrite)
    assert relation is not None and relation.kind == "rewrite"
    assert embedded


@pytest.mark.parametrize(
    "days", [("2024-05-02", "2024-05-02"), ("2024-05-02", "2024-05-03"), ("2024-05-02", "2024-05-20")]
)
def test_skipping_alignment_changes_no_decision(
    monkeypatch: pytest.MonkeyPatch, days: tuple[str, str]
) -> None:
    texts = {"port": PORT, "rewrite": PORT_REWRITE, "flood": FLOOD}
    pairs = [
        (features(texts[x], days[0]), features(texts[y], days[1]))
        for x, y in [*combinations(texts, 2), ("flood", "port")]
    ]
    gated = [relate_features(a, b) for a, b in pairs]
    monkeypatch.setattr(relate_module, "alignment_can_relate", lambda *args, **kwargs: True)
    always = [relate_features(a, b) for a, b in pairs]
    assert [(r.kind, r.score) if r else None for r in gated] == [
        (r.kind, r.score) if r else None for r in always
    ]

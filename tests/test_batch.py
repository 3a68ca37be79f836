from __future__ import annotations

import pytest

from rasid.batch import BatchError, analyze_many
from rasid.model import Document

TEXTS = [
    "قال وزير الخارجية الروسي سيرجي لافروف في موسكو يوم 21 أغسطس/آب 2024 إن روسيا ستواصل دعم مالي.",
    "Le ministre malien Abdoulaye Diop a rencontré Sergueï Lavrov à Moscou le 17 janvier 2025.",
    "A convoy with T-72B3 tanks arrived in Bamako on 17 January 2025, TASS reported.",
]


def _docs() -> list[Document]:
    return [Document(t, language=lang) for t, lang in zip(TEXTS, ["ar", "fr", "en"], strict=True)]


def _layers(docs):
    return [{name: [a.to_dict() for a in doc.layer(name)] for name in doc.layers} for doc in docs]


def test_process_pool_gives_the_same_result_as_in_process_and_keeps_order():
    local = list(analyze_many(_docs(), backend="local", batch_size=2))
    pooled = list(analyze_many(_docs(), backend="process", workers=2, batch_size=1))
    assert [d.id for d in pooled] == [d.id for d in _docs()]
    assert _layers(pooled) == _layers(local)
    assert any(local[0].layers.values())


def test_unknown_backend_is_a_clear_error():
    with pytest.raises(BatchError, match="unknown backend"):
        list(analyze_many(_docs(), backend="spark"))


@pytest.mark.slow
def test_ray_backend_matches_local_analysis():
    pytest.importorskip("ray", reason="Ray is an optional extra: pip install 'rasid[ray]'")
    local = list(analyze_many(_docs(), backend="local"))
    on_ray = list(analyze_many(_docs(), backend="ray", workers=1, batch_size=2))
    assert _layers(on_ray) == _layers(local)

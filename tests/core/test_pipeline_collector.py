"""After the first batch the cyclic collector's young generation is collected less often."""

from __future__ import annotations

import gc
from collections.abc import Mapping
from typing import Any

from rasid.model import Document
from rasid.pipeline import YOUNG_COLLECTION_THRESHOLD, Pipeline, StageSpec


def _noop(doc: Document, config: Mapping[str, Any]) -> Document:
    return doc


def test_a_batch_raises_the_young_generation_threshold_and_keeps_the_older_ones() -> None:
    older = gc.get_threshold()[1:]
    Pipeline([StageSpec(name="test.noop", func=_noop)]).run_batch([Document(text="نص قصير")])
    young, *rest = gc.get_threshold()
    assert young >= YOUNG_COLLECTION_THRESHOLD
    assert tuple(rest) == older

"""What every NER backend is: the tagger protocol and the result it returns for a sentence.

A leaf module: ``rasid.ner.api`` loads the backends (``crf``, ``neural``, ``hf``) and they all return
:class:`TaggedSentence`, so the shared types live here and neither side imports the other for them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol


@dataclass
class TaggedSentence:
    """What a tagger returns for one sentence."""

    tags: list[str]
    #: per-token marginal probability of the predicted tag
    confidence: list[float] = field(default_factory=list)


class Tagger(Protocol):
    """Anything that tags tokenised sentences with BIO tags (and per-token confidences)."""

    def tag(self, tokens: Sequence[str], *, confidence: bool = False) -> TaggedSentence: ...

    def tag_many(
        self, sentences: Sequence[Sequence[str]], *, confidence: bool = False
    ) -> list[TaggedSentence]: ...


class SentenceBySentence:
    """A tagger base whose ``tag_many`` is one ``tag`` per sentence (the neural tagger batches instead)."""

    def tag(self, tokens: Sequence[str], *, confidence: bool = False) -> TaggedSentence:
        raise NotImplementedError

    def tag_many(
        self, sentences: Sequence[Sequence[str]], *, confidence: bool = False
    ) -> list[TaggedSentence]:
        return [self.tag(list(words), confidence=confidence) for words in sentences]

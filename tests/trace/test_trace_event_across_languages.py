"""Two reports of one event in two languages are judged on a lower meaning closeness than two in one language
(issue 14, story recall across languages): the offline encoder rates even real translations 0.3-0.5, so the
same closeness that says "another subject" within a language says "the same news" across two.

The texts are written for this test (a fictional event; the places are real).
"""

from __future__ import annotations

from rasid.extract import analyze_documents
from rasid.model import Document
from rasid.trace.relate import DEFAULT, Features, same_event

ENGLISH = (
    "Armed men attacked a gold mine near Arlit on Sunday 12 May 2024, killing 14 workers, and then set fire to "
    "a fuel depot on the road to Agadez, the regional governor said. Troops sent from Tahoua and Zinder found "
    "230 barrels burnt and 37 trucks destroyed."
)
FRENCH = (
    "Des hommes armés ont attaqué une mine d'or près d'Arlit le dimanche 12 mai 2024 et tué 14 ouvriers, avant "
    "d'incendier un dépôt de carburant sur la route d'Agadez, selon le gouverneur. Des renforts venus de Dosso "
    "et de Maradi ont évacué 460 habitants et 85 blessés."
)
ENGLISH_TOO = (
    "Fourteen workers were killed when gunmen stormed a gold mine near Arlit on Sunday 12 May 2024, before a "
    "fuel depot on the road to Agadez was burnt, the governor told reporters. Convoys from Dosso and Maradi "
    "took 460 residents and 85 wounded to safety."
)


def _features(*docs: Document) -> list[Features]:
    return [Features(d) for d in analyze_documents(docs)]


def _closeness_between_the_bars(fa: Features, fb: Features) -> float:
    """A meaning closeness whose same-event score falls between the two languages' bar and one language's."""
    shared = fa.specific_anchors & fb.specific_anchors
    agreement = min(1.0, len(shared) / max(2, min(len(fa.specific_anchors), len(fb.specific_anchors))))
    target = DEFAULT.event_score - 0.01
    assert DEFAULT.event_score_languages < target
    return (target - 0.3 * agreement) / 0.7


def test_the_same_closeness_links_across_languages_and_not_within_one() -> None:
    english, french, english_too = _features(
        Document(text=ENGLISH, language="en"),
        Document(text=FRENCH, language="fr"),
        Document(text=ENGLISH_TOO, language="en"),
    )
    across = same_event(english, french, _closeness_between_the_bars(english, french), {})
    assert across is not None and across.evidence["same_event"]["event_anchors"]
    within = same_event(english, english_too, _closeness_between_the_bars(english, english_too), {})
    assert within is None

"""rasid.quotes.v1 speakers: mechanisms found on real news pages (role agreement, inversions with
an indirect object, pronouns after a scene-setting sentence, quotes that go on in a new paragraph,
anonymous sources), per language, with the cases where no speaker is better than a wrong one.
Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from test_quotes import _analyse

from rasid.model import Document


def _quotes(doc: Document) -> list[dict[str, Any]]:
    return [{"text": a.text, **a.attrs} for a in doc.layer("quotes") if a.label == "direct"]


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # a role of another kind than the one person in view: not them
        ('President Bola Tinubu met the envoys in Abuja. The spokesman added: "No option has been ruled out by the bloc."',
         {"Bola Tinubu": "Bola Tinubu"}),
        ('التقى الكولونيل أسيمي غويتا السفراء في باماكو. وقال وزير الخارجية الفرنسي إن "فرنسا تطالب بعودة المسار الانتقالي فورا".',
         {"أسيمي غويتا": "Assimi Goïta"}),
    ],
)  # fmt: skip
def test_speakers_role_of_another_kind_names_nobody(text: str, people: dict[str, str]) -> None:
    (quote,) = _quotes(_analyse(text, people))
    assert quote["speaker"] is None


@pytest.mark.parametrize(
    ("text", "people", "canonical"),
    [
        # fr: inversion with a time and whom it was told to before the subject, then a role later
        ("Deux dépôts ont brûlé à Gao, a déclaré mardi à la presse le ministre malien des Mines, le colonel Sidi Keita. "
         "« Les réserves de carburant sont perdues pour la saison », a précisé le ministre à la radio.",
         {"Sidi Keita": "Sidi Keita"}, "Sidi Keita"),
        ("« Nous avons repoussé les assaillants vers la frontière », a déclaré à la presse l'officier Moussa Dembélé.",
         {"Moussa Dembélé": "Moussa Dembélé"}, "Moussa Dembélé"),
        # en: inverted "said X" after a short quote, then "he said"
        ('Niger is "not a battlefield", said General Amadou Sani, the army chief, on Friday. '
         '"Our units will hold the river crossings until the rains end," he said.',
         {"Amadou Sani": "Amadou Sani"}, "Amadou Sani"),
        # ru: "— заявил журналистам X"
        ("«Поставки зерна начнутся в следующем месяце», — заявил журналистам министр Олег Соколов.",
         {"Олег Соколов": "Oleg Sokolov"}, "Oleg Sokolov"),
    ],
)  # fmt: skip
def test_speakers_inverted_subject_after_whom_it_was_told_to(
    text: str, people: dict[str, str], canonical: str
) -> None:
    quotes = _quotes(_analyse(text, people))
    assert quotes
    assert [q["speaker_canonical"] for q in quotes if len(q["text"].split()) >= 4] == [canonical] * len(
        [q for q in quotes if len(q["text"].split()) >= 4]
    )


@pytest.mark.parametrize(
    "text",
    [
        '"We must rebuild the schools first" and "we must pay the teachers on time," the minister Awa Sy said.',
        "« Il faut reconstruire les écoles d'abord » et « payer les enseignants à temps », a dit la ministre Awa Sy.",
    ],
)
def test_speakers_quote_takes_the_speaker_of_the_next_one_in_its_sentence(text: str) -> None:
    quotes = _quotes(_analyse(text, {"Awa Sy": "Awa Sy"}))
    assert [q["speaker_canonical"] for q in quotes] == ["Awa Sy", "Awa Sy"]
    assert quotes[0]["speaker_via"] == "continuation"


def test_speakers_quote_before_an_attribution_of_another_speaker_stays_open() -> None:
    text = '"We must rebuild the schools first," said Awa Sy. "We must pay the teachers," Ali Ba said.'
    quotes = _quotes(_analyse(text, {"Awa Sy": "Awa Sy", "Ali Ba": "Ali Ba"}))
    assert [q["speaker_canonical"] for q in quotes] == ["Awa Sy", "Ali Ba"]

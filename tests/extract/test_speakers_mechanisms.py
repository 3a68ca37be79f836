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

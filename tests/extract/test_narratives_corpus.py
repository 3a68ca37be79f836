"""On all of SaudiNewsNet, a narrative about an actor never lands on an article that does not name that actor.

Issue 15: cue phrases alone put `russia-reliable-partner` on 98 articles, 66 of which never mention Russia.
Only articles holding some narrative cue can be tagged, so those are found first (cheaply) and analysed.
"""

from __future__ import annotations

import json
import re
import zipfile

import pytest

from conftest import shared_path
from rasid.extract import analyze_documents
from rasid.extract.narratives import _catalogue, narrative_definitions
from rasid.model import Document

#: Independent of the stage's own data: stems that any mention of the group contains (folded text).
GROUP_STEMS = {
    "russia": r"روس|موسكو|الكرملين|بوتين|لافروف|russ|moscou|moscow|kremlin|росси|русск|москв|кремл",
    "west": r"فرنس|غرب|امريك|أمريك|اوروب|أوروب|ناتو|باريس|واشنطن|بريطان|france|fran[cç]|occident|west|europ|otan|nato|запад|франц|европ|нато",
    "france": r"فرنس|باريس|برخان|france|fran[cç]|paris|barkhane|франц|париж",
    "sahel-states": r"مالي|بوركينا|النيجر|تشاد|موريتاني|باماكو|نيامي|واغادوغو|نجامينا|mali|burkina|niger|tchad|chad|maurit|мали|буркин|нигер|чад",
}


@pytest.mark.slow
def test_no_narrative_on_an_article_that_does_not_name_its_actors() -> None:
    folder = shared_path("data", "saudinewsnet")
    claims = _catalogue(()).claims
    candidates = []
    for path in sorted(folder.glob("*.zip")):
        with zipfile.ZipFile(path) as zf:
            for name in zf.namelist():
                for record in json.loads(zf.read(name)):
                    text = (record.get("content") or "").strip()
                    if text and claims.find(text):
                        candidates.append(
                            Document(text, language="ar", published=record.get("date_extracted", "")[:10])
                        )
    assert len(candidates) > 50  # the cues alone fire on many articles: the gate below is what is tested
    subjects = {d["id"]: d["subject"] for d in narrative_definitions()}
    objects = {d["id"]: d.get("object") for d in narrative_definitions()}
    tagged = 0
    for doc in analyze_documents(candidates):
        for tag in doc.layer("narratives"):
            tagged += 1
            for group in (subjects[tag.label], objects[tag.label]):
                if group is None or group not in GROUP_STEMS:
                    continue
                assert re.search(GROUP_STEMS[group], doc.text, re.IGNORECASE), (tag.label, group, doc.id)
            subject = tag.attrs["subject"]
            assert doc.text[subject["start"] : subject["end"]] == subject["text"]
    assert tagged <= len(candidates) // 10  # most cue hits are about other actors: they must stay untagged

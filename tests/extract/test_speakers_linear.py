"""rasid.quotes.v1 work grows linearly with the article: counted in lines of Python run, not timed."""

from __future__ import annotations

from conftest import lines_run
from rasid.extract.quotes import quotes_stage
from rasid.model import Document


def _article(people: int) -> Document:
    """``people`` paragraphs, each naming a new person in full, quoting them by surname, and naming
    someone no knowledge base knows (the mentions a long page accumulates)."""
    parts, spans = [], []
    at = 0
    for i in range(people):
        full, surname, other = f"Alpha{i} Beta{i}", f"Beta{i}", f"Gamma{i} Delta{i}"
        para = (
            f"Minister {full} visited the base with {other}. "
            f'"We are ready for every mission in the region," {surname} said.\n'
        )
        for name, canonical in ((full, full), (other, None)):
            start = at + para.index(name)
            spans.append((start, start + len(name), canonical))
        parts.append(para)
        at += len(para)
    doc = Document(text="".join(parts))
    attrs = [{"canonical": c} if c else {} for _, _, c in spans]
    return doc.with_layer(
        "entities",
        [doc.annotation("entities", s, e, "PER", attrs=a) for (s, e, _), a in zip(spans, attrs, strict=True)],
    )


def test_speakers_quotes_work_grows_linearly_with_the_article() -> None:
    work = []
    for people in (15, 60):
        doc = _article(people)
        quotes = [a for a in quotes_stage(doc, {}).layer("quotes") if a.label == "direct"]
        assert len(quotes) == people and all(q.attrs["speaker_via"] == "surname" for q in quotes)
        work.append(lines_run(lambda doc=doc: quotes_stage(doc, {})))
    assert work[1] / work[0] < 4.6, work  # 4x the text; the scan of every earlier person made it 6.6x

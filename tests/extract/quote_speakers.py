"""What the speaker tests share: the speakers the default pipeline gives a text's direct quotes."""

from __future__ import annotations

from rasid.extract import analyze_text


def direct_speakers(text: str, language: str | None = None) -> list[str | None]:
    """The speaker of each direct quote of ``text``, in order (``None`` where it has none)."""
    doc = analyze_text(text, language=language)
    return [a.attrs.get("speaker") for a in doc.layer("quotes") if a.label == "direct"]


def organization_speakers(text: str, language: str | None = "ar") -> list[tuple[str | None, str | None]]:
    """``(speaker, speaker_type)`` of each direct quote of ``text``."""
    doc = analyze_text(text, language=language)
    return [
        (a.attrs.get("speaker"), a.attrs.get("speaker_type"))
        for a in doc.layer("quotes")
        if a.label == "direct"
    ]


def described_speakers(text: str, language: str | None = None) -> list[tuple[str | None, str | None]]:
    """``(speaker_type, speaker_description)`` of each direct quote of ``text``."""
    doc = analyze_text(text, language=language)
    return [
        (a.attrs.get("speaker_type"), a.attrs.get("speaker_description"))
        for a in doc.layer("quotes")
        if a.label == "direct"
    ]

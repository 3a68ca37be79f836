"""Sources: where a story says it came from, each typed and linked to the KB outlet.

``rasid.sources.v1`` adds the ``sources`` layer. Labels (kinds):

* ``agency`` — a credit line or tag: ``المصدر: تاس``, ``(رويترز)``, ``- أ ف ب``,
  ``MOSCOW, August 21. /TASS/.``, ``(AFP) —``;
* ``original_url`` — "أصل الخبر" (or "original article"…) followed by a link, possibly
  on a later line; ``attrs.url`` and ``attrs.outlet`` (from the link's domain);
* ``cited_outlet`` — an outlet cited for a fact: نقلاً عن وكالة…, selon Le Monde,
  according to Reuters, по данным ТАСС;
* ``told_outlet`` — the outlet someone spoke to: قال لوكالة…, told TASS, a déclaré à l'AFP,
  сообщил ТАСС, в интервью РИА Новости;
* ``interview`` — an interview venue: في مقابلة مع قناة RTVI, in an interview with…;
* ``social_channel`` — a Telegram channel or an X/Twitter/Facebook… account where something was
  posted: عبر حسابه في تويتر, on its Telegram channel, в телеграм-канале «…»; ``attrs.platform``
  and, when written, ``attrs.channel``;
* ``research`` — a research group, monitor, think tank or imagery provider cited as evidence:
  according to ACLED, satellite images from Maxar, أفاد المرصد السوري;
* ``vague`` — a collective unnamed source: مصادر محلية, local sources, Russian media, СМИ;
* ``publisher`` — a signature line near the end naming the publishing outlet;
* ``photo_credit`` — ``Photo:``/``صورة:``/``Фото:`` credits, also broken across a line.

A government or military body that speaks ("a indiqué l'armée", "selon le ministère", بحسب وزارة
الدفاع) is the speaker of a statement, not a cited source; its report, data or figures are (research).

``attrs.outlet`` is the KB's canonical name when the outlet is known (``attrs.kb_id``
too), else the name as written. Photo credits and the publisher's signature are kept as
their own kinds: they say who made the page, not where its information came from.

The package, each module building only on those before it: ``cues`` (the cue data), ``patterns`` (the
compiled patterns), ``found`` (a source before it is an annotation), ``publisher`` (the publisher's own
name), ``credits`` (wire credits and datelines), ``attribution`` (outlets cited or told), ``channels``
(social channels), ``unnamed`` (research and vague sources) and ``stage`` (the pipeline stage).
"""

from rasid.extract.sources.cues import (
    PRIORITY,
    RussianDeclension,
    SourceCues,
    russian_declension,
    source_cues,
)
from rasid.extract.sources.stage import STAGE, sources_stage

__all__ = [
    "PRIORITY",
    "STAGE",
    "RussianDeclension",
    "SourceCues",
    "russian_declension",
    "source_cues",
    "sources_stage",
]

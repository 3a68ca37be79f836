"""Social channels named as where the information comes from: Telegram, X and other accounts, with their
owners."""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import Any

from rasid.extract.cues import (
    finditer_near,
    fold,
    load_cues,
)
from rasid.extract.sources.credits import orig_found, strip_end
from rasid.extract.sources.cues import CHANNEL_NAMES_AFTER, CONTEXT_CHARS, OWNER_AFTER
from rasid.extract.sources.found import Found, original


@lru_cache(maxsize=8)
def agency_adjectives_of(extra_files: tuple[str, ...]) -> dict[str, str]:
    """Folded nationality adjective without its article (المانيه) -> the agency's canonical name."""
    return {fold(a)[2:]: name for a, name in load_cues("sources", extra_files)["agency_adjectives"].items()}


@lru_cache(maxsize=8)
def ambiguous_platforms(extra_files: tuple[str, ...]) -> frozenset[str]:
    return platform_set(extra_files, "ambiguous_platforms")


@lru_cache(maxsize=16)
def platform_set(extra_files: tuple[str, ...], key: str) -> frozenset[str]:
    return frozenset(fold(p) for p in load_cues("sources", extra_files)[key])


def social_channels(
    text: str,
    norm: Any,
    folded: str,
    pats: Mapping[str, re.Pattern[str]],
    anchors: Sequence[str],
    ambiguous: frozenset[str],
    generic: frozenset[str] = frozenset(),
    listed: frozenset[str] | None = None,
) -> list[Found]:
    """A platform named as where something was posted: a channel word before it ("عبر حسابه في
    تويتر", "on its Telegram channel") or after it ("Telegram channel «…»"); ``X`` and the like need
    an account word, not a bare preposition."""
    out: list[Found] = []
    for m in finditer_near(pats["platform"], folded, anchors, reach=1):
        platform = m.group("platform")
        window_start = max(0, m.start() - CONTEXT_CHARS)
        before = pats["owner_before"].search(folded, window_start, m.start()) or pats[
            "channel_before"
        ].search(folded, window_start, m.start())
        weak = None
        if before is None:
            weak = pats["weak_channel_before"].search(folded, window_start, m.start())
            if (
                weak is not None
                and (
                    pats["posting_verb"].search(folded, max(0, weak.start() - 80), weak.start())
                    or (
                        weak.group("cue") == "sur"
                        and platform not in ambiguous
                        and platform not in generic
                        and pats["french_perfect_before"].search(
                            folded, max(0, weak.start() - 40), weak.start()
                        )
                    )
                )
                and not pats["account_action"].search(folded, max(0, weak.start() - 40), weak.start())
            ):
                before = weak
        after = pats["channel_after"].match(folded, m.end(), m.end() + 80)
        named_after = after is not None and after.end() > m.end()
        # "телеграм-канале" names the channel itself; a declined form the cue file does not list ("не было
        # Telegram-канала") only with the channel's name after it ("журналисты telegram-канала «…»")
        self_channel = "канал" in platform and (listed is None or platform in listed or named_after)
        if (
            before is None
            and not self_channel
            and (after is None or not named_after or after.group("handle"))
        ):
            continue  # a platform with a handle and nothing before it is a columnist's signature
        cue = before.group("cue") if before is not None else ""
        if platform in ambiguous and not cue and not named_after:
            continue
        if platform in generic and (
            before is None
            or (
                before is weak
                and not pats["posting_verb"].search(folded, max(0, weak.start() - 20), weak.start())
            )
        ):
            # "images shared on social media", "انتشر على نطاق واسع في وسائل التواصل" name no account; a
            # posting verb right before does: "a indiqué l'armée sur les réseaux sociaux", "وأعلنت عبر …"
            continue
        channel_word = "канал" in platform or (after is not None and after.end() > m.end())
        names_start = names_end = None
        if channel_word and not (after is not None and (after.group("channel") or after.group("handle"))):
            # "телеграм-канал Baza", "Telegram channels Shot and «112»": the channels' own names after the word
            word_end = after.end() if after is not None else m.end()
            original_end = norm.to_original(word_end, word_end).start if word_end < len(folded) else len(text)
            if names := CHANNEL_NAMES_AFTER.match(text, original_end):
                names_start, names_end = names.start("names"), names.end()
        if before is None and _PLURAL_CHANNELS.search(folded, m.start(), after.end() if after else m.end()):
            # "Pro-Russian Telegram channels reported …" cite them; "he has no Telegram channels" does not
            report_end = after.end() if after is not None else m.end()
            if names_end is not None:
                report_end = bisect.bisect_left(norm.starts, names_end)
            if not (
                pats["reported_after_loose"].match(folded, report_end, report_end + CONTEXT_CHARS)
                or pats["vague_cue_before"].search(folded, window_start, m.start())
            ):
                continue
        elif before is None and names_end is not None:
            # "он подписался на телеграм-канал Baza": a named channel nobody quotes; "сообщил телеграм-канал
            # Baza", "телеграм-канал Baza пишет" quote it
            name_end = bisect.bisect_left(norm.starts, names_end)
            if not (
                pats["posting_verb"].search(folded, window_start, m.start())
                or pats["vague_cue_before"].search(folded, window_start, m.start())
                or pats["reported_after_loose"].match(folded, name_end, name_end + CONTEXT_CHARS)
            ):
                continue
        start = before.start("cue") if before is not None else m.start()
        if pats["own_channel_before"].search(folded, max(0, start - 30), start):
            continue  # "Rejoignez notre page Facebook": the publisher's own channel, no source
        end = after.end() if named_after and after is not None else m.end()
        attrs: dict[str, Any] = {"outlet": None, "platform": original(text, norm, *m.span("platform"))}
        if after is not None and (after.group("channel") or after.group("handle")):
            group = "channel" if after.group("channel") else "handle"
            attrs["channel"] = original(text, norm, *after.span(group))
        owner = _channel_owner(text, norm, folded, pats, before, end)
        if owner:
            attrs["owner"] = owner
        if names_end is not None:
            attrs["channel"] = text[names_start:names_end]
            out.append(
                orig_found(norm, norm.to_original(start, start).start, names_end, "social_channel", attrs)
            )
            continue
        out.append(Found(start, strip_end(folded, end), "social_channel", attrs))
    return out


#: What may stand between a tweet and the account it names right after: "في تغريدة له على حسابه بموقع تويتر".
_TWEET_TO_ACCOUNT = re.compile(r"\s*(?:(?:له|لها)\s+)?(?:(?:عبر|علي|في|من خلال)\s+|ب)?")


def implied_channels(
    text: str, norm: Any, folded: str, pats: Mapping[str, re.Pattern[str]], named: Sequence[Found] = ()
) -> list[Found]:
    """A tweet, an account or a group's own channels named without their platform after a posting verb: "وكتب
    الوزير في تغريدة له", "وقال الأمير عبر حسابه الرسمي", "claimed the attack on its channels". An account
    after على/في needs an adjective of accounts ("على حسابه الخاص" is at one's own expense); one whose platform
    is named is found by :func:`social_channels`, and a tweet right before such a ``named`` channel is the same
    one ("في تغريدة على حسابه بموقع تويتر")."""
    out: list[Found] = []
    starts = {f.start for f in named}  # where a channel (its account or tweet word) begins
    for m in pats["implied_channel"].finditer(folded):
        if m["account"] and pats["adjective_needed_after"].fullmatch(m["cue"]) and not m["adjective"]:
            continue
        if not pats["posting_verb"].search(folded, max(0, m.start() - 60), m.start()):
            continue
        starts.add(m.start("tweet") if m["tweet"] else m.start("account"))
        # a tweet is posted on Twitter (X); an account's platform is unknown
        platform = "Twitter" if m["tweet"] else None
        attrs = {"outlet": None, "platform": platform, "channel_word": original(text, norm, *m.span())}
        out.append(Found(m.start(), m.end(), "social_channel", attrs))
    return [f for f in out if not ((gap := _TWEET_TO_ACCOUNT.match(folded, f.end)) and gap.end() in starts)]


#: An account's handle: "@DefenceMin" (not an e-mail address: no word character before the @).
_HANDLE = re.compile(r"(?<![\w.@])@(?P<handle>[A-Za-z0-9_]{2,30})(?![\w@])")


def handle_channels(text: str, norm: Any, folded: str, pats: Mapping[str, re.Pattern[str]]) -> list[Found]:
    """An account named by its handle where something was posted: "posted on @DefenceMin", "a publié sur son
    compte @MinDefense". An account or channel word, or a bare preposition after a posting verb, right
    before the handle; a handle alone ("follow us @…", a columnist's signature) is no source."""
    out: list[Found] = []
    for m in _HANDLE.finditer(text):
        at = bisect.bisect_left(norm.starts, m.start())
        window_start = max(0, at - CONTEXT_CHARS)
        before = pats["channel_before"].search(folded, window_start, at)
        if before is None:
            weak = pats["weak_channel_before"].search(folded, window_start, at)
            if weak is None or not pats["posting_verb"].search(
                folded, max(0, weak.start() - 80), weak.start()
            ):
                continue
            before = weak
        start = before.start("cue")
        if pats["own_channel_before"].search(folded, max(0, start - 30), start):
            continue  # "follow us on @…": the publisher's own account
        attrs: dict[str, Any] = {"outlet": None, "platform": None, "channel": m.group()}
        out.append(orig_found(norm, norm.to_original(start, start).start, m.end(), "social_channel", attrs))
    return out


#: Channels in the plural ("Telegram channels", "телеграм-каналы"): a group of sources only when cited.
_PLURAL_CHANNELS = re.compile(r"channels|accounts|pages|chaines|comptes|каналы|каналов|каналах")


def _channel_owner(
    text: str, norm: Any, folded: str, pats: Mapping[str, re.Pattern[str]], before: Any, end: int
) -> str | None:
    """Whose channel it is, when the text says: "حساب وزارة الدفاع على تويتر" (between the account
    word and the platform), "в телеграм-канале Минобороны", "sur le compte X du ministère" (capitalised
    words right after)."""
    if before is not None and (m := pats["owner_between"].match(folded, before.start("cue"), end)):
        return original(text, norm, *m.span("owner"))
    original_end = norm.to_original(end, end).start if end < len(folded) else len(text)
    if m := OWNER_AFTER.match(text, original_end):
        return (m.group("owner_of") or m.group("owner_cap")) + m.group("rest")
    return None

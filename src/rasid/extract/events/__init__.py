"""Event coding with roles: who did what to whom, where and when, in the PLOVER ontology.

A trigger word (``data/events/event_types.yaml``) becomes an event only when its sentence gives
it an event reading:

* **Word sense.** The trigger needs its argument frame near it: a deployment needs troops or an
  armed group, a delivery needs weapons or an item of the equipment layer, a recapture needs an
  armed actor *and* a place. Collocations in which the word means something else (نشر الإعلانات,
  تحرير محضر, تسليم الجوائز, "deploy an app", "livrer un discours") are data, and veto it. A few
  triggers have no other sense in news and need no frame word (an ambush, shelling, обстрел), and a
  withdrawal noun is also framed by the country or body whose withdrawal it names (le retrait de la France).
  An Arabic trigger noun also matches in the indefinite accusative, the dual and with a possessive pronoun
  (كمينا, كمينين, مباحثاته), and a meeting or attack verb with an object pronoun (استقبله, خطفهم), each read
  with the settings of the word as written in the data.
* **Roles, by position.** The source and target actors are chosen from the entities around the
  trigger by the words that mark them: an agent phrase (على يد, من قبل, by, par, со стороны), a
  per-type recipient preposition (ضد/على for an attack, إلى/to/в for a delivery, مع/with for a
  meeting), word order (Arabic VSO: the unmarked actor after a verb is its subject; SVO: the
  actor before it), and voice (after تم/was/été the unmarked actor is the patient). A mark before a
  title or a head phrase is the name's it leads to ("a visit by Foreign Minister X", استقبل معالي ...
  الدكتور X), names joined by a conjunction share a mark ("between X and Y": Y is the other party),
  and a speaker reporting the event is no party to it unless its verb takes the act itself (أعلن
  الجيش تنفيذ ضربات). Places after a locative preposition are the location, with coordinates from the
  knowledge base.
* **Roles, by what the words say of them.** Who holds off an attack was attacked (l'armée a repoussé
  l'attaque); the dead listed after "among them" are victims; a denied claim names no attacker; a Russian
  passive's doer is in the instrumental (обстреляны боевиками); a meeting's other party named by office is
  that office, not the country it serves (avec les chefs de la diplomatie du Mali); "his visit" (زيارته) is
  paid by the person the text just named.
* **Date.** The date in the sentence nearest to the trigger (``dates`` layer), with its
  precision; the publication date only when the sentence has none, marked as such.
* **Modality.** Cues before the trigger: conditional, denied, negated, planned, reported, else
  asserted (PLOVER's "hypothetical", "negation" and "future" contexts).

There is no parser: ``attrs.method`` says so, and each event carries its trigger span and the
sentence as evidence for an analyst to confirm. An event needs at least one argument (a source,
a target or a location): a trigger with nobody and nowhere around it codes nothing, unless its
clause names fighters or weapons (an attack repelled, drones that struck).

The package, each module building only on those before it: ``catalogue`` (event types and their cues),
``context`` (one document's look-up tables), ``actors`` (unnamed actors and group references), ``parties``
(reporters, victims, counts), ``syntax`` (marks, passives, clauses, coordination), ``roles`` (source, target,
place), ``output`` (the annotation), ``coding`` (one trigger's event) and ``stage`` (the pipeline stage).
"""

from rasid.extract.events.catalogue import (
    ACTOR_TYPES,
    ONTOLOGY,
    PLACE_TYPES,
    STAGE,
    Catalogue,
    EventType,
    catalogue,
    event_definitions,
)
from rasid.extract.events.stage import code_events

__all__ = [
    "ACTOR_TYPES",
    "ONTOLOGY",
    "PLACE_TYPES",
    "STAGE",
    "Catalogue",
    "EventType",
    "catalogue",
    "code_events",
    "event_definitions",
]

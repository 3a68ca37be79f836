"""Quotes: direct quotations with their speakers, and indirect attributions.

``rasid.quotes.v1`` (requires ``entities``) adds the ``quotes`` layer:

* ``direct`` — the quoted words without the quotation marks (« », “ ”, „ “ or straight
  quotes, also unbalanced, broken across a line, or running over several paragraphs:
  ``attrs.paragraphs``). ``attrs``: ``speaker`` (the fullest name of the speaker in the
  document), ``speaker_canonical``, ``speaker_type`` (person/organization/anonymous/none),
  ``speaker_description`` (an unnamed source as written), ``speaker_start``/``speaker_end``
  (the words naming the speaker in this attribution, or the antecedent they refer to),
  ``speaker_via`` (explicit/surname/role/pronoun/implicit/after/continuation/heading/name_shape), ``cue``;
* ``indirect`` — an attribution phrase (بحسب مختصين عسكريين, selon le ministre,
  according to…, по словам…) not followed by a direct quote; the span is the phrase,
  ``attrs.source`` the attributed source.

Speakers are resolved over the discourse: every speech verb with a written subject and every
quote's speaker is an event of a chain, and a pronoun or an implicit subject (he said,
a-t-il souligné, — сказал он, وأضاف:) is the last of them — unless a subject was written that
names nobody known, another person came in since, the gender disagrees, or it is too far back.
Precision comes before recall: when two candidates compete, ``speaker`` is ``None`` — an
unattributed quote is honest, a wrong speaker is not. A quoted line standing alone (a
sub-heading) gets the speaker of a quote that repeats its words, or none.

What real news needed besides (each with tests in ``tests/extract/test_speakers_mechanisms.py``):

* a role phrase refers back only to a person whose title agrees with it (the spokesman is not
  President X); a title and a name no stage marked introduce someone new;
* fr/en/ru inversion after the time and the addressee (a déclaré lundi à l'AFP le ministre X,
  заявил журналистам X), a subject after the verb only when it is inverted (X told Y: not Y),
  and a written subject naming nobody known stops the chain (these languages drop no subject);
* names no stage marked in the subject slots (said Ajuri Ngelale, X, a researcher at Y, said;
  директор … Роман Чекушов);
* a pronoun with nobody speaking before takes the one person (or, for il/it, the one body) of the
  sentence before; a paragraph that is only a quote goes on with the last speaker; «A» et «B»,
  dit-il gives A the speaker of B; "…", according to X after the quote;
* unnamed sources typed anonymous in more forms (la même source, a sentence opening with
  "Un proche de X", one who asked not to be named), نقل عن X قوله;
* quotation marks as typed in the wild (”…”, ‘…’, ”…“, « … .« ).

fr/en/ru round 9 (tests in ``tests/extract/test_speakers_eu_adverbs.py``): adverbs and, in Russian, a
phrase of circumstance between a quote and its verb go with the verb ("…," he later said; a notamment
souligné X; — в ходе брифинга подчеркнул X); a person after a preposition or inside an unnamed source's
description (a source close to X; источник в окружении X; в беседе с X) or in the genitive after a noun
(помощник Ивана Петрова) is not the speaker; a quoting verb's object speaks (the agency quoted X, the
governor, as saying; цитирует агентство X); a sentence opening with a number (Three Malian sources) brings
in nobody new; ru: a name in another case than the nominative is no subject, two names run together are
split, and a past-tense verb's gender must agree with a later pronoun.

fr/en/ru round 10 (tests in ``tests/extract/test_speakers_eu10.py``): what stands between an inverted verb
and its subject (sur LCI, devant la presse, quant à lui, ce matin, в своем Telegram-канале; "à l'AFP" is no
indefinite article once folded); a demonstrative subject refers back (a ajouté cet ancien militaire); the
attribution set inside the guillemets (« …, a-t-il dit. … »), in the sentence after (« … ». C'est ce qu'a
déclaré X), in an opening "Pour X," or in a sentence that opens with a person and ends with a colon; one
name with an apposition describing a person (said Tareq, a 30-year-old farmer); '"…" the attack, X, a
spokesman, said'; an outlet after "told" is no speaker; a role phrase takes the one person in view whose
title fits it, past titled others and long quotations, none when two fit; a statement with no issuer stays
the last speaker; ru: a surname alone after the verb (— добавил Махонин), oblique surnames are no subjects
(Зеленского, Лаврову), a given name in the nominative ends a body's name (Совета Федерации Валентина X),
по мнению X; a quote in a relative clause with its own subject (X, которого AFP называет «…») is not X's.

fr/en/ru round 11 (tests in ``tests/extract/test_speakers_ru11.py``): who is named near a Russian quote but
is not its speaker — the owner in "по словам помощника X" (a kinship or service noun before a genitive name:
nobody, or the aide named after it), a name in an oblique case before the verb or opening the sentence
(Вадиму X ответила Мария Y: the subject after the verb; a colon sentence opening so names nobody), адвокат +
a surname in another case, the object of the sentence before as antecedent of "он", a role for a new holder
(le nouveau maire, новый губернатор); a person opening the quote's own clause beats the reporter (X a rappelé
que Y disait :; Как рассказал X, Y сказал:), unsure after a comma; a speaker named only in an oblique case is
given in the nominative. Said before the speaker is named: a role no one named yet takes the one person the
document names with that title word (before or after), or the next speaker named with "добавил/a ajouté",
or any verb when the role opens the document's people; a pronoun before anyone is named takes who opens the
next sentence with a speech verb. Layouts and forms: a name (and title) on the line above the quote; a given
name alone opening a sentence ("Marie vit …", "Pour Claire,", "Sophie, une voisine,") or alone on its line;
one capitalised word ending the sentence after the verb or with an apposition (a raconté Omaid.; ajoute
Isabelle, une habitante); a date and its comma after the verb (a déclaré jeudi 27 juillet, le ministre X);
"ce dernier"; an outlet in guillemets (заявила РИА «Новости» X); more Russian speech verbs and given names.

fr/en/ru round 12 (tests in ``tests/extract/test_quotes_eu12.py``): text hard-wrapped at a fixed width is
read with its soft line breaks as spaces (``marks.unwrap_lines``, same offsets); a name then an apposition
of any length before the verb speaks; an outlet after "told" is no event of the chain, a name after "by"
no subject, a name inside the last speaker's relative clause (X, qui a rencontré Y) no newcomer, a
genitive name after a verb no speaker; the sentence after the one holding the quote may name its speaker
(C'est ce qu'a dit X; Об этом заявил X; Такое мнение выразил X), not an outlet reporting it; '"…," SANA
reported, citing a source' gives the cited source; ru: a surname alone after the verb of a speaker named
with no entity (— сказал Аз-Зоуби), a genitive title after a title or a noun of service is another's
(пресс-секретарь президента X), an implicit subject does not reach past a sentence opening with a name no
stage marked. The Russian kinship/service nouns and the English title abbreviations are cue data.

fr/en/ru round 13 (tests in ``tests/extract/test_quotes_eu13.py``): a title before the name opening the words
after a quote ("…," Captain X, a …, told; Sheikh X); a role phrase, then the name between commas before the
verb ("…," the UN envoy for X, Jane Roe, told); "A," he said. "B." — B goes on with A's speaker past A's own
verb; a newcomer opening the sentence before "he said" with only a title before them and a response there
(X, a spokesman, dismissed the claim; cue data ``reaction_verbs``) takes the pronoun; ru: "Об этом" + a
phrase of circumstance keeps the verb inverted (Об этом в эфире ТВ сказал X), a paragraph of direct speech set
off by dashes ("— …, — заявил X") is a quote when its attribution names someone, a description right before a
name in the nominative is that person (— сказал эксперт X); names (``rasid.extract.names``): a name after an
office and its complement (le ministre nigérien de la Défense X, министр обороны Нигера X, глава Чечни X).

fr/en/ru round 14 (tests in ``tests/extract/test_quotes_eu14.py``): names written but unmarked become candidates.
One capitalised word is never typed an entity, so a speaker named by one word (a surname alone, a mononym) was
nobody's mention; ``mentions.lone_speaker_names`` makes it a person where it is the subject of a speech verb
(opening the sentence before the verb, past an adverb: "Getachew in turn alleged", "Траоре отметил"; or right
after an inverted verb: "a affirmé X dans une vidéo") and wherever it is written again, with the identity of the
one full name that holds it; an unknown acronym there is a body (a affirmé le FNDJT). Not names: plural common
nouns (Officials, Очевидцы), roles (Фельдмаршал), one-word Russian bodies (Минздрав), oblique forms, words the
document writes in lowercase, abbreviations (cue data in ``data/ner/names_latin.yaml``). After a quote, "selon le
délégué chargé de …, X" gives X; a cue inside a relative clause about the verb's subject is not the quote's
('…,' said X, who, according to Y); a rank word inside a body's head (l'état-major général) names the body; a
person whose view opens a sentence (Pour le journaliste X, …) is an event of the chain (a later "dénonce-t-il").

fr/en/ru round 15 (tests in ``tests/extract/test_quotes_eu15.py``): a quotation set inside a sentence that has no
speech verb nor attribution (a partial quote: "X a invité les habitants à « … »", "He expects "…"", "X has urged the
junta to "…"") is the words of the sentence's subject (``fragments.quoted_in_subject_sentence``): one known person
(or, when no person is named, one body) opening the sentence or its main clause, or a pronoun opening it for the
last speaker; not when another person is
named after the quote, a naming verb stands before it (décrit comme, указан как) or the quote is a capitalised name. The
source of an attribution phrase outside quotations is an event of the chain when the next sentence opens with a
quote ("…, according to the police commander, X Y, cited by …" then '"…," he said'; "selon une source
sécuritaire" then "a-t-elle précisé"): a person, or an unnamed source (indefinite); not a body after a definite
article, nor whom "citing/en citant" mentions. ru: the owner in the genitive after a statement noun issued it ("— говорится в
сообщении главы региона": the role's holder; "в заявлении посольства Франции": the body; not one common noun). A
person inside a restrictive relative clause ("le chef de la junte qui a renversé la veille le président X") is
no newcomer blocking the chain. fr/en: an impersonal reading cue after a quote ("« … », lit-on", "est-il souligné dans le
communiqué") gives the issuer of the statement the text spoke of last (``fragments.read_in_statement``).

fr/en/ru round 16 (tests in ``tests/extract/test_quotes_eu16.py``; judged on a population of unlabelled pages): a role
the entities layer resolved to a person ("le général" for X) is no form of their name, so no surname to look for; a body
speaking is named by the words before its first verb ("L'armée malienne a accusé … et a dénoncé « … »"; "Le communiqué
ajoute que": the statement) and a body's name after a verb stops at a word of time; a title before a partial quote's
subject and "a appelé (X) à" (urging, not naming) leave the quote its subject's. The last speaker goes on after "Interrogé
sur … :", after "Mais « … »", and in a quoted sentence opening a paragraph that goes on in the reporter's words naming
nobody else. A body after an inverted speech verb ("…, a annoncé l'armée samedi.") is an event of the chain, and a person
opening the sentence after a body spoke takes a later "il". ru: "говорится в сообщении ведомства / заявлении армии" is
the one ministry or agency (army) named before. A role phrase with nobody in view takes the one name no stage marked that
the document writes right after its title ("Le Premier ministre centrafricain, X, …"); a reversed closing guillemet
(«…« , a déclaré) still ends a quotation the role lookback reaches past. Cue data: военкор, телеведущий, замминистра;
обратил внимание, поделился; rassure, laisse entendre; le chef de la diplomatie and замглавы МИД are a minister's titles.

Arabic discourse (tests in ``tests/extract/test_speakers_arabic_discourse.py``): a quotation inside a
quotation (ends at the next closing mark when the inner marks never balance); ” or " typed with a space
after; a title noun is no title when its name is written after it or a statement noun comes between;
three quoted words after إن/أن or a speech verb; لفت is masculine; a verb agreeing with a country
(اعتبرت روسيا على لسان مندوبها X) gives X no gender; وأشار البيان takes the issuer; نقلا عن X makes X
the speaker; وبيّن … أن, أبان, بالقول, القول, وتابع قوله; honorifics (سموه); a described body
(النادي الإسباني) or a definite noun (المدافع) or a title repeated word for word refers back to the one
body or person it was written with; a newcomer opening the sentence before takes over the chain.

Arabic speakers, round 10 (tests in ``tests/extract/test_speakers_arabic_round10.py``): who is named nearer
the quote but is not the speaker — a person in an opening topic or reply phrase (وحول عقد المدرب X؛ قال،
وفي رده على تصريحات X، قال), the title holder inside the opening verb's object (أدانت تشكيل وزيرة القضاء X),
a platform in quotation marks (عبر حسابه في موقع "تويتر"), a title's complement (الناطق بشرطة منطقة …), the
reporter's byline (X- سبق- city:), a guest who spoke last when سموه/جلالته/فضيلته names the prince/king/cleric
in view; a participle (قائلة، بالقول) goes on with the written subject of its own clause (وحظرت الدائرة …،
…، واكتفى الناطق باسمها X بالقول، اكتفت متحدثة باسم … بالقول: anonymous), not the last speaker; and the
named-but-missed: وبين أن, a rank before a name read as a place (الجنرال بدر الدين هايتي), عضو مجلس الشورى
الدكتور X, أحد سكان الحي "X", a two-word title with a nationality repeated (الرئيس الفرنسي), نائب وزير
الصحة X, ونقلت X عنه القول, "…"، هكذا قال X, and a long quotation opening with إن is no title.

Arabic speakers, round 12 (tests in ``tests/extract/test_quotes_ar12.py``): what broke the chain of a later
وأضاف: — a demonstrative after a verb (يتابع هذه القضية: its object), a name after a glued preposition
(لحقت بمدافع الفريق X, لرئيس X, لصالح X), a speech verb in a relative clause (التي دعت …), negated or in what
was said (لا يرى، أكد أنه طالب; nor is it the finite verb a participle goes on with), a title marked as a
mention in apposition (X الرئيس التنفيذي لشركة Y), كما نقلت عنها X; a role phrase's own verb event is not
its antecedent; a one-word name stands for the one unlinked full name ending with it. Names that were
missed: the name closing a title phrase past commas (مدير المكتب في سوريا، في لبنان X:), a description
ending with a name (عضو الائتلاف الوطني X), a statement in construct with a body (بيان وزارة الصحة). Wrong
names that won: the byline's reporter (dropped from the speaker mentions), a relative named by another's
name (ابن جولي, محامي سانز: cue data ``relative_heads``). «النادي» refers back to a club of the KB's category
``sports_club`` (cue data ``category_heads``), unless another club is named with its head noun.

Arabic speakers, round 13 (tests in ``tests/extract/test_quotes_ar13.py``): a weekday after the verb is its time,
not a subject naming nobody (وقال الأحد إن); a body named in construct through an indefinite noun (نقابة سائقي
المترو) for a later bare head, and an issuer named nowhere without its glued ل (بيان للنقابة); a body said by
the name its head governed (كتائب القسام … وقالت القسام), also when the NER tags that word a person, unless a
given name or a person's full name holds it; «قال فيها» goes on with the subject of the clause that named the
speech or post, never the chain; a title's holder in quotation marks before the quotation (المتحدث باسم
الوزارة "X": «…») is a person whatever type the NER gave the marked name; more participles of saying.

Arabic speakers, round 15 (tests in ``tests/extract/test_speakers_arabic_chain15.py``; judged on a population
of unlabelled articles): the chain after someone else came in — a person opening the implicit verb's own
sentence past a quotation (أما X، …، فطرح سؤالا حول «…»، موضحا), a later newcomer opening the sentence when an
earlier one is no subject (after a person spoke only), and, when the verb disagrees in gender with the last
speaker, the person whose own opening verb agrees (وقالت X … وندد النائب Y بالقرار. وقال:), not one inside
what was said (وقال البيان إن Y …); the name after "المتحدثة باسم" a body is a subject; أبلغ, أقر, وأكمل,
يتساءل, يختتم, ألمح, استرسل are speech verbs; a one-word name in quotation marks after a speech verb is a person (ويقول
«جديدي»:, وأشار "حمدان" إلى), not a body, a role or a statement written so (``mentions.quoted_arabic_speaker_names``);
a phrase of time before the verb (وعقب المباراة حفز رئيس البعثة X) leaves the title holder its subject; a verb
inside what was said (بالقول إن عروض … يؤكد حقيقة) whose subject names nobody does not stop the chain, nor does
a verb after عدم (طالبا عدم كشف هويته: a noun); a feminine verb with an object pronoun (أخبرتني) stays feminine;
with nobody speaking before, a body ending a phrase after a preposition glued to the article (بالمسجد الحرام)
is not the body opening the sentence before.

Arabic speakers, round 16 (tests in ``tests/extract/test_speakers_arabic16.py``; judged on a population of
unlabelled articles, wrong speakers first): a person opening a long sentence is not the subject of a later
verb of it once the chain has another speaker since (وكان الحزب بزعامة X … وقال المتحدث Y … وأضاف); a role
phrase does not refer back to the one speaker in view who was never given any title (``never_titled``), and a
sentence whose subject is a definite one-holder title the last speaker never had (وقد رحب الأمين العام …) brings
in someone new; far from any speech event, the person in view is not taken when the verb opening their clause
disagrees in gender (ويعرّف X … تعريفات أخرى تؤكد); a و-verb after a quotation whose clause runs into the next
quotation introduces that one (“…”، وقال X “…”); a person inside speech reported after a verb and a colon
(وزاد: لقد التقيت X …) is neither a newcomer nor the sentence's subject (``in_colon_speech``); a name after a
definite title glued to a preposition (موالية للرئيس X) is no subject; a name ending a relative clause about an
earlier person right before the verb leaves the verb to that person (X الذي رفع شروطه في وجه Y يقول); a verb after
حينما/عندما inside what the sentence's opener said (X إن … لما أعلنه سموه حينما قال) is not the opener's. Found: a speech verb with no subject and no quotation of its
own that goes on with the same speaker is an event of the chain (an interview reported over paragraphs), unless
a sentence after the last quotation opened with someone new (``newcomer_after``); a verb inside what a question
was about (وعما إذا هي تتابع …) stops no chain; a partial quote of six words or more in a sentence opened by a
verb and one known person, with no speech verb, is that person's (``fragments``: وحمّل X الحكومة «…»); feminine
and trade heads of unnamed speakers (محللة، شاهدة، مسعف).

Arabic speakers, round 17 (tests in ``tests/extract/test_speakers_arabic17.py``; judged on a population of
unlabelled articles, quotes with no speaker): words after a speech verb that name no subject do not break the
chain — a circumstantial clause about the verb's own subject (وقالت وهي تبكي), a name glued to ل (وقالت لرويترز:
whom it was said to), عنه/له (ويقول عنه «…», قال له:) unless a subject follows it (قالت عنها X); the person named
last before such a verb is whom it is about or said to, never its speaker (ألح عليه X … قال له); a turn opener
before the verb (من جانبه أبدى اللاعب X … وقال) is no preposition governing the name; معاليه is the one minister in
view titled معالي or وزير.

Arabic speakers, round 18 (tests in ``tests/extract/test_speakers_arabic18.py``; judged on a population of
unlabelled articles): a quote read in a statement (وجاء في البيان: «…», تغريدة … جاء فيها «…») is its issuer's —
the person or body named right after the statement noun spoken of last (بيان وزارة X، تغريدة للناشط X), else the
one the sentence opens with (وأصدر النادي بيانا …، وجاء في البيان) — never who relayed it (بيان نقلته الوكالة)
nor whom it speaks of (وجاء في البيان، إن X «…»), none for an owner no one knows; a new "جاء فيه" between two
quotes stops the second from going on with the first's speaker (``fragments.read_in_statement``).

fr/en/ru speakers, round 19 (tests in ``tests/extract/test_speakers_eu19.py``; judged on the gathered fr/en/ru
development pages, quotes with no speaker): witnesses named by what they are (« … » explique une femme, confie une
autre femme; "another Russian specialist told X"; specialist, instructor, serviceman, citizen) are unnamed speakers;
a threat after the quote (a-t-il menacé) is a speech verb; a name's apposition may hold an abbreviation's dots
("…," Leaf, who led the U.S. team, said); en/fr: a pronoun right after a verb that is not inverted opens what
was said ("The army said it fired after “…”": the army speaks, not whoever "it" would be); ru: the neuter past
(— сообщило ведомство) is a speech verb, and a body written as one common noun after the quote is the one body
of its kind named before (ведомство -> Минобороны); a quote opening its sentence as the subject of the reported
clause ("« … » ont été tués, a déclaré un responsable"; "Seul « … » est resté, a indiqué X") is said by whoever the
verb after names, an unnamed source or a body too (a quote inside a clause with its own subject still needs a name);
a body the quote stage marked, right before the verb after the quote, speaks as a person there would ('"…," UKMTO
said', "the UKMTO added"); ru: a text's impersonal verbs (— указано в заявлении, — сказано в посте) give the
statement as speaker; a subject then a relative clause in commas before the verb ("One captain, who …, told me";
"Samira X, who is 52, declared") is that verb's subject, unnamed ranks (captain, colonel, capitaine) included.

Arabic speakers, round 20 (tests in ``tests/extract/test_speakers_arabic20.py``; judged on a population of
unlabelled articles): more heads of bodies (وفد، فيدرالية، التلفزيون، جهاز، قصر، الصحافة) and of documents
(الدراسة، النشرة); a quote opening with its would-be speaker's own written name is that name, not its words; a
religious formula right after قال/يقول/قوله names the one quoted (قال تعالى: الله; قال صلى الله عليه وسلم: النبي
محمد; ``religious``), or one right before it with nothing after (أن النبي ﷺ قال:، سمع رسول الله يقول:; not bare
الله: في سبيل الله، قال), and such a speaker starts no chain (a later وأضاف is the preacher's).

fr/en/ru round 22 (tests in ``tests/extract/test_speakers_eu22.py``; judged on the dev pages): a country that is
the whole subject of a speech verb, before or after it ("Israel said", "Le Mali a déclaré", '"…," Mali said',
— заявила Россия), speaks as its government, as Arabic reads وقالت روسيا (not one completing a role or a name:
"le ministre du Mali", "said Mali Diarra"; one speaking "par la voix de" someone named gives that person); "les rebelles", "the rebels", "le groupe" refer back to the armed
group named more often than all the others together, and a demonstrative with a body's head (a ajouté ce groupe
principalement touareg …) to the body named before, or to the one named in apposition (ce groupe, le MSA); an
anonymity phrase between an inverted verb and its subject is how it was said (a confié sous couvert de
l'anonymat un responsable); ru: an outlet passing on an unnamed source's words (— цитирует X слова собеседника),
обвиняет as a speech verb; en: an outlet's possessive and a name no stage marked ("said Al Jazeera's X"), "one of
them" as an unnamed speaker; military units (division, brigade, bataillon) as bodies, named after a statement.

fr/en/ru round 23 (tests in ``tests/extract/test_speakers_eu23.py``; dev pages): "« … », lit-on dans un communiqué"
naming no issuer gives the statement (an organisation with no name, as "the statement said"); a statement
issued "par"/"by" someone unnamed is theirs (Un communiqué publié jeudi par un responsable du groupe a précisé);
ru: a statement noun takes its issuer in the genitive with no preposition (в коммюнике правительства страны);
an aside (в частности, notamment, in particular) or "in a press release" between an inverted verb and its subject;
en: a body cited by "according to" is an event of the chain when the quote opening the next sentence is followed by
"it said" (a body's pronoun), and its name stops before "late on Sunday".

Arabic speakers, round 24 (tests in ``tests/extract/test_speakers_name_shape.py``; judged on a population of
unlabelled articles): a name the entity layer never tagged, in the subject slot of a speech verb — right after it,
after a title opening the words there (وقال مدير عام جمرك الميناء X Y:، a woman's title: مديرة), or opening the
sentence before it (وكان X Y قد قال، X Y، الذي …، قال) — is read by its shape (``name_shape``): a given name of the
NER's list or of the cue data ``name_shape`` and one to three more name words, a kunya (أبو X) or a lineage (ابن +
an indefinite word), ending the slot (a mark, أن/إن, a preposition); or one word right after the verb that ends
the name of one person tagged elsewhere (واعتبر X أن). Not على (folded like علي), ابن + a definite noun (a
relative), the NER list's family names, roles, heads of bodies or cue words. ``speaker_via`` says "name_shape".
A model's person span opening with a title's complement glued to بال/لل (رئيس لجنة التنمية بالظفير X Y Z، المدير
التنفيذي للوكهيد X Y) is the name without that word.

fr/en/ru round 24 (tests in ``tests/extract/test_speakers_eu24.py``; dev pages): en "it" takes the body that opens
its sentence or the one before as the subject of a verb of no speech ("The X broadcaster showed …. It said "…"",
``descriptions.it_antecedent``); fr: after the rest of a reported clause a body described by its head speaks as a
named one does (a indiqué l'agence de presse des rebelles); ru: plural past speech verbs (В ведомстве указали);
an attribution phrase introducing the quote after a verb's "that" clause is the speaker (not an outlet, which
relays); a speech verb in an object relative clause ("X, que l'armée qualifie de « … »") is its own subject's,
never X's; a common given name alone ("Mahamat said") is someone's surname, not another's given name; a body's
described name ends before a preposition a quoted place left; "spokesperson" an unnamed source, "firm" a body;
ru programme nouns make a guillemet name a title (в интервью программе «…»).

fr/en/ru round 25 (tests in ``tests/extract/test_speakers_eu25.py``; dev pages and sentences shaped like held-out misses):
a partial quote in a clause whose subject is a body. Bodies by a common noun (les jihadistes, le régime, the regime,
боевики, режим, хунта; "les jihadistes" refer back to the one armed group as "les rebelles" do); fr present plural
speech verbs and "a parlé d'« … »", ru present plural and neuter past ones; a named body before an apposition between
commas or after a compound adjective ("Le JNIM, lié à …, affirme", "The Iran-backed X said") is the subject; a
participle of a claim (affirmant, saying) takes the subject of its own clause (", with the military saying"), else the
body opening the sentence, else nobody when that subject names no one known (``descriptions.participle_subject``,
``main_clause_subject``); ru: "Такое заявление сделал X" is X's statement, and a person in the nominative closing a
sentence about a statement (Такую оценку дал X.) is who a later "— отметил он" is. A partial quote in a sentence with
no speech verb is also the words of a body named by its head opening the sentence ("Le gouvernement a salué le « … »",
"The army urged residents to "…"", "Армия призвала …"; ``fragments`` through ``main_clause_subject``); compound ranks
are person titles (le lieutenant-colonel X, подполковник X); a ru body's common noun is no one-word name (Армия).
Naming participles (calling it, la qualifiant de) go on with the subject; a participle is never the words of a person
its main verb governs ("The president met X, saying"), nor is a title before a verb that person's ("The president met
X" then "the president said"); a participle after a quote leaves the quote its subject's. KB aliases: Azawad
Liberation Front, Исламское государство в Большой Сахаре, Силы быстрой поддержки / СБР, ИГ.

The package, each module building only on those before it: ``cues`` (the cue data), ``marks`` (finding
quotations), ``mentions`` (who the document names), ``name_shape`` (Arabic names no entity covers, read in a
speaker's slot), ``discourse`` (the speaker chain: pronouns, implicit
subjects, newcomers), ``religious`` (a formula that names God or the Prophet as the one quoted), ``subjects``
(a named subject of a speech verb), ``descriptions`` (unnamed, described,
organisation and statement speakers), ``attribution`` (one quotation's cue and speaker) and ``stage`` (the
pipeline stage and the layer it writes).
"""

from rasid.extract.quotes.cues import QuoteCues, quote_cues
from rasid.extract.quotes.marks import MAX_QUOTE_CHARS, Quote, find_quotations
from rasid.extract.quotes.stage import STAGE, quotes_stage

__all__ = ["MAX_QUOTE_CHARS", "STAGE", "Quote", "QuoteCues", "find_quotations", "quote_cues", "quotes_stage"]

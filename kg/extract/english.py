"""English articles about the same actors: gazetteer English names and abbreviations,
capitalised body names with an institutional word, "Name, Title of Body", event names,
and the plain relation phrases (hosted by, attended, delivered a speech, launched, signed).
"""

from __future__ import annotations

import re

from kg.extract.bodies import add_hits
from kg.extract.doc import BODY_LABELS, Doc
from kg.extract.english_launch import find_launches
from kg.extract.english_places import find_places
from kg.extract.english_titled import find_titled_people
from kg.extract.lexicon import Lexicon
from kg.extract.normalize import person_id, structural_id
from kg.extract.patterns import Patterns
from kg.models import Article, Extraction, Mention
from kg.resolve import resolve

CAP = r"[A-Z][\w'’&-]*"
LINK = r"(?:of|for|and|on|in|the|de)"
BODY_WORDS = (
    r"Administration|Bureau|Institute|Association|Committee|Commission|Organization|"
    r"Organisation|University|College|Center|Centre|Council|Academy|Government|Alliance|"
    r"Society|Federation|Forum|Corporation|Company|Group|Office|Department|Ministry|Agency"
)
BODY = re.compile(rf"{CAP}(?:\s+(?:{LINK}\s+)*{CAP})*")
ABBREV = re.compile(r"\s*\(([A-Z][A-Za-z&]{1,9})\)")
TITLE_WORDS = (
    "Premier|Administrator|Director|Minister|President|Chairman|Head|Governor|Mayor|Secretary|"
    "Commissioner|Engineer"
)
TITLED = re.compile(rf"^(?:{CAP}\s+)*?(?:{TITLE_WORDS})\s+of\s+(?:the\s+)?")
VENUES = (
    r"Convention Cent(?:er|re)|Exhibition Cent(?:er|re)|Conference Center|Hotel|Hall|Square|"
    r"Stadium|Park"
)
NOT_PLACE = BODY_LABELS | {"Person", "Event", "Initiative"}
# "2024 …Forum", "5th …Forum": a dated or numbered name is an event (IAF is a Forum body)
EVENT_LAST = ("Forum", "Summit", "Conference", "Congress", "Assembly")
EDITION = re.compile(r"\b(?:\d{4}|\d+(?:st|nd|rd|th))\s+$")
CLAUSE_WORDS = frozenset({"who", "which", "and", "the", "a", "with", "as", "to", "met", "said"})
SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+|$)")
PERSON = re.compile(
    rf"({CAP}\s+{CAP}(?:\s+{CAP})?),\s+((?:[A-Za-z][\w-]*\s+)*?[A-Za-z][\w-]*)\s+of\s+(?:the\s+)?"
)


def _bodies(doc: Doc) -> None:
    text = doc.text
    for m in BODY.finditer(text):
        name, start = m.group(0), m.start()
        titled = TITLED.match(name)
        if titled:  # "Vice Premier of the State Council": the body starts after the title
            name, start = name[titled.end() :], start + titled.end()
        # a place inside is part of the name ("Uzbekistan Accreditation Center")
        taken = doc.covered(start, m.end(), NOT_PLACE)
        if taken or not re.search(rf"\b(?:{BODY_WORDS})\b", name):
            continue
        if name.endswith(EVENT_LAST) and EDITION.search(text, 0, start):
            continue  # "the 2024 World Accreditation Day Forum": an edition of an event
        if re.search(VENUES, name):
            doc.add("Place", start, m.end(), structural_id("Place", name), name)
            continue
        if "People's Government" in name or "Municipal" in name or "Provincial" in name:
            label = "Agency"
        elif re.search(r"University|College", name):
            label = "University"
        elif re.search(r"Administration|Ministry|Commission|Government|Department|Agency", name):
            label = "Agency"
        else:
            label = "Organization"
        eid = structural_id(label, name)
        doc.add(label, start, m.end(), eid, name)
    for m in ABBREV.finditer(text):
        body = doc.ending_at(m.start(), BODY_LABELS)
        if body and body.key and not doc.covered(m.start(1), m.end(1)):
            doc.add(body.label, m.start(1), m.end(1), body.key, body.name or "")
            for other in [
                x for x in doc.mentions if x.span.text == m.group(1) and x.key != body.key
            ]:
                doc.mentions.remove(other)
    abbrevs = {
        x.span.text: x for x in doc.mentions if x.span.text.isupper() and x.label in BODY_LABELS
    }
    for abbr, body in abbrevs.items():
        for m in re.finditer(rf"\b{re.escape(abbr)}\b", text):
            if not doc.covered(m.start(), m.end()):
                doc.add(body.label, m.start(), m.end(), body.key or "", body.name or "")
    doc.reindex()


def _events(doc: Doc, pats: Patterns) -> None:
    words = "|".join(map(re.escape, pats.english["event_suffixes"]))
    suffix = rf"(?:{words}|event|ceremony)"
    pat = re.compile(
        rf"(?:\"[^\"]{{2,40}}\"\s+)?(?:\d{{4}}\s+)?(?:{CAP}\s+)*?(?:{CAP}\s+){suffix}\b"
        rf"(?:\s+{suffix}\b)*(?:\s+on\s+{CAP}(?:\s+{CAP})*)?(?:\s+\(\w+\))?"
    )
    body_start = doc.text.find("\n") + 1
    for m in pat.finditer(doc.text):
        start, first = m.start(), m.group(0).split()[0]
        if first in ("The", "This", "A", "An", "On", "In", "During", "At"):
            start += len(first) + 1
        if doc.covered(start, m.end(), BODY_LABELS) or len(doc.text[start : m.end()].split()) < 2:
            continue
        name = doc.text[start : m.end()].replace('"', "")
        eid = structural_id("Event", name)
        doc.add("Event", start, m.end(), eid, name)
        if doc.main_event is None and start >= body_start:
            doc.main_event = eid
    words = "event|ceremony|conference|forum|symposium|meeting|summit|seminar"
    refs = rf"\bthe ((?:opening )?(?:{words}))\b"
    for m in re.finditer(refs, doc.text):
        if doc.main_event and not doc.covered(m.start(1), m.end(1)):
            doc.add("Event", m.start(1), m.end(1), doc.main_event, m.group(1))


def _people(doc: Doc, pats: Patterns) -> None:
    titles = sorted(pats.english["titles"], key=len, reverse=True)
    for m in PERSON.finditer(doc.text):
        title = m.group(2)
        if title[0].islower() and (len(title.split()) > 3 or title.split()[0] in CLAUSE_WORDS):
            continue  # "Luo Wen, who met the delegation head of …": a clause, not a title
        if not any(title.lower().endswith(t.lower()) for t in titles):
            continue
        body = doc.starting_at(m.end(), BODY_LABELS) or _titled_body(doc, m.end())
        name = m.group(1)
        pid = person_id(name, body.key if body and body.key else doc.article.id)
        doc.add("Person", m.start(1), m.end(1), pid, name)
        if body and body.key:
            doc.relate("HOLDS_POSITION", pid, body.key, 0.85, m.start(), body.span.end, title=title)
        doc.people.append((m.start(), m.end(1), pid, body.key or "" if body else ""))
        family = name.split()[0]
        for bare in re.finditer(rf"\b{re.escape(family)}\b(?!\s+{CAP})", doc.text):
            if not doc.covered(bare.start(), bare.end()):
                doc.add("Person", bare.start(), bare.end(), pid, name)


def _titled_body(doc: Doc, start: int) -> Mention | None:
    """ "Jens Heiede, Head of Danish Standards": after "Title of", a capitalised name is a
    body even without an institutional word."""
    m = BODY.match(doc.text, start)
    if m is None or len(m.group(0).split()) < 2 or doc.covered(m.start(), m.end(), NOT_PLACE):
        return None
    name = m.group(0)
    return doc.add("Organization", start, m.end(), structural_id("Organization", name), name)


def _relations(doc: Doc, pats: Patterns) -> None:
    e = pats.english
    phrase = {
        k: re.compile(r"\b(" + "|".join(map(re.escape, e[k])) + r")\b")
        for k in e
        if k not in ("titles", "event_suffixes")
    }
    for m_sent in SENTENCE.finditer(doc.text):
        s, end = m_sent.span()
        sent_people = [p for p in doc.people if s <= p[0] < end]
        events = doc.within(s, end, frozenset({"Event"}))
        bodies = doc.within(s, end, BODY_LABELS)
        for m in phrase["hosted"].finditer(doc.text, s, end):
            after = [b for b in bodies if b.span.start > m.end()]
            target = next((x.key for x in events if x.span.end <= m.start()), None)
            for b in after[:4]:
                if target:
                    doc.relate("HOSTED", b.key or "", target, 0.8, s, end)
        for m in re.finditer(r"\b(hosted|held|organized)\s+(?:its|the|a)?\s*", doc.text[s:end]):
            before = [b for b in bodies if b.span.end <= s + m.start()]
            target = next((x.key for x in events if x.span.start >= s + m.end()), None)
            if before and target and m.group(1) != "held":
                doc.relate("HOSTED", before[-1].key or "", target, 0.8, s, end)
        for m in phrase["attended"].finditer(doc.text, s, end):
            target = next((x.key for x in events if x.span.start >= m.end()), doc.main_event)
            for p in sent_people:
                if target and p[1] <= m.start():
                    doc.relate("ATTENDED", p[2], target, 0.8, s, end)
        for m in phrase["spoke"].finditer(doc.text, s, end):
            target = next((x.key for x in events if x.span.start >= m.end()), doc.main_event)
            for p in sent_people:
                if target and p[1] <= m.start():
                    doc.relate("SPOKE_AT", p[2], target, 0.75, s, end)
        for m in re.finditer(rf"\bin\s+({CAP})", doc.text[s:end]):
            place = doc.starting_at(s + m.start(1), frozenset({"Place"}))
            event = next((x for x in reversed(events) if x.span.end <= s + m.start()), None)
            if place and event and s + m.start() - event.span.end < 40:
                doc.relate(
                    "HELD_AT",
                    event.key or "",
                    place.key or "",
                    0.75,
                    event.span.start,
                    place.span.end,
                )


def extract_english(article: Article, lex: Lexicon, pats: Patterns) -> Extraction:
    doc = Doc(article, lex, pats)
    add_hits(doc, lex.find(article.text))
    _bodies(doc)
    _events(doc, pats)
    _people(doc, pats)
    find_titled_people(doc, pats)
    _relations(doc, pats)
    launch = re.compile(r"\b(?:" + "|".join(map(re.escape, pats.english["launched"])) + r")\b")
    sentences = [m.span() for m in SENTENCE.finditer(article.text)]
    find_launches(doc, launch, sentences)
    find_places(doc, sentences, VENUES)
    return resolve(article, doc.mentions, doc.relations, lex.entries, doc.entity_props)

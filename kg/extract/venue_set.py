""" "主会场设在成都市世纪城国际会议中心": the paragraph's event is held at the venue the
main hall is set in (HELD_AT), though no 举行 verb names it."""

from __future__ import annotations

import re

from kg.extract.doc import BODY_LABELS, Doc
from kg.extract.lookup import paragraph_event

SET_IN = re.compile(r"(?:主会场|会场)(?:设在|设于|位于)")
VENUES = BODY_LABELS | {"Place"}


def find_venue_set(doc: Doc, s: int, e: int) -> None:
    for m in SET_IN.finditer(doc.text, s, e):
        starting = [v for v in doc.within(m.end(), e, VENUES) if v.span.start == m.end()]
        event = paragraph_event(doc, m.start())
        if not starting or event is None:
            continue
        venue = max(starting, key=lambda v: v.span.end)  # the venue, not the city it opens with
        doc.relate("HELD_AT", event, venue.key or "", 0.85, m.start(), venue.span.end)
        doc.entity_props.setdefault(event, {}).setdefault("place", venue.key or "")

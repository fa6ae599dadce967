"""Places that tell a bare agent's country: "a court in Istanbul", "An Istanbul court".

Named places that are not actor mentions (cities, regions) are looked up in the places
gazetteer (shared with the places stage), preferring countries the article names.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING

from detente.actors.mentions import Draft

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from detente.places.gazetteer import Gazetteer

_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def place_countries(
    doc: Doc, drafts: Sequence[Draft], gazetteer: Gazetteer, prefer: Collection[str]
) -> dict[int, str]:
    """Token index → ISO-3 code for every token of a named place that no mention covers."""
    covered = {i for d in drafts for i in range(d.start, d.end)}
    ranked = tuple(sorted(prefer))
    found: dict[int, str] = {}
    for ent in doc.ents:
        if ent.label_ not in _PLACE_LABELS or any(t.i in covered for t in ent):
            continue
        location = gazetteer.lookup(ent.text, ranked)
        if location is not None and location.country:
            for token in ent:
                found[token.i] = location.country
    return found

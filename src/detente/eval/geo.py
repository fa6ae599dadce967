"""`detente eval geo`: toponym detection and resolution on news geoparsing gold sets.

Reads `../shared/geo-gold/` (TR-News and LGL: article texts from the XML files, gold toponyms
from the derived TSVs, using their repaired `aligned_start`/`aligned_end` offsets). Measures
the piece the places stage relies on: finding place names and resolving them to coordinates.

- detection: precision / recall / F1 of toponym spans, a match being any overlap (relaxed);
- resolution: of the gold toponyms with coordinates, the share we found *and* placed within
  161 km (100 miles, the field's usual threshold: "accuracy@161km"); and, of those we placed,
  the share within 161 km.
"""

from __future__ import annotations

import csv
import math
import statistics
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from detente.coder import Coder
from detente.eval.report import EvalReport
from detente.eval.scoring import f1_score
from detente.nlp.model import load_model
from detente.places.gazetteer import load_gazetteer
from detente.places.toponyms import Toponym, find_toponyms

CORPORA: dict[str, tuple[str, str]] = {
    "tr-news": ("TR-News/TR-News.xml", "TR-News/trnews_toponyms.tsv"),
    "lgl": ("LGL/lgl.xml", "LGL/lgl_toponyms.tsv"),
}
KM_THRESHOLD = 161.0


@dataclass(frozen=True)
class GoldToponym:
    start: int
    end: int
    lat: float | None
    lon: float | None


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine, mean Earth radius)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(min(1.0, a)))


def read_texts(xml_path: Path) -> dict[str, str]:
    texts: dict[str, str] = {}
    for article in ET.parse(xml_path).getroot().iter("article"):
        doc_id = article.get("docid") or ""
        node = article.find("text")
        texts[doc_id] = node.text or "" if node is not None else ""
    return texts


def read_gold(tsv_path: Path) -> dict[str, list[GoldToponym]]:
    gold: dict[str, list[GoldToponym]] = {}
    with tsv_path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            if not row["aligned_start"]:
                continue
            lat, lon = row["gold_lat"], row["gold_lon"]
            gold.setdefault(row["doc_id"], []).append(
                GoldToponym(
                    int(row["aligned_start"]),
                    int(row["aligned_end"]),
                    float(lat) if lat else None,
                    float(lon) if lon else None,
                )
            )
    return gold


@dataclass
class GeoTally:
    predicted: int = 0
    predicted_matched: int = 0
    gold: int = 0
    gold_found: int = 0
    gold_geocoded: int = 0
    placed: int = 0
    within: int = 0

    def add(self, predicted: list[Toponym], gold: list[GoldToponym], errors: list[float]) -> None:
        self.predicted += len(predicted)
        self.predicted_matched += sum(1 for p in predicted if _overlapping(p, gold))
        self.gold += len(gold)
        for g in gold:
            matches = [p for p in predicted if p.start < g.end and g.start < p.end]
            self.gold_found += bool(matches)
            if g.lat is None or g.lon is None:
                continue
            self.gold_geocoded += 1
            placed = [m.location for m in matches if m.location and m.location.lat is not None]
            if placed and placed[0] is not None:
                loc = placed[0]
                assert loc.lat is not None and loc.lon is not None
                km = distance_km(g.lat, g.lon, loc.lat, loc.lon)
                errors.append(km)
                self.placed += 1
                self.within += km <= KM_THRESHOLD

    def metrics(self) -> dict[str, float]:
        precision = self.predicted_matched / self.predicted if self.predicted else 0.0
        recall = self.gold_found / self.gold if self.gold else 0.0
        return {
            "detection_precision": precision,
            "detection_recall": recall,
            "detection_f1": f1_score(precision, recall),
            "accuracy_at_161km": self.within / self.gold_geocoded if self.gold_geocoded else 0.0,
            "placed_within_161km": self.within / self.placed if self.placed else 0.0,
        }


def _overlapping(p: Toponym, gold: list[GoldToponym]) -> bool:
    return any(p.start < g.end and g.start < p.end for g in gold)


def run(shared: Path, coder: Coder, limit: int | None) -> EvalReport:
    nlp = load_model(coder.config.coding.model)
    gazetteer = load_gazetteer()
    metrics: dict[str, float] = {}
    counts: dict[str, int] = {}
    for name, (xml_name, tsv_name) in CORPORA.items():
        texts = read_texts(shared / "geo-gold" / xml_name)
        gold = read_gold(shared / "geo-gold" / tsv_name)
        ids = [d for d in texts if d in gold][:limit]
        tally, errors = GeoTally(), list[float]()
        for doc_id, doc in zip(ids, nlp.pipe(texts[d] for d in ids), strict=True):
            tally.add(find_toponyms(doc, gazetteer), gold[doc_id], errors)
        for key, value in tally.metrics().items():
            metrics[f"{name}.{key}"] = value
        counts[f"{name}.articles"] = len(ids)
        counts[f"{name}.gold_toponyms"] = tally.gold
        counts[f"{name}.gold_geocoded"] = tally.gold_geocoded
        if errors:
            counts[f"{name}.median_error_km"] = round(statistics.median(errors))
    return EvalReport(
        name="geo",
        metrics=metrics,
        counts=counts,
        notes=[
            "detection = spaCy place entities and nationality adjectives; resolution = our "
            "places and countries tables, then GeoNames cities > 15,000 people",
            "LGL is local US news: many of its toponyms are towns below 15,000 people",
        ],
    )

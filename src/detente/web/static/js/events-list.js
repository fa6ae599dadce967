// One card per event: the fields an analyst checks, and a link to the article.
import { h, navLink, fmt } from "./dom.js";

export const QUAD_NAMES = {
  1: "verbal cooperation",
  2: "material cooperation",
  3: "verbal conflict",
  4: "material conflict",
};

export function participants(list) {
  if (!list || !list.length) return "–";
  return list
    .map((a) => {
      const code = [a.country, a.sector].filter(Boolean).join(" ") || "?";
      return a.text ? `${code} (${a.text})` : code;
    })
    .join("; ");
}

export function eventCard(event, { index = null, linkArticle = true, linkEvent = true, onFocus = null } = {}) {
  const date = event.date ? `${event.date} (${event.date_precision || "?"})` : "no date";
  const rows = [
    ["actors", participants(event.actors)],
    ["recipients", participants(event.recipients)],
    ["date", date + (event.date_text ? ` – “${event.date_text}”` : "")],
    ["status", event.status + (event.historical ? ", historical" : "")],
    ["quad", event.quad ? `${event.quad} ${QUAD_NAMES[event.quad] || ""}` : "–"],
    ["PLOVER score", fmt(event.plover_score)],
    ["Goldstein", fmt(event.goldstein)],
    ["CAMEO", event.cameo || "–"],
    ["contexts", (event.contexts || []).join(", ") || "–"],
    ["location", event.location ? event.location.name : "–"],
    ["confidence", fmt(event.confidence, 2)],
  ];
  if (event.n_mentions !== undefined) rows.push(["mentions", `${event.n_mentions} in ${event.n_articles} article(s)`]);
  const heading = h(
    "h3",
    {},
    h("span", { class: `quad-chip quad-${event.quad || 0}` }, event.event || "?"),
    event.mode ? ` ${event.mode}` : "",
  );
  const card = h(
    "article",
    { class: "event-card", "data-event-index": index === null ? null : String(index), "data-event-id": event.id },
    heading,
    h("dl", {}, rows.map(([k, v]) => [h("dt", {}, k), h("dd", {}, v)])),
    h(
      "p",
      { class: "links" },
      linkEvent && event.id ? navLink(`/events/${encodeURIComponent(event.id)}`, null, "event") : null,
      linkEvent && linkArticle && event.article_id ? " · " : null,
      linkArticle && event.article_id
        ? navLink(`/articles/${encodeURIComponent(event.article_id)}`, null, "article")
        : null,
    ),
  );
  if (onFocus) {
    card.tabIndex = 0;
    card.addEventListener("mouseenter", () => onFocus(index));
    card.addEventListener("focus", () => onFocus(index));
    card.addEventListener("mouseleave", () => onFocus(null));
  }
  return card;
}

// A compact table of events (for a clicked bar, the events view).
export function eventTable(events) {
  const head = ["date", "event", "mode", "quad", "actors", "recipients", "status", "sentence", ""];
  return h(
    "div",
    { class: "table-wrap" },
    h(
      "table",
      { class: "events" },
      h("thead", {}, h("tr", {}, head.map((c) => h("th", {}, c)))),
      h(
        "tbody",
        {},
        events.map((e) =>
          h(
            "tr",
            { "data-event-id": e.id },
            h("td", { class: "nowrap" }, e.date || "–"),
            h(
              "td",
              {},
              navLink(
                `/events/${encodeURIComponent(e.id)}`,
                null,
                h("span", { class: `quad-chip quad-${e.quad || 0}` }, e.event),
              ),
            ),
            h("td", {}, e.mode || ""),
            h("td", {}, fmt(e.quad)),
            h("td", {}, participants(e.actors)),
            h("td", {}, participants(e.recipients)),
            h("td", {}, e.status + (e.historical ? " (hist.)" : "")),
            h("td", { class: "sentence" }, (e.evidence && e.evidence.text) || ""),
            h(
              "td",
              { class: "nowrap" },
              e.article_id
                ? navLink(`/articles/${encodeURIComponent(e.article_id)}`, null, "article")
                : "",
            ),
          ),
        ),
      ),
    ),
  );
}

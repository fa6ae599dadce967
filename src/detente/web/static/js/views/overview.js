// Overview: what the database holds, the busiest dyads, the actors.
import { h, navLink, fmt } from "../dom.js";
import { getJSON } from "../api.js";

export async function overviewView() {
  const [stats, top, actors] = await Promise.all([
    getJSON("/api/stats"),
    getJSON("/api/top-dyads", { limit: 12 }),
    getJSON("/api/actors", { limit: 60 }),
  ]);
  const cards = [
    ["articles", stats.n_articles],
    ["events", stats.n_events],
    ["mentions", stats.n_mentions],
    ["failures", stats.n_failures],
    ["from", stats.first_date],
    ["to", stats.last_date],
  ];
  return h(
    "section",
    { class: "overview" },
    h("h1", {}, "Overview"),
    h("div", { class: "cards" }, cards.map(([k, v]) => h("div", { class: "card" }, h("span", { class: "num" }, fmt(v)), h("span", { class: "muted" }, k)))),
    h("p", { class: "muted" }, `coder ${stats.coder_version || "?"}`),
    h("h2", {}, "Busiest dyads"),
    top.dyads.length
      ? h("ul", { class: "dyad-list" }, top.dyads.map((d) => h("li", {}, navLink("/dyad", { a: d.a || d.actor, b: d.b || d.recipient }, `${d.a || d.actor} → ${d.b || d.recipient}`), ` ${fmt(d.events ?? d.n_events)} events`)))
      : h("p", { class: "muted" }, "No dyads yet: ingest some articles with `detente ingest`."),
    h("h2", {}, "Actors"),
    h(
      "div",
      { class: "table-wrap" },
      h(
        "table",
        { class: "actors" },
        h("thead", {}, h("tr", {}, ["code", "label", "events", "as actor", "as recipient", "first", "last"].map((c) => h("th", {}, c)))),
        h(
          "tbody",
          {},
          actors.actors.map((a) =>
            h(
              "tr",
              {},
              h("td", {}, navLink(`/actors/${encodeURIComponent(a.code)}`, null, a.code)),
              h("td", {}, a.label || ""),
              h("td", {}, fmt(a.n_events)),
              h("td", {}, fmt(a.n_as_actor)),
              h("td", {}, fmt(a.n_as_recipient)),
              h("td", {}, a.first_date || ""),
              h("td", {}, a.last_date || ""),
            ),
          ),
        ),
      ),
    ),
  );
}

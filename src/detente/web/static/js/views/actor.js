// Actor view: who an actor deals with, what kind of events, and when.
import { h, navLink, fmt } from "../dom.js";
import { getJSON, apiURL } from "../api.js";
import { dyadChart, chartLegend } from "../chart.js";

const PERIODS = ["day", "week", "month", "year"];

function table(head, rows) {
  return h(
    "div",
    { class: "table-wrap" },
    h("table", {}, h("thead", {}, h("tr", {}, head.map((c) => h("th", {}, c)))), h("tbody", {}, rows)),
  );
}

export async function actorView({ params, args }) {
  const code = args[0].toUpperCase();
  const by = PERIODS.includes(params.get("by")) ? params.get("by") : "month";
  const profile = await getJSON(`/api/actors/${encodeURIComponent(code)}`, { by });
  const width = Math.min(window.innerWidth || 1024, 1400) - 60;
  const periodLinks = PERIODS.map((p) =>
    p === by ? h("strong", {}, p) : navLink(`/actors/${encodeURIComponent(code)}`, { by: p }, p),
  );
  return h(
    "section",
    { class: "actor-view" },
    h("h1", {}, `${profile.label || code} (${code})`),
    h(
      "p",
      { class: "muted" },
      `${profile.n_events} events: ${profile.n_as_actor} as actor, ${profile.n_as_recipient} as recipient; `,
      `${profile.first_date || "?"} to ${profile.last_date || "?"} · `,
      navLink("/events", { actor: code }, "as actor"),
      " · ",
      navLink("/events", { recipient: code }, "as recipient"),
    ),
    h("p", { class: "links" }, "Period: ", periodLinks.flatMap((l, i) => (i ? [" · ", l] : [l]))),
    chartLegend(false, "mean Goldstein"),
    profile.timeline.length
      ? h(
          "figure",
          { class: "chart" },
          h("figcaption", {}, `All events of ${code} by ${by}`),
          dyadChart(profile.timeline, {
            title: `${code} by ${by}`,
            width,
            line: (row) => row.goldstein_mean,
            lineLabel: "mean Goldstein",
          }),
        )
      : h("p", { class: "muted" }, "No dated events."),
    h("h2", {}, "Partners"),
    table(
      ["partner", "events", "as actor", "as recipient", "quad 1", "quad 2", "quad 3", "quad 4", "mean Goldstein", ""],
      profile.partners.map((p) =>
        h(
          "tr",
          {},
          h("td", {}, navLink(`/actors/${encodeURIComponent(p.code)}`, null, p.code)),
          h("td", {}, fmt(p.events)),
          h("td", {}, fmt(p.n_as_actor)),
          h("td", {}, fmt(p.n_as_recipient)),
          [1, 2, 3, 4].map((q) => h("td", {}, fmt(p[`quad${q}`]))),
          h("td", {}, fmt(p.goldstein_mean)),
          h("td", {}, navLink("/dyad", { a: code, b: p.code }, "dyad")),
        ),
      ),
    ),
    h("h2", {}, "Event mix"),
    table(
      ["event", "events", "as actor", "as recipient"],
      profile.event_mix.map((m) =>
        h(
          "tr",
          {},
          h("td", {}, navLink("/events", { actor: code, event: m.event }, m.event)),
          h("td", {}, fmt(m.events)),
          h("td", {}, fmt(m.n_as_actor)),
          h("td", {}, fmt(m.n_as_recipient)),
        ),
      ),
    ),
    h("p", { class: "links" }, h("a", { href: apiURL(`/api/actors/${encodeURIComponent(code)}`, { by }) }, "JSON")),
  );
}

// Dyad view: two actors, quad-class bars and the net-cooperation line per period.
import { h, clear, navLink, withQuery } from "../dom.js";
import { getJSON, apiURL } from "../api.js";
import { dyadChart, chartLegend } from "../chart.js";
import { eventTable } from "../events-list.js";

const PERIODS = ["day", "week", "month", "year"];

function isoDay(date) {
  return date.toISOString().slice(0, 10);
}

// The first and last day of a period as the API names it ("2022", "2022-01", "2022-01-03",
// "2022-W03"; a week given as a date is the week starting that day).
export function periodRange(period, by) {
  const week = /^(\d{4})-W(\d{2})$/.exec(period);
  if (week) {
    const jan4 = new Date(Date.UTC(+week[1], 0, 4));
    const monday = new Date(jan4);
    monday.setUTCDate(jan4.getUTCDate() - ((jan4.getUTCDay() + 6) % 7) + (+week[2] - 1) * 7);
    const sunday = new Date(monday);
    sunday.setUTCDate(monday.getUTCDate() + 6);
    return [isoDay(monday), isoDay(sunday)];
  }
  if (by === "week" && /^\d{4}-\d{2}-\d{2}$/.test(period)) {
    const start = new Date(`${period}T00:00:00Z`);
    const end = new Date(start);
    end.setUTCDate(start.getUTCDate() + 6);
    return [period, isoDay(end)];
  }
  return [period, period];
}

function settings(params) {
  const by = PERIODS.includes(params.get("by")) ? params.get("by") : "month";
  return {
    a: (params.get("a") || "").toUpperCase(),
    b: (params.get("b") || "").toUpperCase(),
    by,
    directed: params.get("directed") !== "false",
    normalise: params.get("normalise") === "true",
    since: params.get("since") || "",
    until: params.get("until") || "",
  };
}

function query(st) {
  return {
    a: st.a,
    b: st.b,
    by: st.by,
    directed: st.directed ? null : "false",
    normalise: st.normalise ? "true" : null,
    since: st.since,
    until: st.until,
  };
}

function form(st, actors, navigate) {
  const options = h("datalist", { id: "actor-codes" }, actors.map((a) => h("option", { value: a.code }, a.label || a.code)));
  const field = (name, labelText, input) => h("label", { class: "field" }, h("span", {}, labelText), input);
  const f = h(
    "form",
    { class: "controls", id: "dyad-form" },
    options,
    field("a", "Actor A", h("input", { name: "a", value: st.a, list: "actor-codes", required: true, size: 6, autocomplete: "off" })),
    field("b", "Actor B", h("input", { name: "b", value: st.b, list: "actor-codes", required: true, size: 6, autocomplete: "off" })),
    field("by", "Period", h("select", { name: "by" }, PERIODS.map((p) => h("option", { value: p, selected: p === st.by }, p)))),
    field("since", "Since", h("input", { name: "since", value: st.since, placeholder: "YYYY-MM", size: 10 })),
    field("until", "Until", h("input", { name: "until", value: st.until, placeholder: "YYYY-MM", size: 10 })),
    h("label", { class: "check" }, h("input", { type: "checkbox", name: "directed", checked: st.directed }), " directed"),
    h("label", { class: "check" }, h("input", { type: "checkbox", name: "normalise", checked: st.normalise }), " normalised"),
    h("button", { type: "submit" }, "Show"),
  );
  const submit = (event) => {
    if (event) event.preventDefault();
    const data = new FormData(f);
    const next = {
      a: String(data.get("a") || "").trim().toUpperCase(),
      b: String(data.get("b") || "").trim().toUpperCase(),
      by: String(data.get("by")),
      directed: data.get("directed") === "on",
      normalise: data.get("normalise") === "on",
      since: String(data.get("since") || "").trim(),
      until: String(data.get("until") || "").trim(),
    };
    navigate(withQuery("/dyad", query(next)));
  };
  f.addEventListener("submit", submit);
  for (const name of ["by", "directed", "normalise"]) {
    f.elements[name].addEventListener("change", () => (f.elements.a.value && f.elements.b.value ? submit() : null));
  }
  return f;
}

async function listPeriodEvents(row, st, panel) {
  const [since, until] = periodRange(row.period, st.by);
  const pairs = row.direction.includes("<->")
    ? [[st.a, st.b], [st.b, st.a]]
    : [row.direction.split("->")];
  clear(panel).append(h("p", { class: "muted" }, "Loading events…"));
  const answers = await Promise.all(
    pairs.map(([actor, recipient]) => getJSON("/api/events", { actor, recipient, since, until, status: "occurred", limit: 200 })),
  );
  const seen = new Map();
  for (const answer of answers) for (const e of answer.events) seen.set(e.id, e);
  const events = [...seen.values()].sort((x, y) => String(y.date).localeCompare(String(x.date)));
  clear(panel).append(
    h("h2", {}, `${row.direction.replace("->", " → ").replace("<->", " ↔ ")}, ${row.period}: ${events.length} event(s)`),
    events.length ? eventTable(events) : h("p", { class: "muted" }, "No events in this period."),
    h("p", {}, navLink("/events", { actor: pairs[0][0], recipient: pairs[0][1], since, until }, "open in the events view")),
  );
  panel.scrollIntoView({ block: "nearest" });
}

export async function dyadView({ params, navigate }) {
  const st = settings(params);
  const actors = (await getJSON("/api/actors", { limit: 500 })).actors;
  const root = h("section", { class: "dyad" }, h("h1", {}, "Dyad"), form(st, actors, navigate));
  if (!st.a || !st.b) {
    root.append(h("p", { class: "muted" }, "Pick two actors (country codes such as TUR and ISR)."));
    return root;
  }
  const data = await getJSON("/api/dyad", query(st));
  const directions = [...new Set(data.rows.map((r) => r.direction))];
  if (!directions.length) directions.push(st.directed ? `${st.a}->${st.b}` : `${st.a}<->${st.b}`);
  const panel = h("div", { class: "period-events", id: "period-events" });
  const charts = h("div", { class: `charts n${directions.length}` });
  const room = Math.min(window.innerWidth || 1024, 1400) - 60;
  const width = room > 800 ? room / directions.length - 20 : room;
  for (const direction of directions) {
    const rows = data.rows.filter((r) => r.direction === direction);
    const total = rows.reduce((n, r) => n + (r.events || 0), 0);
    const nice = direction.replace("<->", " ↔ ").replace("->", " → ");
    charts.append(
      h(
        "figure",
        { class: "chart", "data-direction": direction },
        h("figcaption", {}, `${nice}: ${total} event(s), ${rows.length} ${st.by}(s)`),
        rows.length
          ? dyadChart(rows, { normalise: st.normalise, title: `${nice} by ${st.by}`, width, onBarClick: (row) => listPeriodEvents(row, st, panel) })
          : h("p", { class: "muted" }, "No events."),
      ),
    );
  }
  root.append(
    chartLegend(st.normalise),
    charts,
    h(
      "p",
      { class: "links" },
      "Click a bar to list its events. ",
      h("a", { href: apiURL("/api/dyad", { ...query(st), format: "csv" }), download: "" }, "Download CSV"),
      " · ",
      navLink("/events", { actor: st.a, recipient: st.b, since: st.since, until: st.until }, `${st.a} → ${st.b} events`),
      " · ",
      navLink("/dyad", query({ ...st, a: st.b, b: st.a }), "swap"),
    ),
    panel,
  );
  return root;
}

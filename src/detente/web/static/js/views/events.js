// Events view: a table with facets; every filter lives in the URL, downloads use the same filters.
import { h, navLink, withQuery, fmt } from "../dom.js";
import { getJSON, apiURL } from "../api.js";
import { eventTable, QUAD_NAMES } from "../events-list.js";

export const FILTERS = ["actor", "recipient", "event", "mode", "context", "quad", "status", "since", "until", "text", "article_id", "precision", "historical"];
const FACET_TITLES = {
  event: "event type",
  mode: "mode",
  quad: "quad class",
  actor: "actor country",
  recipient: "recipient country",
  context: "context",
  status: "status",
  precision: "date precision",
};
const PAGE = 50;

function currentFilters(params) {
  const filters = {};
  for (const name of FILTERS) {
    const value = params.get(name);
    if (value !== null && value !== "") filters[name] = value;
  }
  return filters;
}

function facetBox(name, values, filters) {
  const active = filters[name];
  return h(
    "details",
    { class: "facet", open: true, "data-facet": name },
    h("summary", {}, FACET_TITLES[name] || name),
    h(
      "ul",
      {},
      values.map(({ value, count }) => {
        const text = name === "quad" ? `${value} ${QUAD_NAMES[value] || ""}` : String(value);
        const isActive = String(active) === String(value);
        const next = { ...filters, [name]: isActive ? null : value };
        return h("li", { class: isActive ? "active" : null }, navLink("/events", next, text), h("span", { class: "count" }, fmt(count)));
      }),
    ),
  );
}

export async function eventsView({ params, navigate }) {
  const filters = currentFilters(params);
  const offset = Math.max(0, parseInt(params.get("offset") || "0", 10) || 0);
  const sort = params.get("sort") || "date";
  const order = params.get("order") || "desc";
  const [page, facets] = await Promise.all([
    getJSON("/api/events", { ...filters, limit: PAGE, offset, sort, order }),
    getJSON("/api/facets", filters),
  ]);
  const search = h(
    "form",
    { class: "controls", id: "events-search" },
    h("label", { class: "field" }, h("span", {}, "Words in the sentence"), h("input", { name: "text", value: filters.text || "", type: "search" })),
    h("label", { class: "field" }, h("span", {}, "Since"), h("input", { name: "since", value: filters.since || "", placeholder: "YYYY-MM", size: 10 })),
    h("label", { class: "field" }, h("span", {}, "Until"), h("input", { name: "until", value: filters.until || "", placeholder: "YYYY-MM", size: 10 })),
    h("button", { type: "submit" }, "Filter"),
  );
  search.addEventListener("submit", (e) => {
    e.preventDefault();
    const data = new FormData(search);
    navigate(withQuery("/events", { ...filters, text: data.get("text"), since: data.get("since"), until: data.get("until") }));
  });
  const chips = Object.entries(filters).map(([k, v]) =>
    h("span", { class: "chip" }, `${k}: ${v} `, navLink("/events", { ...filters, [k]: null }, h("span", { "aria-label": `remove ${k}` }, "×"))),
  );
  const last = Math.min(offset + page.events.length, page.total);
  const pager = h(
    "p",
    { class: "pager" },
    offset > 0 ? navLink("/events", { ...filters, sort, order, offset: Math.max(0, offset - PAGE) }, "← newer") : null,
    ` ${page.total ? offset + 1 : 0}–${last} of ${page.total} `,
    last < page.total ? navLink("/events", { ...filters, sort, order, offset: offset + PAGE }, "older →") : null,
  );
  return h(
    "section",
    { class: "events-view" },
    h("h1", {}, "Events"),
    search,
    h("div", { class: "chips" }, chips),
    h(
      "div",
      { class: "with-sidebar" },
      h("aside", { class: "facets" }, Object.keys(FACET_TITLES).filter((k) => facets.facets[k]).map((k) => facetBox(k, facets.facets[k], filters))),
      h(
        "div",
        { class: "main-col" },
        h(
          "p",
          { class: "links" },
          "Download: ",
          h("a", { href: apiURL("/api/events", { ...filters, sort, order, format: "csv" }), download: "", id: "download-csv" }, "CSV"),
          " · ",
          h("a", { href: apiURL("/api/events", { ...filters, sort, order, format: "jsonl" }), download: "", id: "download-jsonl" }, "JSONL"),
          filters.actor && filters.recipient ? [" · ", navLink("/dyad", { a: filters.actor, b: filters.recipient }, "dyad view")] : null,
        ),
        pager,
        page.events.length ? eventTable(page.events) : h("p", { class: "muted" }, "No events match these filters."),
      ),
    ),
  );
}

// One event: its fields and every sentence that reports it, with the spans highlighted.
import { h, navLink } from "../dom.js";
import { getJSON } from "../api.js";
import { eventCard } from "../events-list.js";
import { collectSpans, highlightedText, legend } from "../highlight.js";

export async function eventView({ args }) {
  const event = await getJSON(`/api/events/${encodeURIComponent(args[0])}`);
  const mentions = event.mentions && event.mentions.length ? event.mentions : [event.evidence];
  return h(
    "section",
    { class: "event-view" },
    h("h1", {}, `${event.event}${event.mode ? ` · ${event.mode}` : ""}`),
    h(
      "div",
      { class: "with-sidebar wide-side" },
      h("aside", {}, eventCard(event, { linkArticle: true })),
      h(
        "div",
        { class: "main-col" },
        h("h2", {}, `Reported in ${mentions.length} sentence(s)`),
        legend(),
        mentions.map((m) => {
          const spans = collectSpans([{ evidence: m }], null);
          return h(
            "blockquote",
            { class: "mention" },
            highlightedText(m.text || "", spans, { offset: m.start || 0, className: "sentence-text" }),
            h(
              "footer",
              {},
              m.article_id ? navLink(`/articles/${encodeURIComponent(m.article_id)}`, null, m.title || m.article_id) : null,
              m.published ? ` · ${m.published}` : "",
            ),
          );
        }),
      ),
    ),
  );
}

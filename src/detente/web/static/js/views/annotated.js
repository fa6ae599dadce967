// Text and its events side by side; hovering an event card emphasises its spans.
import { h } from "../dom.js";
import { eventCard } from "../events-list.js";
import { collectSpans, highlightedText, legend, focusEvent } from "../highlight.js";

export function annotatedText(text, events, articleId, { linkArticle = false, linkEvent = true } = {}) {
  const box = highlightedText(text, collectSpans(events, articleId));
  const focus = (index) => focusEvent(box, index);
  return h(
    "div",
    { class: "with-sidebar wide-side annotated" },
    h("div", { class: "main-col" }, legend(), box),
    h(
      "aside",
      { class: "event-cards" },
      h("h2", {}, `${events.length} event(s)`),
      events.map((e, i) => eventCard(e, { index: i, linkArticle, linkEvent, onFocus: focus })),
    ),
  );
}

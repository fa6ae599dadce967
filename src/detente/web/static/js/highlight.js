// Article text with the spans of its events highlighted (like displaCy), built from text nodes.
//
// Offsets from the API count Unicode code points (Python's str), so the text is cut as an
// array of code points, not as UTF-16 units.
import { h } from "./dom.js";

export const ROLES = ["actor", "trigger", "recipient", "date"];
const PRIORITY = { trigger: 4, date: 3, recipient: 2, actor: 1 };
const ROLE_LABEL = { actor: "actor", trigger: "trigger", recipient: "recipient", date: "date" };

function evidencesIn(event, articleId) {
  const all = [event.evidence, ...(event.mentions || [])].filter(Boolean);
  return all.filter((ev) => !articleId || !ev.article_id || ev.article_id === articleId);
}

// Every span of every event, as {start, end, role, event}.
export function collectSpans(events, articleId) {
  const spans = [];
  events.forEach((event, index) => {
    for (const ev of evidencesIn(event, articleId)) {
      const add = (span, role) => {
        if (span && Number.isInteger(span.start) && Number.isInteger(span.end) && span.end > span.start) {
          spans.push({ start: span.start, end: span.end, role, event: index });
        }
      };
      add(ev.trigger, "trigger");
      (ev.actors || []).forEach((sp) => add(sp, "actor"));
      (ev.recipients || []).forEach((sp) => add(sp, "recipient"));
      add(ev.date, "date");
    }
  });
  return spans;
}

// Cut `text` at every span boundary; each piece knows which roles and events cover it.
export function segments(text, spans, offset = 0) {
  const chars = Array.from(text);
  const cuts = new Set([0, chars.length]);
  for (const sp of spans) {
    cuts.add(Math.max(0, Math.min(chars.length, sp.start - offset)));
    cuts.add(Math.max(0, Math.min(chars.length, sp.end - offset)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces = [];
  for (let i = 0; i < points.length - 1; i++) {
    const from = points[i];
    const to = points[i + 1];
    if (to <= from) continue;
    const covering = spans.filter((sp) => sp.start - offset <= from && sp.end - offset >= to);
    pieces.push({ text: chars.slice(from, to).join(""), spans: covering });
  }
  return pieces;
}

// A <div> with the text; highlighted pieces are <mark class="hl hl-ROLE" data-events="0 2">.
export function highlightedText(text, spans, { offset = 0, className = "article-text" } = {}) {
  const box = h("div", { class: className });
  for (const piece of segments(text, spans, offset)) {
    if (!piece.spans.length) {
      box.append(document.createTextNode(piece.text));
      continue;
    }
    const role = piece.spans.reduce((best, sp) =>
      PRIORITY[sp.role] > PRIORITY[best.role] ? sp : best,
    ).role;
    const events = [...new Set(piece.spans.map((sp) => sp.event))];
    const roles = [...new Set(piece.spans.map((sp) => sp.role))];
    box.append(
      h(
        "mark",
        {
          class: `hl hl-${role}`,
          "data-role": role,
          "data-events": events.join(" "),
          title: roles.map((r) => ROLE_LABEL[r]).join(", "),
        },
        piece.text,
      ),
    );
  }
  return box;
}

export function legend() {
  return h(
    "div",
    { class: "legend" },
    ROLES.map((role) => h("span", { class: `hl hl-${role}` }, ROLE_LABEL[role])),
  );
}

// Emphasise the marks of one event (or none) in a highlighted box.
export function focusEvent(box, index) {
  for (const mark of box.querySelectorAll("mark.hl")) {
    const events = (mark.dataset.events || "").split(" ");
    mark.classList.toggle("focus", index !== null && events.includes(String(index)));
    mark.classList.toggle("dim", index !== null && !events.includes(String(index)));
  }
}

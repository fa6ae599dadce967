// Code a text: paste an article and its date, see the events and highlights at once.
import { h, clear } from "../dom.js";
import { postJSON, errorBox } from "../api.js";
import { annotatedText } from "./annotated.js";

export async function codeView({ params }) {
  const today = new Date().toISOString().slice(0, 10);
  const result = h("div", { id: "code-result" });
  const f = h(
    "form",
    { class: "code-form", id: "code-form" },
    h("label", { class: "field wide" }, h("span", {}, "Article text"), h("textarea", { name: "text", rows: 10, required: true, placeholder: "Paste a news article…" })),
    h(
      "div",
      { class: "controls" },
      h("label", { class: "field" }, h("span", {}, "Published"), h("input", { name: "published", type: "date", value: params.get("published") || today, required: true })),
      h("label", { class: "field" }, h("span", {}, "Title (optional)"), h("input", { name: "title" })),
      h("button", { type: "submit" }, "Code it"),
    ),
  );
  f.addEventListener("submit", async (event) => {
    event.preventDefault();
    const data = new FormData(f);
    const button = f.querySelector("button");
    button.disabled = true;
    clear(result).append(h("p", { class: "muted" }, "Coding…"));
    try {
      const answer = await postJSON("/api/code", {
        text: String(data.get("text")),
        published: String(data.get("published")),
        title: String(data.get("title") || "") || null,
      });
      clear(result).append(annotatedText(answer.text, answer.events, null, { linkEvent: false }));
    } catch (err) {
      clear(result).append(errorBox(err));
    } finally {
      button.disabled = false;
    }
  });
  return h("section", { class: "code-view" }, h("h1", {}, "Code a text"), h("p", { class: "muted" }, "Nothing is stored; the events are coded on the server and shown here."), f, result);
}

// Article view: the text with actors, triggers, recipients and dates highlighted, events beside it.
import { h, safeHref } from "../dom.js";
import { getJSON } from "../api.js";
import { annotatedText } from "./annotated.js";

export async function articleView({ args }) {
  const article = await getJSON(`/api/articles/${encodeURIComponent(args[0])}`);
  const href = safeHref(article.url);
  const meta = [
    article.published ? `published ${article.published}` : null,
    article.source ? `source ${article.source}` : null,
    `id ${article.id}`,
  ].filter(Boolean);
  return h(
    "section",
    { class: "article-view" },
    h("h1", {}, article.title || article.id),
    h("p", { class: "muted" }, meta.join(" · "), href ? [" · ", h("a", { href, rel: "noopener noreferrer nofollow", target: "_blank" }, "original")] : null),
    annotatedText(article.text || "", article.events || [], article.id),
  );
}

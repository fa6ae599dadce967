// The explorer's router: every view is a URL; links marked data-nav change views in place.
import { h, clear } from "./dom.js";
import { errorBox } from "./api.js";
import { overviewView } from "./views/overview.js";
import { dyadView } from "./views/dyad.js";
import { eventsView } from "./views/events.js";
import { eventView } from "./views/event.js";
import { articleView } from "./views/article.js";
import { codeView } from "./views/code.js";
import { actorView } from "./views/actor.js";

const ROUTES = [
  [/^\/$/, overviewView],
  [/^\/dyad\/?$/, dyadView],
  [/^\/events\/?$/, eventsView],
  [/^\/events\/([^/]+)$/, eventView],
  [/^\/articles\/([^/]+)$/, articleView],
  [/^\/code\/?$/, codeView],
  [/^\/actors\/([^/]+)$/, actorView],
];

export function navigate(url, { replace = false } = {}) {
  if (replace) history.replaceState(null, "", url);
  else history.pushState(null, "", url);
  render();
}

let renderCount = 0;

async function render() {
  const main = document.getElementById("view");
  const path = window.location.pathname;
  const params = new URLSearchParams(window.location.search);
  const ticket = ++renderCount;
  for (const a of document.querySelectorAll("header nav a")) {
    const target = a.getAttribute("href");
    a.classList.toggle("active", target === "/" ? path === "/" : path.startsWith(target));
  }
  for (const [pattern, view] of ROUTES) {
    const match = path.match(pattern);
    if (!match) continue;
    const args = match.slice(1).map(decodeURIComponent);
    try {
      const node = await view({ params, args, navigate });
      if (ticket === renderCount) clear(main).append(node);
    } catch (err) {
      if (ticket === renderCount) clear(main).append(errorBox(err));
    }
    document.body.dataset.view = view.name;
    return;
  }
  clear(main).append(h("div", { class: "error" }, `No view at ${path}.`));
}

document.addEventListener("click", (event) => {
  const link = event.target.closest("a[data-nav]");
  if (!link || event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
  event.preventDefault();
  navigate(link.getAttribute("href"));
});
window.addEventListener("popstate", render);
render();

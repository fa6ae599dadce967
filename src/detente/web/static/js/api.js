// Talking to the HTTP API; errors arrive as {"error": {"code", "message", "detail"}}.
import { h, withQuery } from "./dom.js";

export class ApiError extends Error {
  constructor(status, body) {
    const err = (body && body.error) || {};
    super(err.message || `HTTP ${status}`);
    this.status = status;
    this.code = err.code || "http_error";
    this.detail = err.detail || null;
  }
}

async function answer(response) {
  let body = null;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  if (!response.ok) throw new ApiError(response.status, body);
  return body;
}

export async function getJSON(path, params) {
  return answer(await fetch(withQuery(path, params), { headers: { Accept: "application/json" } }));
}

export async function postJSON(path, payload) {
  return answer(
    await fetch(path, {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "application/json" },
      body: JSON.stringify(payload),
    }),
  );
}

export function apiURL(path, params) {
  return withQuery(path, params);
}

// A message box for an error, with the API's hint when there is one.
export function errorBox(err) {
  const box = h("div", { class: "error", role: "alert" }, h("strong", {}, err.message || String(err)));
  if (err instanceof ApiError && err.detail) {
    const hint = err.detail.hint;
    if (hint) box.append(h("p", {}, hint));
  }
  return box;
}

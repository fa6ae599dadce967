// The dyad chart, drawn as SVG by hand: diverging stacked bars of the four quad classes per
// period (cooperation up, conflict down) and a net-cooperation line (PLOVER score) on a
// second axis that shares the zero line.
import { h, s } from "./dom.js";
import { QUAD_NAMES } from "./events-list.js";

const HEIGHT = 280;
const MARGIN = { top: 30, right: 46, bottom: 44, left: 40 };
const MIN_SLOT = 12;

// The chart's width in SVG units is about its width on screen, so text keeps its size on a
// phone and on a wide monitor alike.
function plotWidthFor(targetWidth, n) {
  return Math.max(n * MIN_SLOT, Math.max(240, targetWidth) - MARGIN.left - MARGIN.right);
}

function niceMax(value, integers = false) {
  if (!(value > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of integers ? [1, 2, 5, 10] : [1, 2, 2.5, 5, 10]) {
    if (value <= step * power) return step * power;
  }
  return 10 * power;
}

function ticks(max, integers) {
  const count = integers && max <= 5 ? max : 2;
  return Array.from({ length: count + 1 }, (_, i) => (max * i) / count);
}

function label(value, normalise) {
  if (normalise) return `${Math.round(value * 100)}%`;
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

// Heights of the quad segments for one row: raw counts, or shares of the period's events.
function segmentValues(row, normalise) {
  const counts = [row.quad1 || 0, row.quad2 || 0, row.quad3 || 0, row.quad4 || 0];
  if (!normalise) return counts;
  const total = row.events || 0;
  const share = row.share || 0;
  return counts.map((c) => (total ? (c / total) * share : 0));
}

export function netValue(row, normalise) {
  const value = normalise ? row.plover_mean : row.plover_sum;
  return value === null || value === undefined ? null : value;
}

// rows: one series' rows in period order; `line(row)` gives the line's value (default: the
// PLOVER sum, or mean when normalised), `lineLabel` its axis title. Returns an <svg>.
export function dyadChart(
  rows,
  { normalise = false, title = "", onBarClick = null, width: screenWidth = 640, line: lineOf = null, lineLabel = null } = {},
) {
  const n = Math.max(rows.length, 1);
  const slot = plotWidthFor(screenWidth, n) / n;
  const plotWidth = slot * n;
  const width = MARGIN.left + plotWidth + MARGIN.right;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const mid = MARGIN.top + plotHeight / 2;
  const half = plotHeight / 2;

  const values = rows.map((r) => segmentValues(r, normalise));
  const up = values.map((v) => v[0] + v[1]);
  const down = values.map((v) => v[2] + v[3]);
  const barMax = niceMax(Math.max(0, ...up, ...down), !normalise);
  const nets = rows.map((r) => {
    const v = lineOf ? lineOf(r) : netValue(r, normalise);
    return v === null || v === undefined ? null : v;
  });
  const netMax = niceMax(Math.max(0, ...nets.filter((v) => v !== null).map(Math.abs)));
  const y = (v) => mid - (v / barMax) * half;
  const yNet = (v) => mid - (v / netMax) * half;

  const svg = s("svg", {
    class: "dyad-chart",
    viewBox: `0 0 ${width} ${HEIGHT}`,
    role: "img",
    "aria-label": title,
    "data-periods": rows.length,
  });
  svg.append(s("title", {}, title));

  // Axes and grid.
  const axis = s("g", { class: "axis" });
  for (const t of ticks(barMax, !normalise)) {
    for (const sign of t === 0 ? [1] : [1, -1]) {
      const yy = y(sign * t);
      axis.append(
        s("line", { x1: MARGIN.left, x2: MARGIN.left + plotWidth, y1: yy, y2: yy, class: t === 0 ? "zero" : "grid" }),
        s("text", { x: MARGIN.left - 4, y: yy + 4, "text-anchor": "end" }, label(t, normalise)),
      );
    }
  }
  for (const t of ticks(netMax, false)) {
    for (const sign of t === 0 ? [1] : [1, -1]) {
      axis.append(
        s("text", { x: MARGIN.left + plotWidth + 4, y: yNet(sign * t) + 4, class: "net-tick" }, label(sign * t, false)),
      );
    }
  }
  axis.append(
    s("text", { x: 4, y: 12, class: "axis-title" }, normalise ? "share ↑coop ↓conflict" : "events ↑coop ↓conflict"),
    s("text", { x: width - 4, y: 12, class: "axis-title net-tick", "text-anchor": "end" }, lineLabel || (normalise ? "mean score" : "net score")),
  );
  svg.append(axis);

  // Bars.
  const bars = s("g", { class: "bars" });
  const every = Math.ceil(rows.length / Math.max(1, Math.floor(plotWidth / 64)));
  rows.forEach((row, i) => {
    const x = MARGIN.left + i * slot;
    const v = values[i];
    const bar = s("g", {
      class: "bar",
      "data-period": row.period,
      "data-direction": row.direction,
      "data-events": row.events || 0,
      tabindex: onBarClick ? 0 : null,
    });
    const parts = Object.entries(QUAD_NAMES).map(([q, name]) => `${name} ${row[`quad${q}`] || 0}`);
    const net = nets[i];
    bar.append(
      s("title", {}, `${row.period}${row.direction ? ` ${row.direction}` : ""}: ${row.events || 0} events (${parts.join(", ")}); ${lineLabel || (normalise ? "mean score" : "net score")} ${net === null ? "–" : net.toFixed(1)}`),
      s("rect", { class: "hit", x, y: MARGIN.top, width: slot, height: plotHeight }),
    );
    let top = 0;
    [0, 1].forEach((q) => {
      if (v[q] <= 0) return;
      bar.append(s("rect", { class: `seg quad-${q + 1}`, x: x + slot * 0.2, width: slot * 0.6, y: y(top + v[q]), height: y(top) - y(top + v[q]) }));
      top += v[q];
    });
    let bottom = 0;
    [2, 3].forEach((q) => {
      if (v[q] <= 0) return;
      bar.append(s("rect", { class: `seg quad-${q + 1}`, x: x + slot * 0.2, width: slot * 0.6, y: y(-bottom), height: y(-bottom - v[q]) - y(-bottom) }));
      bottom += v[q];
    });
    if (onBarClick) {
      bar.addEventListener("click", () => onBarClick(row));
      bar.addEventListener("keydown", (e) => {
        if (e.key === "Enter" || e.key === " ") onBarClick(row);
      });
    }
    bars.append(bar);
    if (i % every === 0) {
      svg.append(
        s("text", { class: "period-label", x: x + slot / 2, y: HEIGHT - MARGIN.bottom + 14, "text-anchor": "middle" }, row.period),
      );
    }
  });
  svg.append(bars);

  // The net-cooperation line: one point per period that has a score; gaps where none.
  const line = s("g", { class: "net" });
  let d = "";
  let pen = false;
  rows.forEach((row, i) => {
    const value = nets[i];
    const x = MARGIN.left + i * slot + slot / 2;
    if (value === null) {
      pen = false;
      return;
    }
    d += `${pen ? "L" : "M"}${x.toFixed(1)},${yNet(value).toFixed(1)}`;
    pen = true;
    line.append(s("circle", { class: "net-point", cx: x, cy: yNet(value), r: 3, "data-period": row.period }, s("title", {}, `${row.period}: ${value.toFixed(1)}`)));
  });
  line.prepend(s("path", { class: "net-line", d: d || "M0,0" }));
  svg.append(line);
  return svg;
}

export function chartLegend(normalise, lineLabel = null) {
  return h(
    "div",
    { class: "chart-legend" },
    Object.entries(QUAD_NAMES).map(([q, name]) => h("span", {}, h("i", { class: `swatch quad-${q}` }), name)),
    h("span", {}, h("i", { class: "swatch net" }), lineLabel || (normalise ? "mean PLOVER score" : "net PLOVER score")),
  );
}

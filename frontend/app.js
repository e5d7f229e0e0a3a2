// logmr dashboard: sign in with the API token, watch jobs live over the WebSocket, submit jobs,
// and read a finished job's result as charts. Plain JavaScript, no build step.
"use strict";

const config = window.LOGMR_CONFIG || {};
const API = (config.api || "").replace(/\/$/, "");
const LIVE = config.live || `${location.protocol === "https:" ? "wss" : "ws"}://${location.host}/live`;
const LEVELS = ["DEBUG", "INFO", "WARN", "ERROR", "FATAL"];
const LEVEL_COLOURS = { DEBUG: "#94a3b8", INFO: "#3b82f6", WARN: "#f59e0b", ERROR: "#ef4444", FATAL: "#7f1d1d" };

const state = { token: null, jobs: new Map(), socket: null, retry: 0, shownJob: null };
const $ = (selector) => document.querySelector(selector);

function element(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (name === "class") node.className = value;
    else if (name === "style") node.style.cssText = value; // CSSOM: allowed by the CSP (style-src 'self')
    else node.setAttribute(name, value);
  }
  for (const child of children) node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  return node;
}

function banner(message) {
  const node = $("#banner");
  node.textContent = message || "";
  node.hidden = !message;
}

async function api(method, path, body) {
  const response = await fetch(API + path, {
    method,
    headers: { Authorization: `Bearer ${state.token}`, "Content-Type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const data = await response.json().catch(() => ({}));
  if (response.status === 401) {
    signOut("That token was refused: sign in again.");
    throw new Error("unauthorized");
  }
  if (!response.ok) throw new Error(data.message || `${method} ${path} failed (${response.status})`);
  return data;
}

// ---- signing in --------------------------------------------------------------------------
function signIn(token) {
  state.token = token;
  sessionStorage.setItem("logmr-token", token);
  $("#sign-in").hidden = true;
  $("#sign-out").hidden = false;
  banner("");
  start();
}

function signOut(message) {
  sessionStorage.removeItem("logmr-token");
  state.token = null;
  if (state.socket) state.socket.close();
  $("#sign-in").hidden = false;
  $("#sign-out").hidden = true;
  $("#jobs-view").hidden = true;
  $("#job-view").hidden = true;
  $("#connection").hidden = true;
  banner(message || "");
}

// ---- live updates ------------------------------------------------------------------------
function connect() {
  const socket = new WebSocket(`${LIVE}?token=${encodeURIComponent(state.token)}&job=*`);
  state.socket = socket;
  const pill = $("#connection");
  pill.hidden = false;
  socket.onopen = () => {
    state.retry = 0;
    pill.textContent = "live";
    pill.className = "pill live";
    banner("");
    // Subscribed from here on: read the list again, for what changed before (or while offline).
    refreshJobs().catch((e) => banner(`Cannot reach the job API: ${e.message}`));
  };
  socket.onmessage = (event) => {
    const message = JSON.parse(event.data);
    if (message.type === "job") upsert(message.job);
    else if (message.type === "error") banner(message.message);
  };
  socket.onclose = () => {
    if (!state.token || state.socket !== socket) return;
    pill.textContent = "reconnecting";
    pill.className = "pill lost";
    banner("Lost the live connection to the server; reconnecting…");
    const delay = Math.min(30000, 500 * 2 ** state.retry++);
    setTimeout(() => state.token && connect(), delay);
  };
}

// ---- jobs list ---------------------------------------------------------------------------
function progress(done, total) {
  const share = total ? Math.min(100, Math.round((100 * done) / total)) : 0;
  return element("div", { class: "bar", role: "progressbar", "aria-valuenow": share, "aria-valuemin": 0,
                          "aria-valuemax": 100 },
    element("span", { style: `width:${share}%` }), element("em", {}, `${done}/${total || "?"}`));
}

function elapsedSeconds(job) {
  const start = Date.parse(job.created_at);
  const end = job.finished_at ? Date.parse(job.finished_at) : Date.now();
  return Math.max(0.001, (end - start) / 1000);
}

async function refreshJobs() {
  const { jobs } = await api("GET", "/jobs?limit=50");
  jobs.forEach((job) => upsert(job, false));
  renderJobs();
}

// A job document from the API or the socket; an older copy than the one shown is ignored.
function upsert(job, render = true) {
  const known = state.jobs.get(job.job_id);
  if (known && known.updated_at > job.updated_at) return;
  state.jobs.set(job.job_id, job);
  if (render) renderJobs();
  if (state.shownJob === job.job_id) showJob(job.job_id, false);
}

function renderJobs() {
  const body = $("#jobs tbody");
  const jobs = [...state.jobs.values()].sort((a, b) => (a.created_at < b.created_at ? 1 : -1));
  body.replaceChildren(...jobs.map((job) => {
    const c = job.counters || {};
    const seconds = elapsedSeconds(job);
    const link = element("a", { href: `#/jobs/${job.job_id}` }, job.job_id);
    const cancel = element("button", { type: "button", class: "cancel" }, "Cancel");
    cancel.onclick = () => api("DELETE", `/jobs/${job.job_id}`).then(upsert).catch((e) => banner(e.message));
    const row = element("tr", { "data-job": job.job_id },
      element("td", {}, link, element("div", { class: "hint" }, job.analysis)),
      element("td", {}, element("span", { class: `status ${job.status}` }, job.status)),
      element("td", {}, progress(c.splits_done || 0, c.splits_total || 0)),
      element("td", {}, progress(c.partitions_done || 0, c.partitions_total || 0)),
      element("td", { class: "num" }, Math.round((c.records || 0) / seconds).toLocaleString()),
      element("td", { class: "num" }, `${seconds.toFixed(1)} s`),
      element("td", {}, ["PENDING", "RUNNING"].includes(job.status) ? cancel : ""));
    return row;
  }));
  $("#no-jobs").hidden = jobs.length > 0;
}

// ---- submitting --------------------------------------------------------------------------
async function loadAnalyses() {
  const { analyses, default_presentation: defaultPresentation } = await api("GET", "/analyses");
  state.defaultPresentation = defaultPresentation;
  $("#analysis").replaceChildren(...analyses.map((a) => element("option", { value: a.name, title: a.description }, a.name)));
  state.analyses = new Map(analyses.map((a) => [a.name, a]));
  describeAnalysis();
}

async function submitJob(event) {
  event.preventDefault();
  const error = $("#submit-error");
  error.textContent = "";
  let options;
  try {
    options = JSON.parse($("#options").value || "{}");
  } catch {
    error.textContent = "Options must be a JSON object, e.g. {\"min_length\": 3}";
    return;
  }
  const body = {
    analysis: $("#analysis").value,
    inputs: $("#inputs").value.split("\n").map((s) => s.trim()).filter(Boolean),
    options,
  };
  const where = $("#where").value.split("\n").map((s) => s.trim()).filter(Boolean);
  if (where.length) body.where = where;
  if ($("#since").value.trim()) body.since = $("#since").value.trim();
  if ($("#until").value.trim()) body.until = $("#until").value.trim();
  if ($("#partitions").value) body.partitions = Number($("#partitions").value);
  if ($("#split-size").value) body.split_size = $("#split-size").value;
  if ($("#output-format").value !== "jsonl") body.output_format = $("#output-format").value;
  try {
    upsert(await api("POST", "/jobs", body));
  } catch (e) {
    error.textContent = e.message;
  }
}

// The chosen analysis: what it does and the options it takes, with their defaults.
function describeAnalysis() {
  const analysis = state.analyses && state.analyses.get($("#analysis").value);
  if (!analysis) return;
  const options = analysis.options.map((o) => `${o.name} (default ${JSON.stringify(o.default)}): ${o.description}`).join("; ");
  $("#analysis-help").textContent = `${analysis.description}${options ? ` Options: ${options}.` : ""}`;
}

// ---- one job -----------------------------------------------------------------------------
function table(node, rows) {
  node.replaceChildren(...rows.map(([k, v]) => element("tr", {}, element("th", {}, k), element("td", { class: "num" }, v))));
}

function barChart(title, items, format = (v) => v.toLocaleString()) {
  const max = Math.max(1, ...items.map((i) => i.value));
  return element("div", { class: "chart" }, element("h3", {}, title),
    ...items.map((item) => drillable(element("div", { class: "item" },
      element("span", { class: "label", title: item.label }, item.label),
      element("div", { class: "bar" }, element("span", { style: `width:${(100 * item.value) / max}%` })),
      element("span", { class: "num" }, format(item.value))), item.drill)));
}

// Drill-down: a click runs the shown job's analysis (or the drill's own) again, over its inputs, with these filters.
function drillable(node, drill) {
  if (!drill) return node;
  node.classList.add("drill");
  node.setAttribute("role", "button");
  node.setAttribute("tabindex", "0");
  node.title = `Run ${drill.analysis || "again"} with ${[...(drill.where || []), drill.since ? `since ${drill.since}` : ""].filter(Boolean).join(", ")}`;
  node.dataset.drill = JSON.stringify(drill);
  const go = () => drillDown(drill).catch((e) => banner(e.message));
  node.addEventListener("click", go);
  node.addEventListener("keydown", (event) => { if (event.key === "Enter") go(); });
  return node;
}

async function drillDown(drill) {
  const job = state.jobs.get(state.shownJob);
  const body = { analysis: job.analysis, inputs: job.inputs, options: job.options || {}, ...drill };
  const started = await api("POST", "/jobs", body);
  upsert(started);
  location.hash = `#/jobs/${started.job_id}`;
}

// A view's `drill_analysis` runs another analysis over the clicked row (templates: parse).
const rowDrill = (view, row) => (view.drill && view.drill.length
  ? { where: view.drill.map((t) => filled(t, row)), ...(view.drill_analysis ? { analysis: view.drill_analysis } : {}) }
  : null);

// ---- a job's summary, shown as its analysis describes it (job/presentation.py, GET /analyses) --
// The same paths, templates and formats as the terminal's renderer (cli/render.py).
function valueAt(item, path) {
  if (Array.isArray(path)) {
    const values = path.map((one) => valueAt(item, one));
    const present = values.filter((v) => v != null);
    if (present.length && present.every((v) => typeof v === "number")) return present.reduce((a, b) => a + b, 0);
    return values.map((v) => (v == null ? "" : String(v))).join(" ");
  }
  for (const step of path ? path.split(".") : []) {
    if (Array.isArray(item)) item = /^\d+$/.test(step) ? item[Number(step)] : undefined;
    else if (item && typeof item === "object" && Object.hasOwn(item, step)) item = item[step];
    else return null;
  }
  return item === undefined ? null : item;
}

function rowsAt(summary, path) {
  const rows = valueAt(summary, path);
  if (Array.isArray(rows)) return rows;
  return rows && typeof rows === "object" ? Object.entries(rows) : [];
}

const NUMBER = (digits) => ({ minimumFractionDigits: digits, maximumFractionDigits: digits });

function duration(seconds) {
  for (const [unit, size] of [["d", 86400], ["h", 3600], ["m", 60]]) {
    if (seconds && seconds % size === 0) return `${seconds / size}${unit}`;
  }
  return `${seconds}s`;
}

function formatted(value, how = "text") {
  const [name, digits] = how.split(":");
  if (value == null) return { ms: "-", count: "0", compact: "0" }[name] ?? "";
  const number = typeof value === "number";
  if (name === "count" && number) return value.toLocaleString("en-US", NUMBER(Number.isInteger(value) ? 0 : 1));
  if (name === "compact" && number) {
    if (value < 1e5) return formatted(value, "count");
    return value < 1e6 ? `${(value / 1e3).toFixed(1)}k` : `${(value / 1e6).toFixed(2)}M`;
  }
  if (name === "percent" && number) return `${(100 * value).toFixed(digits ? Number(digits) : 2)}%`;
  if (name === "ms" && number) return value.toLocaleString("en-US", NUMBER(1));
  if (name === "top" && value && typeof value === "object" && !Array.isArray(value)) {
    return Object.entries(value).slice(0, Number(digits || 3)).map(([k, n]) => `${k} ${formatted(n, "count")}`).join(", ");
  }
  if (name === "duration" && number) return duration(value);
  if (name === "time" && typeof value === "string") return value.replace("T", " ").replace(/Z$/, "");
  if (name === "regex" && typeof value === "string") return templateRegex(value);
  if (name === "route" && typeof value === "string") return routeRegex(value);
  if (name === "quoted") return `"${String(value).replaceAll('"', "")}"`;
  if (Array.isArray(value)) return value.map((v) => (v == null ? "-" : String(v))).join(" | ");
  return String(value);
}

// As Python's re.escape, then the template's variables as \\S+ (job/presentation.py's `regex`).
const reEscape = (text) => text.replace(/[()[\]{}?*+\-|^$\\.&~# \t\n\r\v\f]/g, "\\$&");
function templateRegex(template) {
  return `^${template.split(/<(?:\*|[A-Z]+)>/).map((part) => reEscape(part).replaceAll("\\ ", "\\s+")).join("\\S+")}(?:\\s|$)`;
}
function routeRegex(route) {
  return `^${route.split(/:(?:id|uuid|hex)/).map(reEscape).join("[^/]+")}(?:\\?.*)?$`;
}

function filled(template, item, extra = {}) {
  return template.replace(/\{([@\w.]+)(?:\|([\w:]+))?\}/g, (_, path, how) =>
    formatted(path.startsWith("@") ? extra[path.slice(1)] : valueAt(item, path), how || "text"));
}

// A time series in at most `most` rows: runs of consecutive rows merged, numbers summed.
function folded(rows, most) {
  const perRow = Math.max(1, Math.ceil(rows.length / most));
  const merge = (items) => {
    const first = items.find((i) => i != null);
    if (first && typeof first === "object" && !Array.isArray(first)) {
      const keys = [...new Set(items.flatMap((i) => (i && typeof i === "object" ? Object.keys(i) : [])))];
      return Object.fromEntries(keys.map((k) => [k, merge(items.map((i) => (i || {})[k]))]));
    }
    return typeof first === "number" ? items.reduce((a, b) => a + (typeof b === "number" ? b : 0), 0) : first;
  };
  const merged = [];
  for (let i = 0; i < rows.length; i += perRow) merged.push(merge(rows.slice(i, i + perRow)));
  return [merged, perRow];
}

// The levels' colours; a click on a level runs the job over that level's records.
function levelLegend() {
  return element("div", { class: "legend" }, ...LEVELS.map((l) => drillable(
    element("span", { "data-level": l }, element("i", { style: `background:${LEVEL_COLOURS[l]}` }), l), { where: [`level=${l}`] })));
}

const VIEWS = {
  text(view, summary) {
    if (view.when && !valueAt(summary, view.when)) return "";
    return element("p", { class: "headline" }, filled(view.template, summary));
  },
  bars(view, summary) {
    const items = rowsAt(summary, view.rows).slice(0, view.limit ?? 20).map((row) => ({
      label: formatted(valueAt(row, view.label), view.label_format || "text"),
      value: Number(valueAt(row, view.value)) || 0,
      drill: rowDrill(view, row),
    }));
    return items.length ? barChart(view.title, items, (v) => formatted(v, view.format || "count")) : "";
  },
  stacked(view, summary) {
    const rows = rowsAt(summary, view.rows).slice(0, view.limit ?? 20);
    const max = Math.max(1, ...rows.map((r) => valueAt(r, view.total) || 0));
    return element("div", { class: "chart" }, element("h3", {}, view.title), levelLegend(),
      ...rows.map((row) => {
        const label = formatted(valueAt(row, view.label));
        const total = valueAt(row, view.total) || 0;
        const parts = valueAt(row, view.parts) || {};
        return drillable(element("div", { class: "item" },
          element("span", { class: "label", title: label }, label),
          element("div", { class: "stack", style: `width:${(100 * total) / max}%` },
            ...LEVELS.filter((l) => parts[l]).map((l) => element("span", {
              title: `${l}: ${parts[l]}`, style: `width:${(100 * parts[l]) / total}%;background:${LEVEL_COLOURS[l]}` }))),
          element("span", { class: "num" }, filled(view.note || "", row))), rowDrill(view, row));
      }));
  },
  histogram(view, summary) {
    const rows = rowsAt(summary, view.rows);
    const max = Math.max(1, ...rows.map((p) => valueAt(p, view.total) || 0));
    return element("div", { class: "chart" }, element("h3", {}, filled(view.title, summary)), levelLegend(),
      element("div", { class: "timeline", role: "img", "aria-label": `records over time, ${rows.length} points` },
        ...rows.map((p) => {
          const total = valueAt(p, view.total) || 0;
          const parts = valueAt(p, view.parts) || {};
          const start = valueAt(p, view.time);
          const seconds = valueAt(summary, view.interval) || 60;
          const until = new Date(Date.parse(start) + 1000 * seconds).toISOString().replace(".000Z", "Z");
          const column = element("div", { class: "column", title: `${start}: ${formatted(total, "count")} records` },
            element("div", { class: "column-stack", style: `height:${(100 * total) / max}%` },
              ...LEVELS.filter((l) => parts[l]).reverse().map((l) => element("span", {
                style: `height:${(100 * parts[l]) / total}%;background:${LEVEL_COLOURS[l]}` }))));
          return view.drill && total ? drillable(column, { since: start, until }) : column;
        })),
      element("div", { class: "axis" }, element("span", {}, valueAt(summary, view.first) || ""),
        element("span", {}, valueAt(summary, view.last) || "")));
  },
  samples(view, summary) {
    const rows = rowsAt(summary, view.rows).slice(0, view.limit ?? 10).filter((row) => {
      const samples = valueAt(row, view.samples);
      return Array.isArray(samples) ? samples.length : samples;
    });
    if (!rows.length) return "";
    return element("div", {}, element("h3", {}, view.title), ...rows.map((row) => {
      const samples = valueAt(row, view.samples);
      return element("div", {}, element("strong", {}, filled(view.heading, row)),
        ...(Array.isArray(samples) ? samples : [samples]).map((s) => element("code", { class: "sample" }, s)));
    }));
  },
  // Each row opens to its records: one line each, with its header fields (parse's templates).
  records(view, summary) {
    const rows = rowsAt(summary, view.rows).slice(0, view.limit ?? 20);
    if (!rows.length) return "";
    const numeric = (c) => ["count", "compact"].includes((c.format || "text").split(":")[0]);
    return element("div", { class: "records" }, element("h3", {}, view.title), ...rows.map((row) => {
      const records = valueAt(row, view.records) || [];
      return element("details", { class: "drill-records" }, element("summary", {}, filled(view.heading, row)),
        element("div", { class: "records-table" }, element("table", {},
          element("thead", {}, element("tr", {}, ...view.columns.map((c) => element("th", { class: numeric(c) ? "num" : "" }, c.title)))),
          element("tbody", {}, ...records.map((record) => element("tr", {}, ...view.columns.map((c) =>
            element("td", { class: numeric(c) ? "num" : c.cut ? "cut" : "", title: c.cut ? String(valueAt(record, c.value) ?? "") : "" },
              formatted(valueAt(record, c.value), c.format || "text")))))))));
    }));
  },
  table(view, summary) {
    let rows = rowsAt(summary, view.rows);
    const extra = {};
    if (view.fold) {
      const [merged, perRow] = folded(rows, view.fold);
      rows = merged;
      extra.interval = view.interval ? (valueAt(summary, view.interval) || 0) * perRow : null;
    } else rows = rows.slice(0, view.limit ?? 15);
    const bars = view.columns.map((c) => (c.format === "bar" ? Math.max(1, ...rows.map((r) => valueAt(r, c.value) || 0)) : null));
    const numeric = (c) => ["count", "compact", "percent", "ms"].includes((c.format || "text").split(":")[0]);
    const cell = (row, c, i) => {
      const value = valueAt(row, c.value);
      if (bars[i] !== null) return element("td", {}, element("div", { class: "bar" }, element("span", { style: `width:${(100 * (value || 0)) / bars[i]}%` })));
      return element("td", { class: numeric(c) ? "num" : c.cut ? "cut" : "" }, formatted(value, c.format || "text"));
    };
    const body = rows.map((row) => element("tr", {}, ...view.columns.map((c, i) => cell(row, c, i))));
    if (view.total != null) {
      const total = view.total ? valueAt(summary, view.total) : summary;
      body.push(element("tr", { class: "total" }, element("td", {}, "all"), ...view.columns.slice(1).map((c, i) => (bars[i + 1] !== null ? element("td") : cell(total, c, i + 1)))));
    }
    return element("div", { class: "summary-table" },
      element("table", {}, element("caption", {}, filled(view.title, summary, extra)),
        element("thead", {}, element("tr", {}, ...view.columns.map((c) => element("th", { class: numeric(c) ? "num" : "" }, c.title)))),
        element("tbody", {}, ...body)));
  },
};

function presentation(job) {
  const analysis = state.analyses && state.analyses.get(job.analysis);
  return analysis ? analysis.presentation : state.defaultPresentation || [];
}

function views(job) {
  if (!job.summary) return [];
  return presentation(job).map((view) => (VIEWS[view.type] ? VIEWS[view.type](view, job.summary) : "")).filter(Boolean);
}

async function showJob(jobId, fetchIt = true) {
  state.shownJob = jobId;
  $("#jobs-view").hidden = true;
  $("#job-view").hidden = false;
  let job = state.jobs.get(jobId);
  if (fetchIt || !job) {
    try {
      job = await api("GET", `/jobs/${encodeURIComponent(jobId)}`);
      state.jobs.set(jobId, job);
    } catch (e) {
      banner(e.message);
      return;
    }
  }
  const c = job.counters || {};
  $("#job-title").textContent = `${job.job_id} (${job.analysis})`;
  $("#job-status").replaceChildren(element("span", { class: `status ${job.status}` }, job.status),
    job.error ? element("p", { class: "error" }, job.error) : "",
    element("div", { class: "row" }, element("div", {}, "Map ", progress(c.splits_done || 0, c.splits_total || 0)),
      element("div", {}, "Reduce ", progress(c.partitions_done || 0, c.partitions_total || 0))));
  const f = job.filter;
  $("#job-filter").textContent = f ? `Records ${[...(f.where || []), f.since ? `since ${f.since}` : "", f.until ? `until ${f.until}` : ""].filter(Boolean).join(", ")}` : "";
  $("#job-charts").replaceChildren(...views(job));
  compareChoices(job);
  table($("#job-counters"), Object.entries(c).filter(([, v]) => v).map(([k, v]) => [k, v.toLocaleString()]));
  table($("#job-timings"), Object.entries(job.timings || {}).map(([k, v]) => [k, Number(v).toFixed(2)]));
  table($("#job-cost"), job.cost ? [["estimate (USD)", job.cost.usd.toFixed(6)],
    ...Object.entries(job.cost.items_usd).map(([k, v]) => [k, v.toFixed(6)])] : [["estimate", "on AWS only"]]);
}

// ---- comparing two jobs (GET /jobs/{id}/diff) -------------------------------------------------
function compareChoices(job) {
  const others = [...state.jobs.values()].filter((j) => j.analysis === job.analysis && j.status === "SUCCEEDED" && j.job_id !== job.job_id);
  const select = $("#compare");
  const chosen = select.value;
  select.replaceChildren(element("option", { value: "" }, others.length ? "choose a job" : "no other finished job of this analysis"),
    ...others.map((j) => element("option", { value: j.job_id }, `${j.job_id}${j.filter ? " (filtered)" : ""}`)));
  if (others.some((j) => j.job_id === chosen)) select.value = chosen;
  else $("#job-compare").replaceChildren();
}

async function compare() {
  const baseline = $("#compare").value;
  if (!baseline || !state.shownJob) return;
  const changes = await api("GET", `/jobs/${encodeURIComponent(state.shownJob)}/diff?baseline=${encodeURIComponent(baseline)}`);
  const tables = [];
  for (const [section, value] of Object.entries(changes)) {
    if (typeof value !== "object" || value === null) continue;
    const parts = Array.isArray(value) ? [["", value]] : Object.entries(value).filter(([, rows]) => Array.isArray(rows));
    for (const [name, rows] of parts) tables.push(diffTable(`${section} ${name}`.trim(), rows));
  }
  $("#job-compare").replaceChildren(element("p", { class: "hint" }, `${changes.baseline} → ${changes.job}`), ...tables);
}

function diffTable(title, rows) {
  const columns = rows.length ? Object.keys(rows[0]) : [];
  const cell = (column, value) => {
    if (value == null) return "-";
    if (typeof value === "number" && /share|rate|^change$/.test(column)) return `${column.endsWith("change") && value > 0 ? "+" : ""}${(100 * value).toFixed(2)}%`;
    return formatted(value, typeof value === "number" ? "count" : "text");
  };
  return element("div", { class: "summary-table diff" }, element("table", {},
    element("caption", {}, `${title} (${rows.length})`),
    element("thead", {}, element("tr", {}, ...columns.map((c) => element("th", {}, c.replaceAll("_", " "))))),
    element("tbody", {}, ...rows.map((row) => element("tr", {}, ...columns.map((c) => element("td", { class: typeof row[c] === "number" ? "num" : "" }, cell(c, row[c]))))))));
}

function route() {
  const match = location.hash.match(/^#\/jobs\/(.+)$/);
  if (!state.token) return;
  if (match) showJob(decodeURIComponent(match[1]));
  else {
    state.shownJob = null;
    $("#job-view").hidden = true;
    $("#jobs-view").hidden = false;
  }
}

async function start() {
  try {
    await loadAnalyses();
    await refreshJobs();
    connect();
    route();
  } catch (e) {
    if (e.message !== "unauthorized") banner(`Cannot reach the job API: ${e.message}`);
  }
}

document.addEventListener("DOMContentLoaded", () => {
  $("#sign-in-form").addEventListener("submit", (event) => {
    event.preventDefault();
    signIn($("#token").value.trim());
  });
  $("#sign-out").addEventListener("click", () => signOut(""));
  $("#submit-form").addEventListener("submit", submitJob);
  $("#analysis").addEventListener("change", describeAnalysis);
  $("#compare").addEventListener("change", () => compare().catch((e) => banner(e.message)));
  $("#range").addEventListener("change", () => {  // a preset fills the window; custom leaves it to edit
    const range = $("#range").value;
    if (range !== "custom") {
      $("#since").value = range;
      $("#until").value = "";
    }
  });
  window.addEventListener("hashchange", route);
  setInterval(() => state.jobs.size && renderJobs(), 1000);  // elapsed time and rates tick on
  const fromUrl = new URLSearchParams(location.search).get("token");
  if (fromUrl) history.replaceState(null, "", location.pathname + location.hash);  // keep it out of the address bar
  const token = fromUrl || sessionStorage.getItem("logmr-token");
  if (token) signIn(token);
  else signOut("");
});

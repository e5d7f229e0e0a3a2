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
  const { analyses } = await api("GET", "/analyses");
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
  if ($("#partitions").value) body.partitions = Number($("#partitions").value);
  if ($("#split-size").value) body.split_size = $("#split-size").value;
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
  const options = analysis.options.map((o) => `${o.name} (default ${JSON.stringify(o.default)})`).join(", ");
  $("#analysis-help").textContent = `${analysis.description}${options ? ` Options: ${options}.` : ""}`;
}

// ---- one job -----------------------------------------------------------------------------
function table(node, rows) {
  node.replaceChildren(...rows.map(([k, v]) => element("tr", {}, element("th", {}, k), element("td", { class: "num" }, v))));
}

function barChart(title, items, format = (v) => v.toLocaleString()) {
  const max = Math.max(1, ...items.map((i) => i.value));
  return element("div", { class: "chart" }, element("h3", {}, title),
    ...items.map((item) => element("div", { class: "item" },
      element("span", { class: "label", title: item.label }, item.label),
      element("div", { class: "bar" }, element("span", { style: `width:${(100 * item.value) / max}%` })),
      element("span", { class: "num" }, format(item.value)))));
}

function servicesChart(summary) {
  const rows = summary.services.slice(0, 20);
  const max = Math.max(1, ...rows.map((r) => r.total));
  return element("div", { class: "chart" }, element("h3", {}, "Records per service and level"),
    element("div", { class: "legend" }, ...LEVELS.map((l) => element("span", {}, element("i", { style: `background:${LEVEL_COLOURS[l]}` }), l))),
    ...rows.map((r) => element("div", { class: "item" },
      element("span", { class: "label", title: r.service }, r.service),
      element("div", { class: "stack", style: `width:${(100 * r.total) / max}%` },
        ...LEVELS.filter((l) => r.levels[l]).map((l) => element("span", {
          title: `${l}: ${r.levels[l]}`, style: `width:${(100 * r.levels[l]) / r.total}%;background:${LEVEL_COLOURS[l]}` }))),
      element("span", { class: "num" }, `${(100 * r.error_rate).toFixed(1)}% err`))));
}

function timelineChart(summary) {
  const max = Math.max(1, ...summary.series.map((p) => p.total));
  const minutes = summary.chart_interval / 60;
  const step = minutes >= 1440 ? `${minutes / 1440} d` : minutes >= 60 ? `${minutes / 60} h` : minutes >= 1 ? `${minutes} min` : `${summary.chart_interval} s`;
  return element("div", { class: "chart" }, element("h3", {}, `Records per ${step} (UTC)`),
    element("div", { class: "legend" }, ...LEVELS.map((l) => element("span", {}, element("i", { style: `background:${LEVEL_COLOURS[l]}` }), l))),
    element("div", { class: "timeline", role: "img", "aria-label": `records over time, ${summary.series.length} points` },
      ...summary.series.map((p) => element("div", { class: "column", title: `${p.time}: ${p.total.toLocaleString()} records` },
        element("div", { class: "column-stack", style: `height:${(100 * p.total) / max}%` },
          ...LEVELS.filter((l) => p.levels[l]).reverse().map((l) => element("span", {
            style: `height:${(100 * p.levels[l]) / p.total}%;background:${LEVEL_COLOURS[l]}` })))))),
    element("div", { class: "axis" }, element("span", {}, summary.first || ""), element("span", {}, summary.last || "")),
    summary.untimed ? element("p", {}, `${summary.untimed.toLocaleString()} records without a readable timestamp`) : "");
}

function charts(summary) {
  if (!summary) return [];
  if (summary.services) return [servicesChart(summary)];
  if (summary.patterns) {
    return [barChart("Records matching each pattern", summary.patterns.map((p) => ({ label: p.pattern, value: p.count }))),
      element("div", {}, element("h3", {}, "Samples"), ...summary.patterns.filter((p) => p.samples.length).map((p) =>
        element("div", {}, element("strong", {}, p.pattern), ...p.samples.map((s) => element("code", { class: "sample" }, s)))))];
  }
  if (summary.templates) {
    return [barChart("Most frequent log templates", summary.templates.slice(0, 20).map((t) => ({ label: t.template, value: t.count }))),
      element("div", {}, element("h3", {}, "Samples"), ...summary.templates.slice(0, 10).map((t) =>
        element("div", {}, element("strong", {}, `${t.count.toLocaleString()} × ${t.template}`),
          element("span", { class: "hint" }, ` from ${Object.entries(t.services || {}).map(([s, n]) => `${s} ${n.toLocaleString()}`).join(", ")}`),
          element("code", { class: "sample" }, t.sample || ""))))];
  }
  if (summary.series) {
    const peaks = summary.peaks.map((p) => ({ label: p.time.replace("T", " ").replace("Z", ""), value: p.errors }));
    return [timelineChart(summary), ...(peaks.length ? [barChart("Error peaks (ERROR + FATAL per bucket)", peaks)] : [])];
  }
  if (summary.routes) {
    const ms = (v) => (v == null ? "-" : `${v.toLocaleString(undefined, { maximumFractionDigits: 1 })} ms`);
    const latency = summary.latency || {};
    return [element("p", { class: "headline" },
      `${summary.requests.toLocaleString()} requests, ${(100 * summary.error_rate).toFixed(2)}% 5xx; latency p50 ${ms(latency.p50)}, p95 ${ms(latency.p95)}, p99 ${ms(latency.p99)}`),
    barChart("Requests per status", Object.entries(summary.status).map(([k, v]) => ({ label: k, value: v }))),
    barChart("Busiest routes", summary.routes.slice(0, 15).map((r) => ({ label: `${r.method} ${r.route}`, value: r.requests }))),
    barChart("Slowest routes (p95)", summary.slowest.map((r) => ({ label: `${r.method} ${r.route}`, value: r.latency.p95 })), ms)];
  }
  if (summary.top) return [barChart("Top keys", summary.top.map(([k, v]) => ({ label: Array.isArray(k) ? k.join(" | ") : String(k), value: Number(v) || 0 })))];
  return [];
}

function topRows(summary) {
  if (!summary) return [];
  if (summary.services) return summary.services.map((r) => [r.service, r.total.toLocaleString()]);
  if (summary.patterns) return summary.patterns.map((p) => [p.pattern, p.count.toLocaleString()]);
  if (summary.series) return summary.series.filter((p) => p.total).map((p) => [p.time, p.total.toLocaleString()]);
  if (summary.templates) return summary.templates.map((t) => [t.template, t.count.toLocaleString()]);
  if (summary.routes) return summary.routes.map((r) => [`${r.method} ${r.route}`, `${r.requests.toLocaleString()} (${(100 * r.error_rate).toFixed(1)}% 5xx)`]);
  return (summary.top || []).map(([k, v]) => [Array.isArray(k) ? k.join(" | ") : String(k), Number(v).toLocaleString()]);
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
  $("#job-charts").replaceChildren(...charts(job.summary));
  table($("#job-counters"), Object.entries(c).filter(([, v]) => v).map(([k, v]) => [k, v.toLocaleString()]));
  table($("#job-timings"), Object.entries(job.timings || {}).map(([k, v]) => [k, Number(v).toFixed(2)]));
  table($("#job-cost"), job.cost ? [["estimate (USD)", job.cost.usd.toFixed(6)],
    ...Object.entries(job.cost.items_usd).map(([k, v]) => [k, v.toFixed(6)])] : [["estimate", "on AWS only"]]);
  table($("#job-rows"), topRows(job.summary));
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
  window.addEventListener("hashchange", route);
  setInterval(() => state.jobs.size && renderJobs(), 1000);  // elapsed time and rates tick on
  const fromUrl = new URLSearchParams(location.search).get("token");
  if (fromUrl) history.replaceState(null, "", location.pathname + location.hash);  // keep it out of the address bar
  const token = fromUrl || sessionStorage.getItem("logmr-token");
  if (token) signIn(token);
  else signOut("");
});

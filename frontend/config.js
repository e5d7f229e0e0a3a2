// Where the dashboard finds the APIs. Served by `logmr serve`, everything is on this origin; when
// deployed, the stack writes the HTTP API and WebSocket URLs here (see the README).
window.LOGMR_CONFIG = window.LOGMR_CONFIG || { api: "", live: "" };

"""`logmr serve`: the job API, WebSocket and dashboard on one machine."""

// statsd 0.9.0: console backend, debug logging, every received packet dumped, flush every 5 s
{
  port: 18125,
  address: "127.0.0.1",
  mgmt_address: "127.0.0.1",
  mgmt_port: 18126,
  backends: ["./backends/console"],
  flushInterval: 5000,
  debug: true,
  dumpMessages: true,
  console: { prettyprint: false }
}

// slog 2.5 + slog-term 2.6: FullFormat over PlainSyncDecorator(stdout), the
// decorator slog-term's docs give for plain output; features max_level_trace + release_max_level_trace (slog
// compiles out debug/trace in release builds otherwise); key/value pairs with slog's `"key" => value` syntax.
use slog::{crit, debug, error, info, o, trace, warn, Drain, Logger};

fn main() {
    let plain = slog_term::PlainSyncDecorator::new(std::io::stdout());
    run(slog_term::FullFormat::new(plain).build().fuse());
}

fn run<D>(drain: D)
where
    D: Drain<Ok = (), Err = slog::Never> + Send + Sync + std::panic::RefUnwindSafe + std::panic::UnwindSafe + 'static,
{
    let drain = slog::LevelFilter::new(drain, slog::Level::Trace).fuse();
    let root = Logger::root(drain, o!("version" => "1.4.2"));
    let svc = root.new(o!("component" => "checkout"));
    info!(root, "server starting"; "port" => 8080, "env" => "production");
    debug!(svc, "loaded configuration"; "file" => "/etc/shop/config.yaml", "entries" => 42);
    trace!(root, "entering handler"; "handler" => "ListOrders");
    info!(svc, "user login"; "user" => "jürgen", "ip" => "203.0.113.7");
    warn!(svc, "user login failed"; "user" => "zoë@example.com", "reason" => "bad password");
    info!(root, "Bestellung für Café Zoë in 東京 bestätigt (Größe: ü)"; "order_id" => 1042);
    info!(root, "customer wrote \"deliver to the back door\" and 'thanks'"; "note" => "say \"hi\"");
    debug!(root, "columns:\tid\tname\tprice"; "sep" => "\t");
    info!(root, "exported report to C:\\Users\\zoë\\reports\\q4.csv");
    warn!(root, "config reload produced warnings\nsecond line: key 'timeout' is deprecated\nthird line: use 'deadline'"; "file" => "config.yaml");
    error!(svc, "DB timeout"; "db" => "orders", "after_ms" => 5000, "err" => "pq: canceling statement due to statement timeout");
    // slog-term writes "msg, key: value": a message holding ", word: " would be ambiguous, so not the shared one
    let long = rustlogs::long().replace("finished, keys:", "finished with keys");
    info!(root, "{}", long; "keys" => 180);
    let e = std::fs::File::open("/var/lib/shop/état.db").unwrap_err();
    error!(root, "cannot open database"; "err" => %e, "debug" => ?e);
    info!(root, ""; "empty_message" => true);
    info!(root, "   message with leading and trailing spaces   ");
    let paths = ["/api/orders", "/api/orders/42", "/api/users/me", "/healthz", "/api/cart", "/static/app.js", "/api/search?q=caf%C3%A9", "/api/orders/99"];
    let statuses = [200, 201, 200, 200, 404, 304, 200, 500];
    let methods = ["GET", "POST", "GET", "GET", "DELETE", "GET", "GET", "PUT"];
    let http = root.new(o!("component" => "http"));
    for i in 0..24 {
        let j = i % paths.len();
        let rid = format!("req-{:04}", i + 1);
        let dur = 3.25 + i as f64 * 1.5;
        if statuses[j] >= 500 {
            error!(http, "HTTP request done"; "method" => methods[j], "path" => paths[j], "status" => statuses[j], "duration_ms" => dur, "request_id" => &rid);
        } else if statuses[j] >= 400 {
            warn!(http, "HTTP request done"; "method" => methods[j], "path" => paths[j], "status" => statuses[j], "duration_ms" => dur, "request_id" => &rid);
        } else {
            info!(http, "HTTP request done"; "method" => methods[j], "path" => paths[j], "status" => statuses[j], "duration_ms" => dur, "request_id" => &rid);
        }
    }
    warn!(svc, "slow query"; "db" => "orders", "duration_ms" => 1532.4);
    crit!(svc, "database unreachable, giving up"; "pool" => "exhausted");
    info!(root, "shutting down"; "signal" => "SIGTERM");
}

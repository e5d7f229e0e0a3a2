// tracing-subscriber 0.3.16 (Debian librust-tracing-subscriber-dev) fmt subscriber, ANSI off (0.3.16 colours
// even when not a TTY, so .with_ansi(false)), max level TRACE, writing to stderr:
//   shoptrace compact  -> tracing_subscriber::fmt().compact()
//   shoptrace pretty   -> tracing_subscriber::fmt().pretty()
use tracing::{debug, error, info, info_span, trace, warn};

fn handle(id: u32, who: &str, total: f64) {
    let span = info_span!("request", method = "GET", order = id);
    let _e = span.enter();
    info!(status = 200, "GET /orders/{} customer={}", id, who);
    debug!(target: "shop::db", "SELECT * FROM orders WHERE id = {}", id);
    if total == 0.0 {
        warn!(r"order {} has total 0, path C:\shop\orders", id);
    }
}

fn main() {
    let mode = std::env::args().nth(1).unwrap_or_default();
    let b = tracing_subscriber::fmt().with_max_level(tracing::Level::TRACE).with_ansi(false).with_writer(std::io::stderr);
    match mode.as_str() {
        "compact" => b.compact().init(),
        "pretty" => b.pretty().init(),
        _ => panic!("usage: shoptrace compact|pretty"),
    }
    info!(pid = std::process::id(), "shop-api starting");
    debug!(path = "/etc/shop/config.yml", "config loaded");
    trace!(workers = 4, "worker pool sized");
    info!(target: "shop::http", addr = "127.0.0.1:8080", "listening");
    for (id, who, total) in [(1001, "Café Zoë in 東京", 12.5), (1002, "O'Brien \"Bob\"", 3.0), (1003, "tab\there", 0.0),
                             (1004, "Łódź ½ ☃", 7.0), (1005, r"back\slash", 0.0)] {
        handle(id, who, total);
    }
    let err = std::io::Error::new(std::io::ErrorKind::Other, "payment gateway refused: card declined");
    error!(error = %err, "POST /checkout failed");
    error!("multi-line report:\nline two\n\tline three");
    warn!(target: "shop::db", ms = 1520, "slow query: note = 'naïve'");
    info!("Übersicht: Grüße aus Köln");
    error!(fatal = true, "database connection lost, shutting down");
    info!("shop-api stopped");
}

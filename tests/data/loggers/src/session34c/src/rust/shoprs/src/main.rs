// shoprs: one made-up shop's activity through Rust loggers (Debian librust-*-dev crates, offline).
// Usage: shoprs loggerv | shoprs tracing-json
use std::env;

const CUSTOMERS: [(u32, u16, &str); 5] = [
    (1001, 200, "Café Zoë in 東京"),
    (1002, 200, "O'Brien \"Bob\""),
    (1003, 200, "tab\there"),
    (1004, 404, "Łódź ½ ☃"),
    (1005, 200, "back\\slash"),
];
const MULTI: &str = "multi-line report:\nline two\n\tline three";

mod http {
    pub fn get(id: u32, status: u16, customer: &str) {
        if status == 404 {
            log::warn!("GET /orders/{} {} customer={}", id, status, customer);
        } else {
            log::info!("GET /orders/{} {} customer={}", id, status, customer);
        }
    }
}

fn run_loggerv() {
    // the crate's documented CLI setup: verbosity from -v flags (here 3 = -vvv: trace)
    loggerv::init_with_verbosity(3).unwrap();
    log::info!("shop-api starting on 127.0.0.1:8080 (pid {})", std::process::id());
    log::info!("config loaded: workers={} db={}", 4, "postgres://shop@localhost/shop");
    log::debug!("cache warm: {} entries", 128);
    log::trace!("cache entry order:1001");
    for (id, status, c) in CUSTOMERS {
        http::get(id, status, c);
    }
    log::warn!("disk almost full on C:\\shop\\orders (91% used)");
    let err = std::io::Error::new(std::io::ErrorKind::TimedOut, "payment gateway timeout after 30s");
    log::error!("POST /checkout failed: {}", err);
    log::info!("{}", MULTI);
    log::error!("database connection lost");
    log::info!("shop-api stopped");
}

mod db {
    pub fn lost() {
        tracing::error!(retries = 3, "database connection lost");
    }
}

fn run_tracing_json() {
    tracing_subscriber::fmt()
        .json()
        .with_max_level(tracing::Level::TRACE)
        .with_writer(std::io::stdout)
        .init();
    tracing::info!(addr = "127.0.0.1:8080", pid = std::process::id(), "shop-api starting");
    tracing::info!(workers = 4, db = "postgres://shop@localhost/shop", "config loaded");
    tracing::debug!(entries = 128, "cache warm");
    tracing::trace!(key = "order:1001", "cache entry");
    for (id, status, c) in CUSTOMERS {
        let span = tracing::info_span!("request", method = "GET", order = id);
        let _g = span.enter();
        if status == 404 {
            tracing::warn!(status, customer = c, "GET /orders/{}", id);
        } else {
            tracing::info!(status, customer = c, "GET /orders/{}", id);
        }
    }
    tracing::warn!(used = "91%", "disk almost full on C:\\shop\\orders");
    let err = std::io::Error::new(std::io::ErrorKind::TimedOut, "payment gateway timeout after 30s");
    tracing::error!(error = %err, order = 1002, "POST /checkout failed");
    tracing::info!("{}", MULTI);
    log::warn!(target: "shop::legacy", "a log-crate record through tracing-log");
    db::lost();
    tracing::info!("shop-api stopped");
}

fn main() {
    match env::args().nth(1).as_deref() {
        Some("loggerv") => run_loggerv(),
        Some("tracing-json") => run_tracing_json(),
        _ => eprintln!("usage: shoprs loggerv|tracing-json"),
    }
}

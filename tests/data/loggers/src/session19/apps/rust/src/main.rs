mod payments {
    pub fn log_run() {
        log::trace!("polling gateway queue depth=0");
        log::debug!("charge request built for order 100234 amount_cents=5990");
        log::info!("payment captured order=100234 txn=ch_3Nq8 amount=59.90 EUR");
        log::warn!("gateway latency 1840ms exceeds budget 1000ms");
        log::error!("charge failed for order 100236: \"card_declined\" (code 402)");
    }
    pub fn trace_run() {
        tracing::trace!(depth = 0, "polling gateway queue");
        tracing::debug!(order_id = 100234, amount_cents = 5990, "charge request built");
        tracing::info!(order = 100234, txn = "ch_3Nq8", "payment captured");
        tracing::warn!(latency_ms = 1840, budget_ms = 1000, "gateway latency exceeds budget");
        tracing::error!(order = 100236, error = "card_declined", "charge failed: \"card declined\" by issuer");
    }
}

fn log_run() {
    log::info!("starting shop_api v0.1.0 listening on 0.0.0.0:8080");
    log::debug!("loaded config from /etc/shop/config.toml (14 keys)");
    log::info!("user Zoë Łukasz-Søren logged in from München");
    log::info!("日本語のメッセージ: 注文を受け付けました");
    payments::log_run();
    log::warn!("retrying connection to redis://cache-1:6379 (attempt 2/5)");
    log::error!("request failed:\nError: connection reset by peer\n  at shop_api::http::serve");
    log::info!("processed 1284 requests in 60s, p99=212ms");
    log::trace!("shutdown hook registered");
    log::info!("shutting down gracefully");
}

fn trace_run() {
    tracing::info!("starting shop_api v0.1.0 listening on 0.0.0.0:8080");
    tracing::debug!(path = "/etc/shop/config.toml", keys = 14, "loaded config");
    tracing::info!(user = "Zoë Łukasz-Søren", city = "München", "user logged in");
    tracing::info!("日本語のメッセージ: 注文を受け付けました");
    payments::trace_run();
    let span = tracing::info_span!("request", method = "GET", path = "/api/orders/100234");
    let _e = span.enter();
    tracing::info!(status = 200, elapsed_ms = 45, "request completed");
    drop(_e);
    tracing::warn!(attempt = 2, max = 5, "retrying connection to redis://cache-1:6379");
    tracing::error!("request failed:\nError: connection reset by peer\n  at shop_api::http::serve");
    tracing::info!(requests = 1284, p99_ms = 212, "processed requests in 60s");
    tracing::trace!("shutdown hook registered");
    tracing::info!("shutting down gracefully");
}

fn main() {
    let mode = std::env::args().nth(1).unwrap();
    match mode.as_str() {
        "env_logger" => {
            env_logger::init();
            log_run();
        }
        "tracing" => {
            tracing_subscriber::fmt().with_max_level(tracing::Level::TRACE).init();
            trace_run();
        }
        "tracing_noansi" => {
            tracing_subscriber::fmt().with_max_level(tracing::Level::TRACE).with_ansi(false).init();
            trace_run();
        }
        _ => {}
    }
}

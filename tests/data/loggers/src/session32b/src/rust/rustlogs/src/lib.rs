//! The records every demo logs (through the `log` facade).
use log::{debug, error, info, trace, warn};

pub fn long() -> String {
    let keys: Vec<String> = (0..180).map(|i| format!("product:{:05}", i)).collect();
    format!("cache warmup finished, keys: {}", keys.join(" "))
}

pub fn script() {
    info!("server starting port=8080 env=production version=1.4.2");
    debug!("loaded configuration from /etc/shop/config.yaml (42 entries)");
    trace!("entering handler ListOrders");
    info!(target: "shop::auth", "user login user=jürgen ip=203.0.113.7");
    warn!(target: "shop::auth", "user login failed for zoë@example.com from 198.51.100.23: bad password");
    info!("Bestellung für Café Zoë in 東京 bestätigt (Größe: ü)");
    info!("customer wrote \"deliver to the back door\" and 'thanks'");
    debug!("columns:\tid\tname\tprice");
    info!("exported report to C:\\Users\\zoë\\reports\\q4.csv");
    warn!("config reload produced warnings\nsecond line: key 'timeout' is deprecated\nthird line: use 'deadline'");
    error!(target: "shop::db", "DB timeout after 5000 ms: pq: canceling statement due to statement timeout (db=orders)");
    info!("{}", long());
    error!(target: "shop::payment", "payment provider returned an error: status 502: upstream connect error");
    info!("");
    info!("   message with leading and trailing spaces   ");
    let paths = ["/api/orders", "/api/orders/42", "/api/users/me", "/healthz", "/api/cart", "/static/app.js", "/api/search?q=caf%C3%A9", "/api/orders/99"];
    let statuses = [200, 201, 200, 200, 404, 304, 200, 500];
    let methods = ["GET", "POST", "GET", "GET", "DELETE", "GET", "GET", "PUT"];
    for i in 0..24 {
        let j = i % paths.len();
        let msg = format!("HTTP request done method={} path={} status={} duration_ms={:.2} request_id=req-{:04}", methods[j], paths[j], statuses[j], 3.25 + i as f64 * 1.5, i + 1);
        if statuses[j] >= 500 {
            error!(target: "shop::http", "{}", msg);
        } else if statuses[j] >= 400 {
            warn!(target: "shop::http", "{}", msg);
        } else {
            info!(target: "shop::http", "{}", msg);
        }
    }
    trace!(target: "shop::db", "pool stats idle=3 busy=1");
    warn!(target: "shop::db", "slow query took 1532.4 ms");
    let e = std::fs::File::open("/var/lib/shop/état.db").unwrap_err();
    error!("cannot open database: {} ({:?})", e, e);
    info!("shutting down on SIGTERM");
}

package com.example.shop;

/** The records every Java demo logs, through a tiny adapter per library. */
public final class Script {
    /** One library's logger calls; level is trace, debug, info, warn, error or fatal. */
    public interface Sink {
        void log(String logger, String level, String msg, Throwable t);
    }

    static String longMessage() {
        StringBuilder b = new StringBuilder("cache warmup finished, keys:");
        for (int i = 0; i < 180; i++) {
            b.append(String.format(" product:%05d", i));
        }
        return b.toString();
    }

    static void nested() throws java.io.IOException {
        try {
            Integer.parseInt("zwölf");
        } catch (NumberFormatException e) {
            throw new java.io.IOException("could not read config value 'timeout'", e);
        }
    }

    public static void run(Sink s) throws InterruptedException {
        String app = "com.example.shop.App";
        String auth = "com.example.shop.auth.LoginService";
        String db = "com.example.shop.db.OrderRepository";
        String http = "com.example.shop.http.AccessLog";
        s.log(app, "info", "server starting port=8080 env=production version=1.4.2", null);
        s.log(app, "debug", "loaded configuration from /etc/shop/config.yaml (42 entries)", null);
        s.log(app, "trace", "entering handler ListOrders", null);
        s.log(auth, "info", "user login user=jürgen ip=203.0.113.7", null);
        s.log(auth, "warn", "user login failed for zoë@example.com from 198.51.100.23: bad password", null);
        s.log(app, "info", "Bestellung für Café Zoë in 東京 bestätigt (Größe: ü)", null);
        s.log(app, "info", "customer wrote \"deliver to the back door\" and 'thanks'", null);
        s.log(app, "debug", "columns:\tid\tname\tprice", null);
        s.log(app, "info", "exported report to C:\\Users\\zoë\\reports\\q4.csv", null);
        s.log(app, "warn", "config reload produced warnings\nsecond line: key 'timeout' is deprecated\nthird line: use 'deadline'", null);
        s.log(db, "error", "DB timeout after 5000 ms (db=orders)",
              new java.sql.SQLTimeoutException("ERROR: canceling statement due to statement timeout"));
        s.log(app, "info", longMessage(), null);
        try {
            nested();
        } catch (java.io.IOException e) {
            s.log(app, "error", "config reload failed", e);
        }
        s.log(app, "info", "", null);
        s.log(app, "info", "   message with leading and trailing spaces   ", null);
        String[] paths = {"/api/orders", "/api/orders/42", "/api/users/me", "/healthz", "/api/cart", "/static/app.js", "/api/search?q=caf%C3%A9", "/api/orders/99"};
        int[] statuses = {200, 201, 200, 200, 404, 304, 200, 500};
        String[] methods = {"GET", "POST", "GET", "GET", "DELETE", "GET", "GET", "PUT"};
        for (int i = 0; i < 24; i++) {
            int j = i % paths.length;
            String m = String.format(java.util.Locale.ROOT, "HTTP request done method=%s path=%s status=%d duration_ms=%.2f request_id=req-%04d",
                                     methods[j], paths[j], statuses[j], 3.25 + i * 1.5, i + 1);
            s.log(http, statuses[j] >= 500 ? "error" : statuses[j] >= 400 ? "warn" : "info", m, null);
        }
        Thread worker = new Thread(() -> {
            s.log(db, "trace", "pool stats idle=3 busy=1", null);
            s.log(db, "warn", "slow query took 1532.4 ms", null);
        }, "http-nio-8080-exec-1");
        worker.start();
        worker.join();
        s.log(db, "fatal", "database unreachable, giving up", new IllegalStateException("connection pool exhausted"));
        s.log(app, "info", "shutting down on SIGTERM", null);
    }

    private Script() {
    }
}

/* Messages shared by every demo program (C and C++). Logged with "%s" / "{}" so '%' is literal. */
#ifndef LOGMR_COMMON_H
#define LOGMR_COMMON_H
#include <stdio.h>
#include <string.h>

static const char *APP_MSGS[] = {
    "service starting: shop-api v2.3.1 (config /etc/shop-api/shop.conf)",
    "listening on 0.0.0.0:8080 (workers=4)",
    "HTTP GET /api/orders/42 -> 200 OK in 12.4 ms",
    "HTTP POST /api/cart 201 Created in 48 ms (bytes=512)",
    "HTTP GET /api/products?q=caf%C3%A9 -> 404 Not Found in 3 ms",
    "user login ok: user=jürgen@example.com ip=203.0.113.7",
    "user login failed: user=\"admin\" reason='bad password' attempts=3",
    "DB timeout after 5000 ms: SELECT * FROM orders WHERE customer_id = 77",
    "DB connection pool exhausted (max=20), request queued",
    "cache miss ratio high: 0.42 (threshold 0.30)",
    "Grüße aus Köln: café, naïve, über, 東京, Zürich, ü",
    "unicode city names: 東京都 / München / São Paulo / Ελλάδα",
    "quotes: \"double\" and 'single' and `back`",
    "tabs:\tcol1\tcol2\tcol3",
    "backslash path C:\\temp\\new\\file.txt",
    "payment declined: order=1234 amount=59.90 EUR code=\"card_declined\"",
    "request failed: upstream error\n  at handler (orders.c:42)\n  at main (main.c:10)",
    "disk usage at 91% on /var (warn at 90%)",
    "retrying job 7 (attempt 2/5) after 250 ms",
    "  leading spaces and trailing spaces  ",
    "HTTP DELETE /api/sessions/abc123 -> 204 No Content in 1.9 ms",
    "user logout: user=zoë@example.org session=abc123",
};
#define N_APP_MSGS ((int)(sizeof(APP_MSGS) / sizeof(APP_MSGS[0])))

/* A single message of about 2.3 KB (no newline). */
static const char *long_msg(void)
{
    static char buf[4096];
    size_t n;
    int i;
    if (buf[0])
        return buf;
    strcpy(buf, "bulk import finished: ids=");
    for (i = 0; i < 450; i++) {
        n = strlen(buf);
        snprintf(buf + n, sizeof(buf) - n, "%04d,", 1000 + i);
    }
    strcat(buf, " end");
    return buf;
}
#endif

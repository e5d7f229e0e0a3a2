# R package 'futile.logger' 1.4.3 (Debian r-cran-futile.logger), stdout appender.
# Layout: the package documentation's own layout.format example '[~l] [~t] [~n.~f] ~m'
# (level, time, logger name . calling function, message). Threshold TRACE on ROOT and on the named loggers.
# Run: Rscript r_futile_logger.R > r_futile_logger.log
suppressMessages(library(futile.logger))
layout <- layout.format('[~l] [~t] [~n.~f] ~m')
invisible(flog.layout(layout))
invisible(flog.threshold(TRACE))
for (n in c("shop.http", "shop.db")) { invisible(flog.threshold(TRACE, name = n)); invisible(flog.layout(layout, name = n)) }
start_server <- function() {
  flog.info("shop-api starting, R %s.%s", R.version$major, R.version$minor)
  flog.debug("config loaded from %s", "/etc/shop/config.yml")
  flog.trace("workers=%d", 4L)
  flog.info("listening on 127.0.0.1:%d", 8080L, name = "shop.http")
}
handle <- function(id, who, total) {
  flog.info("GET /orders/%d 200 customer=%s", id, who, name = "shop.http")
  flog.debug("SELECT * FROM orders WHERE id = %d", id, name = "shop.db")
  if (total == 0) flog.warn("order %d has total 0 (path C:\\shop\\orders)", id)
}
start_server()
handle(1001L, "Café Zoë in 東京", 12.5)
handle(1002L, "O'Brien \"Bob\"", 3)
handle(1003L, "tab\there", 0)
handle(1004L, "Łódź ½ ☃", 7)
handle(1005L, "back\\slash", 0)
checkout <- function() {
  r <- tryCatch(stop("payment gateway refused: card declined"), error = function(e) e)
  flog.error("POST /checkout failed: %s", conditionMessage(r), name = "shop.http")
  flog.error("multi-line report:\nline two\n\tline three", name = "shop.http")
}
checkout()
flog.trace("connection pool: 3 idle", name = "shop.db")
flog.warn("slow query 1.52 s: note = 'naïve'", name = "shop.db")
flog.info("Übersicht: Grüße aus Köln")
flog.fatal("database connection lost", name = "shop.db")
flog.info("shop-api stopped")

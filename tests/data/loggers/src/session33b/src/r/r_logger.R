# R package 'logger' 0.2.2 (default formatter is sprintf when glue is not installed)
# R package 'logger' (Debian r-cran-logger): default layout and console appender,
# threshold lowered to TRACE so every level shows. Run: Rscript r_logger.R 2> r_logger.log
suppressMessages(library(logger))
log_threshold(TRACE)
log_info("shop-api starting, R %s.%s, pid %d", R.version$major, R.version$minor, Sys.getpid())
log_debug("loading config from /etc/shop/config.yml")
log_trace("config keys: db, cache, listen")
log_info("listening on 127.0.0.1:8080")
orders <- list(list(id = 1001, who = "Café Zoë in 東京", total = 12.5),
               list(id = 1002, who = "O'Brien \"Bob\"", total = 3),
               list(id = 1003, who = "tab\there", total = 0),
               list(id = 1004, who = "Łódź ½ ☃", total = 7), list(id = 1005, who = "back\\slash", total = 0))
for (o in orders) {
  log_info("GET /orders/%d 200 customer=%s", o$id, o$who)
  if (o$total == 0) log_warn("order %d has total 0, path C:\\shop\\orders", o$id)
  else log_success("order %d charged %.2f EUR", o$id, o$total)
}
log_debug("cache stats: hits=42 misses=3")
log_warn("slow query took 1.52 s: SELECT * FROM orders WHERE note = 'naïve'")
res <- tryCatch(log(-1), warning = function(w) conditionMessage(w))
log_warn("R warning caught: %s", res)
err <- tryCatch(stop("payment gateway refused: card declined"), error = function(e) e)
log_error("POST /checkout failed: %s", conditionMessage(err))
log_error("multi-line report:\nline two of the report\n\tline three, indented")
log_info("Übersicht: 3 Bestellungen, Grüße aus Köln")
log_trace("leaving handler loop")
log_fatal("database connection lost, shutting down")
log_info("shop-api stopped")

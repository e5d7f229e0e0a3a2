import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.logging.log4j.ThreadContext;

/** Shop activity through Log4j 2; the layout comes from -Dlog4j2.configurationFile. ThreadContext map and stack set. */
public class ShopLog4j2 {
    public static void main(String[] args) {
        Logger log = LogManager.getLogger("shop.http");
        Logger db = LogManager.getLogger("shop.db");
        log.info("shop starting, version {}", "1.4.2");
        log.debug("config loaded: port={} workers={}", 8080, 4);
        for (int i = 0; i < Shop.CUSTOMERS.length; i++) {
            ThreadContext.put("requestId", "req-" + (1001 + i));
            ThreadContext.put("customer", Shop.CUSTOMERS[i]);
            ThreadContext.push("order " + (1001 + i));
            log.info("GET /orders/{} 200 customer={}", 1001 + i, Shop.CUSTOMERS[i]);
            db.trace("SELECT * FROM orders WHERE id={}", 1001 + i);
            ThreadContext.pop();
        }
        ThreadContext.clearMap();
        log.warn(Shop.WARN);
        ThreadContext.put("requestId", "req-1006");
        ThreadContext.push("checkout");
        log.error("POST /checkout failed for order {}", 1006, Shop.failure());
        ThreadContext.clearAll();
        log.info(Shop.MULTI);
        log.info(Shop.CDATA_END);
        log.info(Shop.CONTROL);
        log.fatal("database connection lost, shutting down");
        log.info("shop stopped");
    }
}

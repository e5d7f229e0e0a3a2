import org.apache.log4j.Logger;
import org.apache.log4j.MDC;
import org.apache.log4j.NDC;

/** Shop activity through log4j 1.2; the layout comes from -Dlog4j.configuration. MDC and NDC are set throughout. */
public class ShopLog4j1 {
    public static void main(String[] args) throws Exception {
        Logger log = Logger.getLogger("shop.http");
        Logger db = Logger.getLogger("shop.db");
        if (args.length > 0) {   // Chainsaw's host and application properties, put in the MDC by the program
            MDC.put("log4jmachinename", java.net.InetAddress.getLocalHost().getHostName());
            MDC.put("log4japp", "shop");
        }
        log.info("shop starting, version 1.4.2");
        log.debug("config loaded: port=8080 workers=4");
        for (int i = 0; i < Shop.CUSTOMERS.length; i++) {
            MDC.put("requestId", "req-" + (1001 + i));
            NDC.push("order " + (1001 + i));
            log.info("GET /orders/" + (1001 + i) + " 200 customer=" + Shop.CUSTOMERS[i]);
            db.trace("SELECT * FROM orders WHERE id=" + (1001 + i));
            NDC.pop();
        }
        MDC.remove("requestId");
        log.warn(Shop.WARN);
        MDC.put("requestId", "req-1006");
        NDC.push("checkout");
        log.error("POST /checkout failed for order 1006", Shop.failure());
        NDC.pop();
        MDC.remove("requestId");
        log.info(Shop.MULTI);
        log.info(Shop.CDATA_END);
        log.info(Shop.CONTROL);
        log.fatal("database connection lost, shutting down");
        log.info("shop stopped");
        NDC.remove();
    }
}

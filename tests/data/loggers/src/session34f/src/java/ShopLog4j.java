import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/** Shop activity through Log4j 2; the layout comes from the configuration file given by -Dlog4j2.configurationFile. */
public class ShopLog4j {
    public static void main(String[] args) {
        Logger log = LogManager.getLogger("shop.http");
        Logger db = LogManager.getLogger("shop.db");
        log.info("shop starting, version 1.4.2");
        log.debug("config loaded: port=8080 workers=4");
        String[] customers = {"Café Zoë in 東京", "O'Brien \"Bob\" <vip> & co", "tab\there", "Łódź ½ ☃", "back\\slash"};
        for (int i = 0; i < customers.length; i++) {
            log.info("GET /orders/{} 200 customer={}", 1001 + i, customers[i]);
            db.trace("SELECT * FROM orders WHERE id={}", 1001 + i);
        }
        log.warn("orders folder C:\\shop\\orders is almost full (91%)");
        try {
            Integer.parseInt("12x");
        } catch (NumberFormatException e) {
            log.error("POST /checkout failed for order 1006", e);
        }
        log.info("multi-line report:\nline two\n\tline three");
        log.fatal("database connection lost, shutting down");
        log.info("shop stopped");
    }
}

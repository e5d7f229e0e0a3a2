import java.util.ResourceBundle;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Shop activity through java.util.logging's FileHandler, whose default formatter is XMLFormatter.
 * args: mode path. mode "full": every feature; "append1".."append3": FileHandler(path, true), one run each;
 * "append2" dies by Runtime.halt (a crash: no shutdown hook, so no closing </log>).
 */
public class ShopJul {
    public static void main(String[] args) throws Exception {
        String mode = args[0];
        boolean append = mode.startsWith("append");
        FileHandler fh = new FileHandler(args[1], append);   // defaults: XMLFormatter, level ALL
        Logger root = Logger.getLogger("");
        for (Handler h : root.getHandlers()) root.removeHandler(h);
        root.addHandler(fh);
        root.setLevel(Level.ALL);
        Logger log = Logger.getLogger("shop.http");
        Logger db = Logger.getLogger("shop.db");
        ResourceBundle rb = ResourceBundle.getBundle("ShopMessages");
        if (append) {
            log.info("shop starting (" + mode + "), version 1.4.2");
            int n = mode.charAt(6) - '1';
            log.log(Level.INFO, "GET /orders/{0} 200 customer={1}", new Object[] {1001 + n, Shop.CUSTOMERS[n]});
            log.log(Level.SEVERE, "POST /checkout failed for order 1006", Shop.failure());
            if (mode.equals("append2")) {
                log.severe("out of memory, halting");
                Runtime.getRuntime().halt(3);
            }
            log.info("shop stopped (" + mode + ")");
            fh.close();
            return;
        }
        log.logrb(Level.INFO, rb, "shop.starting", "1.4.2");
        log.config("config loaded: port=8080 workers=4");
        for (int i = 0; i < Shop.CUSTOMERS.length; i++) {
            log.log(Level.INFO, "GET /orders/{0} 200 customer={1}", new Object[] {1001 + i, Shop.CUSTOMERS[i]});
            db.fine("SELECT * FROM orders WHERE id=" + (1001 + i));
        }
        db.log(Level.FINER, "row cache stats", new Object[] {"hits=93", "misses=7"});
        db.finest("connection 7 returned to pool");
        log.warning(Shop.WARN);
        log.log(Level.SEVERE, "POST /checkout failed for order 1006", Shop.failure());
        log.info(Shop.MULTI);
        log.info(Shop.CDATA_END);
        log.info(Shop.CONTROL);
        log.log(Level.SEVERE, "database connection lost, shutting down");
        log.logrb(Level.INFO, rb, "shop.stopped", 5);
        fh.close();
    }
}

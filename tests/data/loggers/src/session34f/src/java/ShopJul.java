import java.util.logging.*;

/** Shop activity through java.util.logging's FileHandler, whose default formatter is XMLFormatter. */
public class ShopJul {
    public static void main(String[] args) throws Exception {
        FileHandler fh = new FileHandler(args[0]);   // defaults: XMLFormatter, level ALL
        Logger root = Logger.getLogger("");
        for (Handler h : root.getHandlers()) root.removeHandler(h);
        root.addHandler(fh);
        root.setLevel(Level.ALL);
        Logger log = Logger.getLogger("shop.http");
        Logger db = Logger.getLogger("shop.db");
        log.info("shop starting, version 1.4.2");
        log.config("config loaded: port=8080 workers=4");
        String[] customers = {"Café Zoë in 東京", "O'Brien \"Bob\" <vip> & co", "tab\there", "Łódź ½ ☃", "back\\slash"};
        for (int i = 0; i < customers.length; i++) {
            log.info("GET /orders/" + (1001 + i) + " 200 customer=" + customers[i]);
            db.fine("SELECT * FROM orders WHERE id=" + (1001 + i));
        }
        db.finer("row cache hit ratio 0.93");
        db.finest("connection 7 returned to pool");
        log.warning("orders folder C:\\shop\\orders is almost full (91%)");
        try {
            Integer.parseInt("12x");
        } catch (NumberFormatException e) {
            log.log(Level.SEVERE, "POST /checkout failed for order 1006", e);
        }
        log.info("multi-line report:\nline two\n\tline three");
        log.log(Level.SEVERE, "database connection lost, shutting down");
        log.info("shop stopped");
        fh.close();
    }
}

import org.apache.log4j.*;

// log4j 1.2.17 (Debian liblog4j1.2-java): BasicConfigurator (its TTCC pattern "%r [%t] %p %c %x - %m%n" on the console).
public class Shop {
    public static void main(String[] args) throws Exception {
        BasicConfigurator.configure();
        Logger root = Logger.getRootLogger();
        root.setLevel(Level.ALL);
        Logger orders = Logger.getLogger("com.shop.orders.OrderService");
        Logger pay = Logger.getLogger("com.shop.payment.Gateway");
        Logger db = Logger.getLogger("org.hibernate.SQL");
        orders.trace("entering placeOrder(cart=42)");
        orders.debug("cart 42 has 3 items");
        NDC.push("user=alice");
        orders.info("Order 1001 placed by Jürgen Müller – total €99.50");
        db.debug("select o.id, o.total from orders o where o.customer = ?");
        pay.warn("Gateway latency 2400 ms above threshold \"2000 ms\"");
        NDC.push("req=7f3a");
        try {
            Integer.parseInt("12a");
        } catch (NumberFormatException e) {
            pay.error("Could not parse amount from gateway response", e);
        }
        NDC.pop();
        NDC.pop();
        Thread t = new Thread(() -> {
            Logger.getLogger("com.shop.jobs.Reindex").info("reindex started\nsecond line of the message");
            Logger.getLogger("com.shop.jobs.Reindex").info("x".repeat(3000));
        }, "pool-1-thread-1");
        t.start(); t.join();
        try {
            new Shop().fail();
        } catch (IllegalStateException e) {
            orders.fatal("Order store unavailable, shutting down", e);
        }
        for (int i = 1; i <= 5; i++) Logger.getLogger("com.shop.jobs.Batch").info("processed batch " + i + " of 5 (" + (i * 200) + " rows)");
        Logger.getLogger("com.shop.jobs.Batch").warn("batch 5 had 3 rejected rows: ['sku-9', 'sku-12', 'ñandú']");
        Logger.getLogger(Shop.class).info("done");
    }
    void fail() { try { throw new java.io.IOException("disk full"); } catch (java.io.IOException e) { throw new IllegalStateException("cannot write order 1002", e); } }
}

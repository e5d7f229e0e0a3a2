// One program for log4j2, logback (through slf4j) and java.util.logging: `java Shop log4j2|slf4j|jul`.
// The backend's configuration comes from the system properties in run_java.sh.
import java.util.logging.Level;

public class Shop {
    static final String[][] SCRIPT = {
        {"debug", "connecting to db host=db-1 port=5432"},
        {"info", "service started"},
        {"info", "user Zoë Łukasz-Søren logged in from München"},
        {"info", "日本語のメッセージ: 注文を受け付けました"},
        {"warn", "retrying request \"GET /api/v1/orders\" after 250 ms"},
        {"info", "path C:\\Users\\zoe\\orders.csv\tloaded"},
        {"error", "two-line message\nsecond line of the same message"},
        {"info", "emoji in text: payment ok \u2705 \uD83D\uDE00"},
        {"debug", "cache hit ratio 0.93"},
        {"info", "shutting down"},
    };

    static void charge(int order) {
        try {
            Integer.parseInt("12,50");
        } catch (NumberFormatException e) {
            throw new IllegalStateException("card declined for order " + order + ": \"insufficient funds\"", e);
        }
    }

    static void sleep() { try { Thread.sleep(3); } catch (InterruptedException e) { } }

    public static void main(String[] args) {
        Thread.currentThread().setName("main");
        switch (args[0]) {
            case "log4j2": {
                org.apache.logging.log4j.Logger log = org.apache.logging.log4j.LogManager.getLogger("com.example.shop.PaymentService");
                log.trace("trace level message");
                for (String[] s : SCRIPT) { log.log(org.apache.logging.log4j.Level.valueOf(s[0]), s[1]); sleep(); }
                try { charge(1234); } catch (RuntimeException e) { log.error("payment failed for order 1234", e); }
                log.fatal("fatal level message");
                break;
            }
            case "slf4j": {
                org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger("com.example.shop.PaymentService");
                log.trace("trace level message");
                for (String[] s : SCRIPT) {
                    switch (s[0]) {
                        case "debug": log.debug(s[1]); break;
                        case "info": log.info(s[1]); break;
                        case "warn": log.warn(s[1]); break;
                        default: log.error(s[1]);
                    }
                    sleep();
                }
                try { charge(1234); } catch (RuntimeException e) { log.error("payment failed for order 1234", e); }
                break;
            }
            case "jul": {
                java.util.logging.Logger log = java.util.logging.Logger.getLogger("com.example.shop.PaymentService");
                log.setLevel(Level.ALL);
                for (java.util.logging.Handler h : java.util.logging.Logger.getLogger("").getHandlers()) h.setLevel(Level.ALL);
                log.finest("finest level message");
                log.fine("fine level message");
                log.config("config level message");
                for (String[] s : SCRIPT) {
                    Level l = s[0].equals("debug") ? Level.FINE : s[0].equals("info") ? Level.INFO : s[0].equals("warn") ? Level.WARNING : Level.SEVERE;
                    log.log(l, s[1]);
                    sleep();
                }
                try { charge(1234); } catch (RuntimeException e) { log.log(Level.SEVERE, "payment failed for order 1234", e); }
                break;
            }
        }
    }
}

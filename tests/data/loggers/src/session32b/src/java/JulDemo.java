import com.example.shop.Script;
import java.util.logging.ConsoleHandler;
import java.util.logging.Level;
import java.util.logging.Logger;

/** java.util.logging with -Djava.util.logging.SimpleFormatter.format=...; ConsoleHandler (stderr) at ALL. */
public class JulDemo {
    public static void main(String[] args) throws Exception {
        Logger root = Logger.getLogger("");
        root.setLevel(Level.ALL);
        for (java.util.logging.Handler h : root.getHandlers()) {
            h.setLevel(Level.ALL);
        }
        Script.run((name, level, msg, t) -> {
            Logger l = Logger.getLogger(name);
            Level lv;
            switch (level) {
                case "trace": lv = Level.FINEST; break;
                case "debug": lv = msg.startsWith("columns") ? Level.FINER : Level.FINE; break;
                case "info": lv = msg.startsWith("server") ? Level.CONFIG : Level.INFO; break;
                case "warn": lv = Level.WARNING; break;
                default: lv = Level.SEVERE; break;
            }
            l.log(lv, msg, t);
        });
    }
}

import com.example.shop.Script;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** slf4j API; the binding on the class path (slf4j-simple) decides the layout. fatal -> error (slf4j has none). */
public class Slf4jDemo {
    public static void main(String[] args) throws Exception {
        Script.run((name, level, msg, t) -> {
            Logger l = LoggerFactory.getLogger(name);
            switch (level) {
                case "trace": l.trace(msg, t); break;
                case "debug": l.debug(msg, t); break;
                case "info": l.info(msg, t); break;
                case "warn": l.warn(msg, t); break;
                default: l.error(msg, t); break;
            }
        });
    }
}

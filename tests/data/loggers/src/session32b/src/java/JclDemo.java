import com.example.shop.Script;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/** Apache commons-logging API; -Dorg.apache.commons.logging.Log picks SimpleLog. */
public class JclDemo {
    public static void main(String[] args) throws Exception {
        Script.run((name, level, msg, t) -> {
            Log l = LogFactory.getLog(name);
            switch (level) {
                case "trace": l.trace(msg, t); break;
                case "debug": l.debug(msg, t); break;
                case "info": l.info(msg, t); break;
                case "warn": l.warn(msg, t); break;
                case "error": l.error(msg, t); break;
                default: l.fatal(msg, t); break;
            }
        });
    }
}

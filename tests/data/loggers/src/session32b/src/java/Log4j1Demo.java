import com.example.shop.Script;
import org.apache.log4j.BasicConfigurator;
import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.apache.log4j.PropertyConfigurator;

/** log4j 1.2: arg "basic" = BasicConfigurator.configure() (TTCC pattern to stdout), else PropertyConfigurator(file). */
public class Log4j1Demo {
    public static void main(String[] args) throws Exception {
        if (args[0].equals("basic")) {
            BasicConfigurator.configure();
            Logger.getRootLogger().setLevel(Level.ALL);
        } else {
            PropertyConfigurator.configure(args[0]);
        }
        Script.run((name, level, msg, t) -> {
            Logger l = Logger.getLogger(name);
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

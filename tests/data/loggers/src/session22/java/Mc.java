import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

// Log4j 2.19 (Debian) with the vanilla Minecraft server's console/latest.log pattern "[%d{HH:mm:ss}] [%t/%level]: %msg%n"
// (the server's log4j2.xml); the messages imitate a server start, players, a warning, a crash.
public class Mc {
    static final Logger LOG = LogManager.getLogger();
    static void in(String thread, Runnable r) throws Exception { Thread t = new Thread(r, thread); t.start(); t.join(); }
    public static void main(String[] a) throws Exception {
        in("main", () -> { LOG.info("Environment: authHost='https://authserver.mojang.com', name='PROD'"); LOG.warn("Ambiguity between arguments [teleport, location] and [teleport, destination] with inputs: [0.1 -0.5 .9, 0 0 0]"); LOG.debug("debug is usually filtered"); });
        in("Server thread", () -> {
            LOG.info("Starting minecraft server version 1.20.4");
            LOG.info("Loading properties");
            LOG.info("Default game type: SURVIVAL");
            LOG.info("Preparing level \"world\"");
            LOG.info("Preparing start region for dimension minecraft:overworld");
            LOG.info("Time elapsed: 2713 ms");
            LOG.info("Done (5.123s)! For help, type \"help\"");
        });
        in("User Authenticator #1", () -> LOG.info("UUID of player Jürgen_42 is 069a79f4-44e9-4726-a5be-fca90e38aaf5"));
        in("Server thread", () -> {
            LOG.info("Jürgen_42[/127.0.0.1:51234] logged in with entity id 123 at (8.5, 64.0, -3.5)");
            LOG.info("Jürgen_42 joined the game");
            LOG.info("<Jürgen_42> hallo zusammen! «test» \"quoted\"");
            LOG.warn("Can't keep up! Is the server overloaded? Running 2502ms or 50 ticks behind");
            LOG.info("Jürgen_42 lost connection: Disconnected");
            LOG.error("Encountered an unexpected exception", new IllegalStateException("Chunk data for [12, -7] is corrupt"));
        });
        in("Server Watchdog", () -> LOG.fatal("A single server tick took 60.00 seconds (should be max 0.05)\nConsidering it to be crashed, server will forcibly shutdown."));
        in("Server thread", () -> { LOG.info("Stopping server"); LOG.info("Saving players"); LOG.info("Saving worlds"); LOG.info("ThreadedAnvilChunkStorage (world): All chunks are saved"); });
    }
}

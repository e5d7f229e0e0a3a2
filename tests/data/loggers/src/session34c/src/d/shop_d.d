// std.experimental.logger (LDC 1.30 / Phobos 2.100): one made-up shop's activity through the default
// sharedLog (a FileLogger on stderr), its level lowered to all.
import std.experimental.logger;
import std.process : thisProcessID;
import std.exception : enforce;

void main()
{
    globalLogLevel = LogLevel.all;
    sharedLog.logLevel = LogLevel.all;
    infof("shop-api starting on 127.0.0.1:8080 (pid %d)", thisProcessID);
    info("config loaded: workers=4 db=postgres://shop@localhost/shop");
    trace("cache warm: 128 entries");
    auto orders = [1001, 1002, 1003, 1004, 1005];
    auto customers = ["Café Zoë in 東京", `O'Brien "Bob"`, "tab\there", "Łódź ½ ☃", `back\slash`];
    foreach (i, id; orders)
    {
        if (id == 1004)
            warningf("GET /orders/%d 404 customer=%s", id, customers[i]);
        else
            infof("GET /orders/%d 200 customer=%s", id, customers[i]);
    }
    warning(`disk almost full on C:\shop\orders (91% used)`);
    try
        enforce(false, "payment gateway timeout after 30s");
    catch (Exception e)
        errorf("POST /checkout failed: %s", e.msg);
    info("multi-line report:\nline two\n\tline three");
    critical("database connection lost");
    info("shop-api stopped");
    fatal("cannot continue, shutting down");
}

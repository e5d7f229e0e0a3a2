// log4cpp_shop: one made-up shop's activity through log4cpp (Debian liblog4cpp5-dev).
// The default layout: log4cpp::BasicLayout ("<epoch seconds> <PRIORITY> <category> <ndc>: <message>").
#include <log4cpp/Category.hh>
#include <log4cpp/OstreamAppender.hh>
#include <log4cpp/BasicLayout.hh>
#include <log4cpp/NDC.hh>
#include <log4cpp/Priority.hh>
#include <iostream>
#include <stdexcept>
#include <string>
#include <unistd.h>

int main() {
    log4cpp::Appender *app = new log4cpp::OstreamAppender("console", &std::cout);
    app->setLayout(new log4cpp::BasicLayout());
    log4cpp::Category &root = log4cpp::Category::getRoot();
    root.setPriority(log4cpp::Priority::DEBUG);
    root.addAppender(app);
    log4cpp::Category &shop = log4cpp::Category::getInstance("shop");
    log4cpp::Category &http = log4cpp::Category::getInstance("shop.http");

    shop.notice("shop-api starting on 127.0.0.1:8080 (pid %d)", (int)getpid());
    shop.info("config loaded: workers=%d db=%s", 4, "postgres://shop@localhost/shop");
    shop.debug("cache warm: 128 entries");
    const char *customers[] = {"Café Zoë in 東京", "O'Brien \"Bob\"", "tab\there", "Łódź ½ ☃", "back\\slash"};
    for (int i = 0; i < 5; i++) {
        log4cpp::NDC::push("order-" + std::to_string(1001 + i));
        if (i == 3)
            http.warn("GET /orders/%d 404 customer=%s", 1001 + i, customers[i]);
        else
            http.info("GET /orders/%d 200 customer=%s", 1001 + i, customers[i]);
        log4cpp::NDC::pop();
    }
    shop.warn("disk almost full on C:\\shop\\orders (91%% used)");
    try {
        throw std::runtime_error("payment gateway timeout after 30s");
    } catch (const std::exception &e) {
        shop.error("POST /checkout failed: %s", e.what());
    }
    shop.info("multi-line report:\nline two\n\tline three");
    shop.crit("database connection lost");
    shop.alert("replica lag 120s");
    shop.emerg("disk /var/lib/shop is read-only");
    shop.fatal("cannot continue, shutting down");
    shop.notice("shop-api stopped");
    log4cpp::Category::shutdown();
    return 0;
}

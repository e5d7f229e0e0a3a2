// Shop activity through Apache log4cxx; the layout comes from the properties file given as argv[1].
#include <log4cxx/logger.h>
#include <log4cxx/propertyconfigurator.h>
#include <log4cxx/mdc.h>
#include <log4cxx/ndc.h>
#include <clocale>
#include <stdexcept>
#include <string>

using namespace log4cxx;

int main(int argc, char **argv) {
    std::setlocale(LC_ALL, "");   // log4cxx decodes char* text with the locale's charset (run with LC_ALL=C.UTF-8)
    PropertyConfigurator::configure(argv[1]);
    LoggerPtr log = Logger::getLogger("shop.http");
    LoggerPtr db = Logger::getLogger("shop.db");
    const char *customers[] = {"Café Zoë in 東京", "O'Brien \"Bob\" <vip> & co", "tab\there", "Łódź ½ ☃",
                               "back\\slash C:\\shop"};
    LOG4CXX_INFO(log, "shop starting, version 1.4.2");
    LOG4CXX_DEBUG(log, "config loaded: port=8080 workers=4");
    for (int i = 0; i < 5; i++) {
        MDC::put("requestId", "req-" + std::to_string(1001 + i));
        NDC ndc("order " + std::to_string(1001 + i));
        LOG4CXX_INFO(log, "GET /orders/" << 1001 + i << " 200 customer=" << customers[i]);
        LOG4CXX_TRACE(db, "SELECT * FROM orders WHERE id=" << 1001 + i);
    }
    MDC::remove("requestId");
    LOG4CXX_WARN(log, "orders folder C:\\shop\\orders is almost full (91%)");
    try {
        throw std::runtime_error("checkout of order 1006 failed: card declined");
    } catch (const std::exception &e) {
        // log4cxx has no throwable element for C++ exceptions: the text goes into the message
        LOG4CXX_ERROR(log, "POST /checkout failed for order 1006: " << e.what());
    }
    LOG4CXX_INFO(log, "multi-line report:\nline two\n\tline three");
    LOG4CXX_INFO(log, "CDATA end ]]> inside, and <![CDATA[ too");
    LOG4CXX_INFO(log, "terminal colour \x1b[31mred\x1b[0m reset");
    LOG4CXX_FATAL(log, "database connection lost, shutting down");
    LOG4CXX_INFO(log, "shop stopped");
    return 0;
}

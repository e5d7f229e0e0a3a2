// log4cplus 2.0: mode "basic" = BasicConfigurator (ConsoleAppender to stdout, its default layout);
// mode "ttcc" = a ConsoleAppender with a default-constructed TTCCLayout.
#include <log4cplus/logger.h>
#include <log4cplus/configurator.h>
#include <log4cplus/consoleappender.h>
#include <log4cplus/layout.h>
#include <log4cplus/initializer.h>
#include <log4cplus/loggingmacros.h>
#include <log4cplus/ndc.h>
#include <string>
#include "common.h"

using namespace log4cplus;

int main(int argc, char **argv)
{
    Initializer initializer;
    std::string mode = argc > 1 ? argv[1] : "basic";
    if (mode == "ttcc") {
        SharedAppenderPtr app(new ConsoleAppender());
        app->setLayout(std::unique_ptr<Layout>(new TTCCLayout()));
        Logger::getRoot().addAppender(app);
    } else {
        BasicConfigurator config;
        config.configure();
    }
    Logger::getRoot().setLogLevel(TRACE_LOG_LEVEL);
    Logger api = Logger::getInstance(LOG4CPLUS_TEXT("shop.api"));
    Logger db = Logger::getInstance(LOG4CPLUS_TEXT("shop.db"));
    const LogLevel levels[] = {TRACE_LOG_LEVEL, DEBUG_LOG_LEVEL, INFO_LOG_LEVEL,
                               WARN_LOG_LEVEL, ERROR_LOG_LEVEL, FATAL_LOG_LEVEL};
    for (LogLevel l : levels)
        api.log(l, LOG4CPLUS_TEXT("level check: ") + getLogLevelManager().toString(l));
    for (int i = 0; i < N_APP_MSGS; i++)
        (i % 2 ? db : api).log(levels[(i + 2) % 6], APP_MSGS[i]);
    LOG4CPLUS_INFO(api, long_msg());
    NDC &ndc = getNDC();
    ndc.push(LOG4CPLUS_TEXT("req-7f3a"));
    LOG4CPLUS_WARN(api, "slow request: GET /api/orders took " << 1250 << " ms");
    ndc.pop();
    LOG4CPLUS_ERROR(db, "exception caught: std::runtime_error: DB timeout (host=db-1.internal:5432)");
    LOG4CPLUS_FATAL(Logger::getRoot(), "unrecoverable: cannot bind 0.0.0.0:8080 (Address already in use)");
    LOG4CPLUS_INFO(api, "shutting down gracefully");
    return 0;
}

// Apache log4cxx 1.0: mode "basic" = BasicConfigurator::configure() (ConsoleAppender on stdout, its default
// PatternLayout); mode "props <file>" = PropertyConfigurator with log4cxx/log4cxx.properties.
#include <log4cxx/logger.h>
#include <log4cxx/basicconfigurator.h>
#include <log4cxx/propertyconfigurator.h>
#include <log4cxx/ndc.h>
#include <string>
#include <clocale>
#include "common.h"

using namespace log4cxx;

int main(int argc, char **argv)
{
    std::setlocale(LC_ALL, "");  // log4cxx converts through the locale's charset
    std::string mode = argc > 1 ? argv[1] : "basic";
    if (mode == "props")
        PropertyConfigurator::configure(File(argv[2]));
    else
        BasicConfigurator::configure();
    Logger::getRootLogger()->setLevel(Level::getTrace());
    LoggerPtr api = Logger::getLogger("shop.api");
    LoggerPtr db = Logger::getLogger("shop.db");
    const LevelPtr levels[] = {Level::getTrace(), Level::getDebug(), Level::getInfo(),
                               Level::getWarn(), Level::getError(), Level::getFatal()};
    for (const LevelPtr &l : levels) {
        LogString name;
        l->toString(name);
        LOG4CXX_LOG(api, l, "level check: " << name);
    }
    for (int i = 0; i < N_APP_MSGS; i++)
        LOG4CXX_LOG((i % 2 ? db : api), levels[(i + 2) % 6], APP_MSGS[i]);
    LOG4CXX_INFO(api, long_msg());
    {
        NDC ndc("req-7f3a");
        LOG4CXX_WARN(api, "slow request: GET /api/orders took " << 1250 << " ms");
    }
    LOG4CXX_ERROR(db, "exception caught: std::runtime_error: DB timeout (host=db-1.internal:5432)");
    LOG4CXX_FATAL(Logger::getRootLogger(), "unrecoverable: cannot bind 0.0.0.0:8080 (Address already in use)");
    LOG4CXX_INFO(api, "shutting down gracefully");
    return 0;
}

// Easylogging++ 9.97: default configuration (stdout and the default log file logs/myeasylog.log under the
// working directory), the "default" logger and a registered logger "shop.db". Run with --v=2 for VLOG.
// LOG(FATAL) would abort by default: it is the last statement.
#include "easylogging++.h"
#include "common.h"

INITIALIZE_EASYLOGGINGPP

int main(int argc, char **argv)
{
    START_EASYLOGGINGPP(argc, argv);
    el::Loggers::getLogger("shop.db");
    el::Loggers::addFlag(el::LoggingFlag::DisableApplicationAbortOnFatalLog);
    LOG(TRACE) << "level check: TRACE";
    LOG(DEBUG) << "level check: DEBUG";
    LOG(INFO) << "level check: INFO";
    LOG(WARNING) << "level check: WARNING";
    LOG(ERROR) << "level check: ERROR";
    LOG(FATAL) << "level check: FATAL (abort disabled by flag)";
    VLOG(1) << "level check: VERBOSE 1";
    VLOG(2) << "level check: VERBOSE 2";
    for (int i = 0; i < N_APP_MSGS; i++) {
        switch (i % 5) {
        case 0: CLOG(INFO, i % 2 ? "shop.db" : "default") << APP_MSGS[i]; break;
        case 1: CLOG(DEBUG, i % 2 ? "shop.db" : "default") << APP_MSGS[i]; break;
        case 2: CLOG(WARNING, i % 2 ? "shop.db" : "default") << APP_MSGS[i]; break;
        case 3: CLOG(ERROR, i % 2 ? "shop.db" : "default") << APP_MSGS[i]; break;
        default: CLOG(TRACE, i % 2 ? "shop.db" : "default") << APP_MSGS[i]; break;
        }
    }
    LOG(INFO) << long_msg();
    CLOG(ERROR, "shop.db") << "exception caught: std::runtime_error: DB timeout (host=db-1.internal:5432)";
    LOG(INFO) << "shutting down: flushing " << 3 << " pending orders";
    return 0;
}

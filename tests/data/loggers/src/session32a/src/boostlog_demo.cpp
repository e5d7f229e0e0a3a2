// Boost.Log 1.74: mode "trivial" = BOOST_LOG_TRIVIAL with no setup (the default sink on std::clog);
// mode "file <path>" = add_file_log with a format string and add_common_attributes, a
// severity_channel_logger per component.
#include <boost/log/trivial.hpp>
#include <boost/log/core.hpp>
#include <boost/log/expressions.hpp>
#include <boost/log/sources/severity_channel_logger.hpp>
#include <boost/log/sources/record_ostream.hpp>
#include <boost/log/utility/setup/file.hpp>
#include <boost/log/utility/setup/common_attributes.hpp>
#include <boost/log/utility/setup/formatter_parser.hpp>
#include <string>
#include "common.h"

namespace logging = boost::log;
namespace src = boost::log::sources;
namespace keywords = boost::log::keywords;
using sev = boost::log::trivial::severity_level;

static const sev LEVELS[] = {sev::trace, sev::debug, sev::info, sev::warning, sev::error, sev::fatal};

int main(int argc, char **argv)
{
    std::string mode = argc > 1 ? argv[1] : "trivial";
    if (mode == "trivial") {
        BOOST_LOG_TRIVIAL(trace) << "level check: trace";
        BOOST_LOG_TRIVIAL(debug) << "level check: debug";
        BOOST_LOG_TRIVIAL(info) << "level check: info";
        BOOST_LOG_TRIVIAL(warning) << "level check: warning";
        BOOST_LOG_TRIVIAL(error) << "level check: error";
        BOOST_LOG_TRIVIAL(fatal) << "level check: fatal";
        for (int i = 0; i < N_APP_MSGS; i++) {
            switch (LEVELS[(i + 2) % 6]) {
            case sev::trace: BOOST_LOG_TRIVIAL(trace) << APP_MSGS[i]; break;
            case sev::debug: BOOST_LOG_TRIVIAL(debug) << APP_MSGS[i]; break;
            case sev::info: BOOST_LOG_TRIVIAL(info) << APP_MSGS[i]; break;
            case sev::warning: BOOST_LOG_TRIVIAL(warning) << APP_MSGS[i]; break;
            case sev::error: BOOST_LOG_TRIVIAL(error) << APP_MSGS[i]; break;
            default: BOOST_LOG_TRIVIAL(fatal) << APP_MSGS[i]; break;
            }
        }
        BOOST_LOG_TRIVIAL(info) << long_msg();
        BOOST_LOG_TRIVIAL(error) << "exception caught: std::runtime_error: DB timeout (host=db-1.internal:5432)";
        BOOST_LOG_TRIVIAL(info) << "shutting down gracefully";
        return 0;
    }
    logging::register_simple_formatter_factory<sev, char>("Severity");
    logging::add_file_log(keywords::file_name = argv[2],
                          keywords::format = "[%TimeStamp%] [%ThreadID%] [%Channel%] <%Severity%> %Message%",
                          keywords::auto_flush = true);
    logging::add_common_attributes();
    src::severity_channel_logger_mt<sev, std::string> api(keywords::channel = "shop.api");
    src::severity_channel_logger_mt<sev, std::string> db(keywords::channel = "shop.db");
    for (sev l : LEVELS)
        BOOST_LOG_SEV(api, l) << "level check: " << l;
    for (int i = 0; i < N_APP_MSGS; i++)
        BOOST_LOG_SEV(i % 2 ? db : api, LEVELS[(i + 2) % 6]) << APP_MSGS[i];
    BOOST_LOG_SEV(api, sev::info) << long_msg();
    BOOST_LOG_SEV(db, sev::error) << "exception caught: std::runtime_error: DB timeout (host=db-1.internal:5432)";
    BOOST_LOG_SEV(api, sev::info) << "shutting down gracefully";
    return 0;
}

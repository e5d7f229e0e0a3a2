// spdlog 1.10: mode "default" = spdlog's default logger (stdout colour sink, default pattern),
// mode "file <path>" = a named logger "checkout" on a basic_file_sink (default pattern with [%n]).
#include <spdlog/spdlog.h>
#include <spdlog/sinks/basic_file_sink.h>
#include <string>
#include "common.h"

int main(int argc, char **argv)
{
    std::string mode = argc > 1 ? argv[1] : "default";
    std::shared_ptr<spdlog::logger> lg;
    if (mode == "file")
        lg = spdlog::basic_logger_mt("checkout", argv[2], true);
    else
        lg = spdlog::default_logger();
    lg->set_level(spdlog::level::trace);
    const spdlog::level::level_enum levels[] = {spdlog::level::trace, spdlog::level::debug, spdlog::level::info,
                                                spdlog::level::warn, spdlog::level::err, spdlog::level::critical};
    for (auto l : levels)
        lg->log(l, "level check: {} ({})", spdlog::level::to_string_view(l), static_cast<int>(l));
    for (int i = 0; i < N_APP_MSGS; i++)
        lg->log(levels[(i + 2) % 6], "{}", APP_MSGS[i]);
    lg->info("{}", long_msg());
    lg->warn("order {} total {:.2f} {} for user {}", 1234, 59.9, "EUR", "jürgen");
    lg->error("exception caught: {}", "std::runtime_error: DB timeout (host=db-1.internal:5432)");
    lg->critical("out of memory while allocating {} bytes", 1073741824);
    lg->info("shutting down gracefully");
    lg->flush();
    return 0;
}

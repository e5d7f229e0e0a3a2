%% Erlang/OTP 25 logger with its default handler and formatter (logger_formatter, single_line = false
%% for the default handler? we leave every option at its default), every level.
-module(corpus_gen).
-export([main/0]).
main() ->
    io:setopts(standard_io, [{encoding, unicode}]),
    logger:set_primary_config(level, all),
    logger:set_handler_config(default, level, all),
    logger:debug("cache warm-up: ~p entries", [42]),
    logger:info("user ~ts logged in", [<<"Zoë Łukasz"/utf8>>]),
    logger:notice("configuration \"shop.conf\" reloaded"),
    logger:warning("stock low for item ~p~nsecond line", [<<"café">>]),
    logger:error(#{what => payment_failed, order => 1234, reason => "declined «card»"}),
    logger:error("order ~p failed: ~p", [99, {badmatch, {error, timeout}}]),
    logger:critical("database unreachable after ~b retries", [5]),
    logger:alert("disk almost full: ~b%", [97]),
    logger:emergency("node going down"),
    logger:info("report with tab:\tend"),
    spawn(fun() -> 1 = erlang:length(lists:seq(1, rand:uniform(3) + 1)) end),
    timer:sleep(200),
    Proc = proc_lib:spawn(fun() -> exit(crashed_on_purpose) end),
    _ = Proc,
    timer:sleep(300),
    logger:info("done"),
    timer:sleep(100),
    init:stop().

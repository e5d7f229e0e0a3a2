# tcllib 1.21 'logger' package 0.9.4 (Debian tcllib), Tcl 8.6: default log commands
# (stdoutcmd: "[clock format [clock seconds]] [service] [level] 'text'"), all eight levels enabled
# (the default level is debug). Run: tclsh tcllogger.tcl > tcllib_logger.log
package require logger
set log [logger::init shop]
set http [logger::init shop::http]
set db [logger::init shop::db]
${log}::info "shop-api starting, pid [pid], Tcl [info patchlevel]"
${log}::debug "config loaded from /etc/shop/config.yml"
${http}::notice "listening on 127.0.0.1:8080"
foreach {id who total} [list 1001 "Café Zoë in 東京" 12.5 1002 {O'Brien "Bob"} 3 1003 "tab\there" 0 1004 "Łódź ½ ☃" 7 1005 "back\\slash" 0] {
    ${http}::info "GET /orders/$id 200 customer=$who"
    ${db}::debug "SELECT * FROM orders WHERE id = $id"
    if {$total == 0} { ${log}::warn "order $id has total 0, path C:\\shop\\orders" }
}
if {[catch {error "payment gateway refused: card declined"} msg opts]} {
    ${http}::error "POST /checkout failed: $msg"
    ${http}::error [dict get $opts -errorinfo]
}
${db}::warn "slow query 1.52 s: note = 'naïve'"
${db}::critical "disk /var/lib/shop 97% full"
${log}::alert "replica lag 120 s"
${log}::info "Übersicht: Grüße aus Köln"
${db}::emergency "database connection lost, shutting down"
${log}::notice "shop-api stopped"

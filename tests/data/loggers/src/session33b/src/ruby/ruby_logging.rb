# ruby-logging 2.2.2 (Debian ruby-logging, the 'logging' gem).
# ARGV[0] = basic: a file appender with the default layout (Logging::Layouts::Basic)
# ARGV[0] = pattern: a file appender with Logging.layouts.pattern and its default pattern "[%d] %-5l -- %c : %m\n"
# Run: ruby ruby_logging.rb basic ruby_logging_basic.log; ruby ruby_logging.rb pattern ruby_logging_pattern.log
require 'logging'
mode, path = ARGV
File.delete(path) if File.exist?(path)
opts = mode == 'pattern' ? { layout: Logging::Layouts::Pattern.new } : {}
app = Logging.appenders.file(path, **opts)
Logging.logger.root.appenders = app
Logging.logger.root.level = :debug
main = Logging.logger['Shop::Api']
http = Logging.logger['Shop::Http']
db = Logging.logger['Shop::Db']
main.info "shop-api starting, pid #{Process.pid}, ruby #{RUBY_VERSION}"
main.debug 'config loaded from /etc/shop/config.yml'
http.info 'listening on 127.0.0.1:8080'
[[1001, 'Café Zoë in 東京', 12.5], [1002, %q{O'Brien "Bob"}, 3], [1003, "tab\there", 0], [1004, "Łódź ½ ☃", 7], [1005, "back\\slash", 0]].each do |id, who, total|
  http.info "GET /orders/#{id} 200 customer=#{who}"
  db.debug "SELECT * FROM orders WHERE id = #{id}"
  main.warn "order #{id} has total 0, path C:\\shop\\orders" if total.zero?
end
begin
  raise ArgumentError, 'payment gateway refused: card declined'
rescue => e
  http.error e
end
http.error "multi-line report:\nline two\n\tline three"
db.warn "slow query 1.52 s: note = 'naïve'"
main.info 'Übersicht: Grüße aus Köln'
db.fatal 'database connection lost, shutting down'
main.info 'shop-api stopped'
Logging.shutdown

# log4r 1.1.10 (Debian ruby-log4r): Log4r::FileOutputter with the default formatter
# (Log4r::DefaultFormatter = BasicFormatter: "%*s %s: %s" level, the logger's last name component, message).
# Run: ruby log4r.rb log4r_default.log
require 'log4r'
path = ARGV[0]
out = Log4r::FileOutputter.new('file', filename: path, trunc: true)
main = Log4r::Logger.new('shop')
main.outputters = out
main.level = Log4r::DEBUG
http = Log4r::Logger.new('shop::http')
db = Log4r::Logger.new('shop::db')
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

# mixlib-log (Chef's logger; Debian ruby-mixlib-log): one made-up shop's activity with its default
# formatter, level :trace, to STDOUT (its default device).
require "mixlib/log"

module ShopLog
  extend Mixlib::Log
end

ShopLog.init
ShopLog.level = :trace
ShopLog.info("shop-api starting on 127.0.0.1:8080 (pid #{Process.pid})")
ShopLog.info("config loaded: workers=4 db=postgres://shop@localhost/shop")
ShopLog.debug("cache warm: 128 entries")
ShopLog.trace("cache entry order:1001")
[[1001, 200, "Café Zoë in 東京"], [1002, 200, %q{O'Brien "Bob"}], [1003, 200, "tab\there"],
 [1004, 404, "Łódź ½ ☃"], [1005, 200, "back\\slash"]].each do |id, status, c|
  if status == 404
    ShopLog.warn("GET /orders/#{id} #{status} customer=#{c}")
  else
    ShopLog.info("GET /orders/#{id} #{status} customer=#{c}")
  end
end
ShopLog.warn('disk almost full on C:\shop\orders (91% used)')
begin
  raise IOError, "payment gateway timeout after 30s"
rescue IOError => e
  ShopLog.error("POST /checkout failed")
  ShopLog.error(e)
end
ShopLog.info("multi-line report:\nline two\n\tline three")
ShopLog.fatal("database connection lost")
ShopLog.info("shop-api stopped")

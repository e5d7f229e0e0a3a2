# A Rack app for Puma: ok, 404, an exception (Puma's lowlevel error log), a slow-ish response, stderr output.
run lambda { |env|
  case env["PATH_INFO"]
  when "/" then [200, { "content-type" => "text/plain" }, ["ok"]]
  when "/boom" then raise ArgumentError, "Warenkorb «leer»: cannot render"
  when "/warn" then $stderr.puts "app warning: cart 42 stale"; [200, {}, ["w"]]
  else [404, { "content-type" => "text/plain" }, ["not found"]]
  end
}

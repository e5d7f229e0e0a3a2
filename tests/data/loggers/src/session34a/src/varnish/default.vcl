vcl 4.1;
# Varnish 7.1 for the run: one backend (python3 http.server on 127.0.0.1:18734)
backend shop {
    .host = "127.0.0.1";
    .port = "18734";
}
sub vcl_recv {
    if (req.method == "PURGE") {
        return (synth(405, "Purging not allowed"));
    }
}

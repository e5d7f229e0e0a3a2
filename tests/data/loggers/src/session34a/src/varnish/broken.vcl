vcl 4.1;
# a VCL with an error: the backend has no .host
backend shop {
    .port = "18734";
}
sub vcl_recv {
    set req.http.X-Shop = "Café Zoë";
}

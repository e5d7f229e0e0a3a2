(* Logs (OCaml): one made-up shop's activity through Logs_fmt.reporter (), the reporter its docs set up. *)
let http = Logs.Src.create "shop.http" ~doc:"HTTP requests"
module Http = (val Logs.src_log http : Logs.LOG)

let () =
  Logs.set_reporter (Logs_fmt.reporter ());
  Logs.set_level (Some Logs.Debug);
  Logs.info (fun m -> m "shop-api starting on 127.0.0.1:8080 (pid %d)" (Unix.getpid ()));
  Logs.info (fun m -> m "config loaded: workers=%d db=%s" 4 "postgres://shop@localhost/shop");
  Logs.debug (fun m -> m "cache warm: %d entries" 128);
  List.iter
    (fun (id, status, c) ->
      if status = 404 then Http.warn (fun m -> m "GET /orders/%d %d customer=%s" id status c)
      else Http.info (fun m -> m "GET /orders/%d %d customer=%s" id status c))
    [ (1001, 200, "Café Zoë in 東京"); (1002, 200, "O'Brien \"Bob\""); (1003, 200, "tab\there");
      (1004, 404, "Łódź ½ ☃"); (1005, 200, "back\\slash") ];
  Logs.warn (fun m -> m "disk almost full on C:\\shop\\orders (91%% used)");
  (try failwith "payment gateway timeout after 30s"
   with e -> Logs.err (fun m -> m "POST /checkout failed: %s" (Printexc.to_string e)));
  Logs.info (fun m -> m "multi-line report:\nline two\n\tline three");
  Logs.info (fun m -> m "@[<v>boxed report:@,line two@,line three@]");
  Logs.err (fun m -> m "database connection lost");
  Logs.info (fun m -> m "shop-api stopped");
  Format.pp_print_flush Format.err_formatter ();
  exit (if Logs.err_count () > 0 then 1 else 0)

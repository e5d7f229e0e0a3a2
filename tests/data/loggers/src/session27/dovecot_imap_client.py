import imaplib, base64
for u, p in [("alice", "secret"), ("alice", "wrong"), ("jürgen", "pässwort"), ("bob", "hunter2")]:
    try:
        m = imaplib.IMAP4("127.0.0.1", 14143)
        m.authenticate("PLAIN", lambda _: ("\0" + u + "\0" + p).encode("utf-8"))
        m.select("INBOX"); m.logout()
    except Exception as e:
        print(u, e)

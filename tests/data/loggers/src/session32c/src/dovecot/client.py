#!/usr/bin/env python3
"""IMAP on 127.0.0.1:143: a good login (password from the environment), mailboxes with non-ASCII names, a wrong
password, an unknown user, PAM user root with a wrong password, a bad command, a dropped connection."""
import imaplib
import os
import socket

PW = os.environ["IMAP_PW"]


def try_login(user, pw):
    m = imaplib.IMAP4("127.0.0.1", 143)
    try:
        if user.isascii():
            m.login(user, pw)
        else:  # AUTHENTICATE PLAIN carries UTF-8
            m.authenticate("PLAIN", lambda _: f"\0{user}\0{pw}".encode("utf-8"))
        return m
    except imaplib.IMAP4.error as e:
        print(user, "login failed:", e)
        m.logout()
        return None


m = try_login("anna", PW)


def step(f, *a):
    try:
        print(f(*a))
    except (imaplib.IMAP4.error, UnicodeError) as e:
        print("error:", e)


step(m.list)
step(m.create, '"K&APY-ln"')                  # Köln in modified UTF-7
m._encoding = "utf-8"                          # send raw UTF-8: not valid IMAP4rev1 without UTF8=ACCEPT
step(m.create, '"東京"')
m._encoding = "ascii"
step(m.select, "INBOX")
step(m.append, "INBOX", None, None, "Subject: Grüße aus Köln\r\n\r\nHallo é 東京\r\n".encode("utf-8"))
step(m.search, None, "ALL")
step(m.select, "Gibts/Nicht")
step(m.xatom, "FROBNICATE")
step(m.logout)
try_login("anna", "falsch")
try_login("jürgen", "egal")
try_login("root", "falsch")
s = socket.create_connection(("127.0.0.1", 143))
s.recv(1000)
s.sendall(b"a1 LOGIN anna\r\n")
s.close()

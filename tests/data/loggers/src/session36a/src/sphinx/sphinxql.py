"""Drive Sphinx searchd over SphinxQL (MySQL protocol, pymysql): inserts, searches, errors."""
import socket
import sys
import time

import pymysql

port = int(sys.argv[1])
db = pymysql.connect(host="127.0.0.1", port=port, user="", autocommit=True)
cur = db.cursor()


def q(sql):
    try:
        cur.execute(sql)
        rows = cur.fetchall()
        print(sql, "->", len(rows), "rows")
    except pymysql.MySQLError as e:
        print(sql, "->", e)


rows = [
    (1, "Café Zoë in 東京", "espresso bar with \"quotes\" and a tab\there", 450, "CZ-001"),
    (2, "Blue mug", "ceramic mug, 350 ml", 1200, "MUG-350"),
    (3, "Green tea 緑茶", "sencha from Shizuoka", 980, "TEA-7"),
    (4, "Zoë's grinder", "burr grinder; O'Brien edition", 8900, "GR-8"),
]
for r in rows:
    cur.execute("INSERT INTO shop_rt (id, title, body, price, sku) VALUES (%s, %s, %s, %s, %s)", r)
q("SELECT * FROM shop_rt WHERE MATCH('mug')")
q("SELECT id, price FROM shop_rt WHERE MATCH('café zoë') ORDER BY price DESC LIMIT 2")
q("SELECT * FROM shop_rt WHERE MATCH('東京')")
q("SELECT * FROM shop_rt WHERE MATCH('\"burr grinder\"') AND price > 100")
q("SELECT * FROM shop_rt WHERE MATCH('nothing-matches-this')")
q("SELECT * FROM shop_rt WHERE MATCH('tea | mug') OPTION ranker=bm25")
q("SELECT sku, COUNT(*) FROM shop_rt GROUP BY sku ORDER BY price ASC")
q("SELECT * FROM shop_rt WHERE price BETWEEN 400 AND 1000")
q("SELECT * FROM shop_rt WHERE MATCH('O\\'Brien')")
q("SELECT * FROM shop_rt WHERE MATCH('grind*') LIMIT 1, 5")
q("SELECT * FROM shop_rt WHERE MATCH('@nosuchfield tea')")
q("SELECT * FROM missing_index WHERE MATCH('x')")
q("SELECT * FROM legacy_catalog WHERE MATCH('x')")
q("SELEC oops")
q("SHOW STATUS")
q("CALL SNIPPETS('Café Zoë in 東京 serves espresso', 'shop_rt', 'espresso')")
q("FLUSH RTINDEX shop_rt")
q("OPTIMIZE INDEX shop_rt")
q("DELETE FROM shop_rt WHERE id = 2")
q("SELECT * FROM shop_rt WHERE MATCH('mug')")
db.close()
# a client killed mid-session: half a MySQL packet, then the socket closes
s = socket.create_connection(("127.0.0.1", port))
s.recv(200)
s.sendall(b"\x40\x00\x00\x01\x85\xa6")
s.close()
time.sleep(0.3)

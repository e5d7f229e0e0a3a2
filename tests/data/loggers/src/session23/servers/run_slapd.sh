#!/bin/bash
# OpenLDAP slapd 2.5.13: -d stats (its debug output on stderr, as `slapd -d` in a container), slapd.conf with an mdb database;
# a bind with a wrong password, an add, searches (one on a missing base, one with a bad filter), a modify, a StartTLS without TLS configured, SIGTERM.
set -u; : "${CORPUS:?}"; W=$CORPUS/work/slapd; rm -rf $W; mkdir -p $W/db $CORPUS/raw
cat > $W/slapd.conf <<C
include /etc/ldap/schema/core.schema
include /etc/ldap/schema/cosine.schema
include /etc/ldap/schema/inetorgperson.schema
pidfile $W/slapd.pid
modulepath /usr/lib/ldap
moduleload back_mdb
database mdb
suffix "dc=shop,dc=test"
rootdn "cn=admin,dc=shop,dc=test"
rootpw s3cret
directory $W/db
index objectClass eq
C
TZ=UTC slapd -d stats -h ldap://127.0.0.1:5434/ -f $W/slapd.conf > $W/slapd.log 2>&1 & P=$!; sleep 1.5
L="-x -H ldap://127.0.0.1:5434"
ldapsearch $L -D cn=admin,dc=shop,dc=test -w wrong -b dc=shop,dc=test >/dev/null 2>&1
ldapadd $L -D cn=admin,dc=shop,dc=test -w s3cret >/dev/null 2>&1 <<LDIF
dn: dc=shop,dc=test
objectClass: dcObject
objectClass: organization
o: Shop
dc: shop

dn: cn=Jürgen Müller,dc=shop,dc=test
objectClass: inetOrgPerson
cn: Jürgen Müller
sn: Müller
mail: juergen@shop.test
LDIF
ldapsearch $L -b dc=shop,dc=test "(sn=Müller)" >/dev/null 2>&1
ldapsearch $L -b ou=gone,dc=shop,dc=test >/dev/null 2>&1
ldapsearch $L -b dc=shop,dc=test "(&(cn=x)" >/dev/null 2>&1
ldapmodify $L -D cn=admin,dc=shop,dc=test -w s3cret >/dev/null 2>&1 <<LDIF
dn: cn=Jürgen Müller,dc=shop,dc=test
changetype: modify
replace: nosuchattr
nosuchattr: 1
LDIF
ldapwhoami $L -ZZ >/dev/null 2>&1
sleep 0.5; kill -TERM $P; wait $P
cp $W/slapd.log $CORPUS/raw/slapd.log

#!/bin/sh
# an LXC start-host hook: LXC logs what a hook prints (DEBUG) and a hook that fails (ERROR)
echo "Grüße aus Köln: Container $LXC_NAME startet (café)"
echo "zweite Zeile der Ausgabe"
[ -e /tmp/w30/lxc/hook_fail ] && { echo "Fehler: Hook schlägt fehl" >&2; exit 3; }
exit 0

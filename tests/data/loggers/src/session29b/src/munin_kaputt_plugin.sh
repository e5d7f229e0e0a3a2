#!/bin/sh
# a broken plugin: writes to stderr and fails
if [ "$1" = "config" ]; then echo "graph_title Kaputt – café"; echo "wert.label Wert"; exit 0; fi
echo "Fehler: Sensor Jürgen nicht erreichbar (日本)" >&2
exit 2

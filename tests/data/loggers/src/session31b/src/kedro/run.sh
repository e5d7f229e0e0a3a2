#!/bin/sh
# kedro run with Kedro's default logging (rich_logging.yml; stdout not a TTY), three runs into one file:
# a good run, a run with a failing node, a run of an unknown pipeline.
export TZ=UTC KEDRO_DISABLE_TELEMETRY=true
cd laden
{
kedro run
kedro run --params "umsatz.fehler=true"
kedro run --pipeline gibt_es_nicht
} > ../kedro_raw.log 2>&1

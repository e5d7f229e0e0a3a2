#!/bin/sh
# dbt-core + dbt-duckdb: seed, run (one model fails, one is skipped), test (one fails, one warns), a macro
# with log() and a warning, a compile error; console (stdout, not a TTY) and logs/dbt.log kept.
export TZ=UTC DBT_SEND_ANONYMOUS_USAGE_STATS=false
cd laden
rm -rf logs target laden.duckdb
{
dbt seed --profiles-dir .
dbt run --profiles-dir .
dbt test --profiles-dir .
dbt run-operation gruss --profiles-dir .
dbt run --profiles-dir . --select gibt_es_nicht
printf 'select {{ ref("fehlt") }}\n' > models/fehlerhaft.sql
dbt run --profiles-dir .
rm models/fehlerhaft.sql
} > ../dbt_console_raw.log 2>&1
cp logs/dbt.log ../dbt_file_raw.log

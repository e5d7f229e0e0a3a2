#!/bin/bash
# MkDocs 1.6.1: `mkdocs build --verbose` on a small site with mistakes (a nav entry for a missing page, a page not in nav, a broken link,
# a broken anchor, an unknown config key, a missing theme dir option), then a `--strict` build that aborts. stdout+stderr.
set -u; : "${CORPUS:?}"; W=$CORPUS/work/mkdocs; rm -rf $W; mkdir -p $W/docs/guide $CORPUS/raw
cat > $W/mkdocs.yml <<C
site_name: Shop Handbuch – Köln
nav:
  - Start: index.md
  - Bestellungen: guide/orders.md
  - Fehlt: guide/missing.md
frobnicate: true
C
printf '# Willkommen\n\nSee [orders](guide/orders.md) and [the API](api.md) and [prices](guide/orders.md#preise).\n' > $W/docs/index.md
printf '# Bestellungen\n\nGrüße. Back to [start](../index.md). ![logo](../img/logo.png)\n' > $W/docs/guide/orders.md
printf '# Extra\n\nnot in nav\n' > $W/docs/guide/extra.md
cd $W
TZ=UTC $CORPUS/.venv/bin/mkdocs build --verbose > $W/mkdocs.log 2>&1
TZ=UTC $CORPUS/.venv/bin/mkdocs build --strict >> $W/mkdocs.log 2>&1
cp $W/mkdocs.log $CORPUS/raw/mkdocs.log

#!/bin/bash
# The npm packages used here (versions as installed for this set)
set -eu
cd "$(dirname "$0")/.."
mkdir -p node && cd node && npm init -y >/dev/null
npm install --no-audit --no-fund fastify@5.12.8 @hapi/hapi@21.4.13 express@5.3.0 morgan@1.12.1 hono@4.13.23 @hono/node-server@2.1.11 http-server@14.1.1

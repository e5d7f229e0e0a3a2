#!/bin/sh
# serf event handler: prints the event, fails on "deploy" events
read -r payload
echo "handled $SERF_EVENT ${SERF_USER_EVENT:-} payload=$payload"
if [ "${SERF_USER_EVENT:-}" = "deploy" ]; then
  echo "deploy failed: relation orders does not exist" >&2
  exit 2
fi

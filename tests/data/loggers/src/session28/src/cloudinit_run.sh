#!/bin/sh
# cloud-init 22.4.2 (Debian): /var/log/cloud-init.log from Debian's 05_logging.cfg; `single` runs one module, datasource None
export TZ=UTC
F=/tmp/corpus28/src/cloudinit_extra.yaml
cloud-init --file $F single --name write_files --frequency always
cloud-init --file $F single --name bootcmd --frequency always
cloud-init --file $F single --name final_message --frequency always
cloud-init --file $F single --name no_such_module --frequency always
cloud-init --file /tmp/w28/ci/missing.yaml single --name final_message

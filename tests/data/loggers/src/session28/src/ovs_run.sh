#!/bin/sh
# run as: unshare -n sh ovs_run.sh  (private network namespace: the netdev datapath makes tap devices)
# ovsdb-server + ovs-vswitchd (userspace datapath); file logs at default levels (-vfile:info is the default for --log-file)
export TZ=UTC
D=/tmp/w28/ovs
rm -rf $D/run; mkdir -p $D/run
export OVS_RUNDIR=$D/run OVS_LOGDIR=$D OVS_DBDIR=$D/run
ovsdb-tool create $D/run/conf.db /usr/share/openvswitch/vswitch.ovsschema
ovsdb-server $D/run/conf.db --remote=punix:$D/run/db.sock --pidfile=$D/run/ovsdb-server.pid --log-file=$D/ovsdb-server.log --detach
ovs-vsctl --db=unix:$D/run/db.sock --no-wait init
ovs-vswitchd unix:$D/run/db.sock --pidfile=$D/run/ovs-vswitchd.pid --log-file=$D/ovs-vswitchd.log -vfile:bridge:dbg -vfile:unixctl:dbg -vfile:netdev:dbg --detach
V="ovs-vsctl --db=unix:$D/run/db.sock --timeout=5"
$V add-br br0 -- set bridge br0 datapath_type=netdev
$V add-br brkern                                     # kernel datapath: no openvswitch module here -> errors
$V add-port br0 nosuchdev0                           # missing device
$V add-port br0 "pört-ü" -- set interface "pört-ü" type=internal
$V add-port br0 tap9 -- set interface tap9 type=internal
$V set bridge br0 other-config:hwaddr=zz:zz           # bad value
ovs-appctl --target=$(ls $D/run/ovs-vswitchd.*.ctl) vlog/set connmgr:file:dbg
ovs-appctl --target=$(ls $D/run/ovs-vswitchd.*.ctl) no/such/command
$V del-br brkern
$V del-port br0 nosuchdev0
sleep 1
ovs-appctl --target=$(ls $D/run/ovs-vswitchd.*.ctl) exit
ovs-appctl --target=$(ls $D/run/ovsdb-server.*.ctl) exit

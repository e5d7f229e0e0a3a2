#!/bin/bash
# Run inside `unshare -n`: munged 0.5.15 (its own log file) and Slurm 22.05.8 slurmctld + slurmd (their own
# log files: SlurmctldDebug=debug, SlurmdDebug=verbose), a few jobs (good, failing, cancelled, impossible, timed
# out), a drained node, a reconfigure, a replayed MUNGE credential, then scontrol shutdown.
set -u
export TZ=UTC
S=/tmp/w33a/scratch/slurm
SRC=/tmp/w33a/corpus/src/slurm
ip link set lo up
# an interface with an address besides loopback: with only lo up, getaddrinfo(AI_ADDRCONFIG) finds no address
# for "vm" (no dummy driver here: a veth pair, both ends in this namespace)
ip link add veth-s0 type veth peer name veth-s1
ip addr add 10.98.0.1/24 dev veth-s0; ip link set veth-s0 up; ip link set veth-s1 up
rm -rf $S/state $S/spool $S/munge $S/*.log $S/out; mkdir -p $S/state $S/spool $S/munge $S/out
chown munge:munge $S/munge; chmod 0755 $S/munge
M="--socket=$S/munge/munge.socket.2"
# (in the foreground, -F, munged logs to stderr only: it runs as a daemon here to write its log file)
su munge -s /bin/sh -c "munged $M --log-file=$S/munge/munged.log --pid-file=$S/munge/munged.pid --seed-file=$S/munge/munged.seed"
sleep 1
munge $M -n | unmunge $M > /dev/null
C=$(munge $M -s 'Grüße')
echo "$C" | unmunge $M > /dev/null
echo "$C" | unmunge $M > /dev/null 2>&1      # replayed
echo 'MUNGE:AAAAkaputt:' | unmunge $M > /dev/null 2>&1
export SLURM_CONF=$SRC/slurm.conf
slurmctld -D -i > $S/slurmctld_stdout.txt 2>&1 &
sleep 2
slurmd -D > $S/slurmd_stdout.txt 2>&1 &
sleep 4
cd $S/out
srun -N1 -n1 hostname > srun1.txt 2>&1
srun -n1 bash -c 'echo "Grüße aus Köln"; exit 3' > srun2.txt 2>&1
sbatch -J langsam --wrap 'sleep 60' > sbatch1.txt 2>&1
sbatch -J zu_gross -n 64 --wrap 'true' > sbatch2.txt 2>&1
sbatch -J zeit -t 1 --wrap 'sleep 100' > sbatch3.txt 2>&1
sleep 2
scancel -n langsam
scontrol reconfigure
sleep 1
srun -n1 /gibt/es/nicht > srun3.txt 2>&1
scontrol update nodename=vm state=drain reason="Wartung: Lüfter"
sleep 1
scontrol update nodename=vm state=resume
sleep 110    # the one-minute job reaches its time limit (checked every 30 s)
squeue > squeue.txt 2>&1
scontrol shutdown
sleep 3
su munge -s /bin/sh -c "munged $M --stop"
sleep 1
exit 0

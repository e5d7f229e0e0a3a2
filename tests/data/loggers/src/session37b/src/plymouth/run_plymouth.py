#!/usr/bin/env python3
"""plymouthd 22.02.122 (Debian 12 plymouth 22.02.122-3) in the foreground with --debug --debug-file, on a
pseudo-terminal of its own (--tty, --ignore-serial-consoles: it does not touch this machine's consoles) and a
fake kernel command line; no boot log (--no-boot-log: /var/log/boot.log is not written). The plymouth client
then does what an initramfs and systemd's units do during a boot: ping, status updates, messages (one non-ASCII),
a password question that is never answered (its client is killed), watch-keystroke, hide/show splash, a
deactivate/reactivate, an unknown theme change via the settings file being absent, and quit.
Output: out/plymouth_debug.log (the debug file as plymouthd wrote it).

Run it as `unshare --pid --fork --mount-proc python3 run_plymouth.py` (run_plymouth.sh does): on quit plymouthd
signals PID 1 ("telling systemd to stop printing details" = kill(1, SIGRTMIN+21)); in its own PID namespace
PID 1 is this script, which ignores it, not the machine's init. /var/lib/plymouth/boot-duration, which plymouthd
saves on quit, is removed afterwards."""
import os, pty, signal, subprocess, sys, time

signal.signal(signal.SIGRTMIN + 21, signal.SIG_IGN)
signal.signal(signal.SIGRTMIN + 20, signal.SIG_IGN)
assert os.getpid() == 1, "run inside its own PID namespace: see run_plymouth.sh"

OUT = os.environ.get("OUT", "/tmp/set37b/out")
LOG = "/tmp/h37b_ply/debug.log"
os.makedirs("/tmp/h37b_ply", exist_ok=True)
if os.path.exists(LOG):
    os.remove(LOG)
master, slave = pty.openpty()
tty = os.ttyname(slave)
env = dict(os.environ, TZ="UTC")
d = subprocess.Popen(["plymouthd", "--no-daemon", "--debug", "--debug-file=" + LOG, "--no-boot-log",
                      "--ignore-serial-consoles", "--tty=" + tty, "--mode=boot",
                      "--kernel-command-line=BOOT_IMAGE=/vmlinuz root=UUID=0f3c ro quiet splash plymouth.debug",
                      "--pid-file=/tmp/h37b_ply/pid"],
                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
time.sleep(1.5)


def c(*args, wait=True):
    p = subprocess.Popen(["plymouth", *args], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    if wait:
        print(args, "rc=", p.wait(timeout=10))
    return p


c("--ping")
c("--has-active-vt")
c("show-splash")
c("update", "--status=systemd-fsck:/dev/vda1:25")
c("display-message", "--text=Checking file system on /dev/vda1 — Grüße, 東京 ✓")
c("update", "--status=systemd-fsck:/dev/vda1:100")
c("hide-message", "--text=Checking file system on /dev/vda1 — Grüße, 東京 ✓")
q = c("ask-for-password", "--prompt=Please enter passphrase for disk cryptroot (luks-3f2a):", wait=False)
time.sleep(0.7)
q.kill(); q.wait()
k = c("watch-keystroke", "--keys=cC", wait=False)
time.sleep(0.5)
k.kill(); k.wait()
c("update-root-fs", "--read-write")
c("deactivate")
c("reactivate")
c("change-mode", "--updates")
c("system-update", "--progress=40")
c("change-mode", "--boot-up")
c("hide-splash")
c("quit", "--retain-splash")
try:
    print("plymouthd rc=", d.wait(timeout=10))
except subprocess.TimeoutExpired:
    d.terminate(); print("plymouthd terminated, rc=", d.wait())
os.close(master); os.close(slave)
with open(LOG, "rb") as f:
    data = f.read()
with open(os.path.join(OUT, "plymouth_debug.log"), "wb") as f:
    f.write(data)
print(len(data.splitlines()), "lines; ttyS0 mentioned:", b"ttyS0" in data)
if os.path.exists("/var/lib/plymouth/boot-duration"):
    os.remove("/var/lib/plymouth/boot-duration")

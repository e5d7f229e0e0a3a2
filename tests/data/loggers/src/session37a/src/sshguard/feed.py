#!/usr/bin/python3
"""Feed sshd_auth.txt lines to stdout with pauses (a blank line = a pause of 4 s), like a log tail."""
import sys, time
for line in open(sys.argv[1], encoding="utf-8"):
    sys.stdout.write(line)
    sys.stdout.flush()
    time.sleep(0.6 if "02:40:0" in line else 0.9)
time.sleep(float(sys.argv[2]))

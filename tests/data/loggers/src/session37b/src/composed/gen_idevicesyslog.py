#!/usr/bin/env python3
"""Compose `idevicesyslog --no-colors > iphone.log` (libimobiledevice-utils 1.3.0, Debian 12) output.

The tool is installed here (`idevicesyslog --version` -> 1.3.0) but there is no iPhone: run, it prints
"No device found. Plug in a device or pass UDID with -u to wait for device to be available." on stderr and exits.
So the device's lines are written by hand in the form the device's com.apple.syslog_relay service sends them,
"Mmm dd hh:mm:ss DeviceName Process(Library)[pid] <Level>: message", and passed through what
tools/idevicesyslog.c (libimobiledevice 1.3.0, https://github.com/libimobiledevice/libimobiledevice, read through
the search tool's stored copy) does to each '\\0'-terminated line:
- it writes the first 16 bytes (the date, time and a space), then the process part up to "] " and the level if it
  is one of <Notice>: <Error>: <Warning>: <Debug>: (others are left in the text), then the rest;
- the DEVICE NAME IS DROPPED: show_device_name is never set in 1.3.0 (no option sets it);
- lines shorter than 16 bytes, or not shaped "Mmm dd hh:mm:ss ", are written whole;
- "[connected]" is printed when the relay starts, "[disconnected]" when the device goes away.
The device itself writes non-ASCII bytes in a message as vis(3) escapes ("\\M-C\\M-<" for "ü") and a message's own
line breaks as they are (the following lines have no header). The phone's clock is UTC.
Output: out/idevicesyslog.log
"""
import os

OUT = os.environ.get("OUT", os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "out"))


def vis(s):
    """vis(3) VIS_OCTAL-less 'meta' style as iOS syslog_relay writes non-ASCII bytes: \\M-x / \\M^x."""
    out = []
    for b in s.encode("utf-8"):
        if b < 0x80:
            out.append(chr(b))
            continue
        c = b & 0x7F
        if c < 0x20:
            out.append("\\M^" + chr(c + 0x40))
        elif c == 0x7F:
            out.append("\\M^?")
        else:
            out.append("\\M-" + chr(c))
    return "".join(out)


DEV = "Kims-iPhone"
L = [
    ("Dec  5 09:40:58", "SpringBoard(FrontBoard)[58]", "<Notice>", "[app<com.example.shop>:2204] Now tracking process"),
    ("Dec  5 09:40:58", "runningboardd(RunningBoard)[33]", "<Notice>", "Acquiring assertion targeting [app<com.example.shop>:2204] from originator [osservice<com.apple.SpringBoard>:58] with description <RBSAssertionDescriptor| \"FBApplicationProcess\" ID:33-58-4411 target:2204>"),
    ("Dec  5 09:40:58", "kernel[0]", "<Notice>", "AppleKeyStore:Sending lock change 0 for handle 0"),
    ("Dec  5 09:40:59", "Shop(CFNetwork)[2204]", "<Notice>", "Task <1B2C3D4E-5F60-4718-9A0B-1C2D3E4F5A6B>.<1> resuming, timeouts(60.0, 604800.0) qos(0x21) voucher((null)) activity(00000000-0000-0000-0000-000000000000)"),
    ("Dec  5 09:40:59", "Shop[2204]", "<Debug>", "cart: restored 3 items from cache (size 42, Lieferung nach Köln)"),
    ("Dec  5 09:40:59", "Shop[2204]", "<Notice>", "Größe gewählt: 42 — 東京 ✓"),
    ("Dec  5 09:41:00", "Shop(CFNetwork)[2204]", "<Error>", "Task <1B2C3D4E-5F60-4718-9A0B-1C2D3E4F5A6B>.<1> finished with error [-1001] Error Domain=NSURLErrorDomain Code=-1001 \"The request timed out.\" UserInfo={NSErrorFailingURLStringKey=https://api.example.com/v1/cart, NSLocalizedDescription=The request timed out.}"),
    ("Dec  5 09:41:00", "Shop[2204]", "<Warning>", "Retrying checkout in 2s (attempt 2/3)"),
    ("Dec  5 09:41:01", "locationd[71]", "<Notice>", "{\"msg\":\"CLMM, TA\", \"event\":\"state_transition\", \"state\":\"Stationary\", \"old\":\"Driving\"}"),
    ("Dec  5 09:41:01", "wifid(WiFiPolicy)[44]", "<Notice>", "__WiFiDeviceManagerEvaluateAPEnvironment: WiFiRoam : BSS List info for network : Büro-WLAN : chanCount5GHz: [2] chanCount24GHz: [1]"),
    ("Dec  5 09:41:02", "Shop[2204]", "<Error>", "*** Terminating app due to uncaught exception 'NSInvalidArgumentException', reason: '-[__NSCFNumber length]: unrecognized selector sent to instance 0x8000000000000000'\n*** First throw call stack:\n(0x1a2b3c4d5 0x19a8b7c6d 0x1a2c3d4e5 0x104f1e2a0 0x1a2b4c6d8)\nlibc++abi: terminating due to uncaught exception of type NSException"),
    ("Dec  5 09:41:02", "ReportCrash[2231]", "<Notice>", "Formulating fatal 309 report for corpse[2204] Shop"),
    ("Dec  5 09:41:02", "SpringBoard(FrontBoard)[58]", "<Notice>", "[app<com.example.shop>:2204] Process exited: <RBSProcessExitContext| specific, status:<RBSProcessExitStatus| domain:signal(2) code:SIGABRT(6)>>."),
    ("Dec  5 09:41:03", "mediaserverd(CoreAudio)[39]", "<Info>", "AudioSessionServerImp.mm:406  { \"action\":\"application_state_changed\", \"session\":{\"ID\":\"0x3b1c2\",\"name\":\"Shop(2204)\"}, \"details\":{\"new_state\":\"Terminated\"} }"),
    ("Dec  5 09:41:05", "UserEventAgent(com.apple.netsvcproxy)[28]", "<Error>", "File /System/Library/Frameworks/NetworkExtension.framework/Resources/PrivateApplicationSupport.plist does not exist"),
    ("Dec  5 09:41:07", "bluetoothd[82]", "<Debug>", "Server.LE.Scan: device found: Kims AirPods\tRSSI -61"),
    ("Dec  5 09:41:09", "kernel(AppleBCMWLANCore)[0]", "<Notice>", "AppleBCMWLANCore::setPowerStateGated() : Powering Off"),
]


def main():
    out = ["[connected]\n"]
    for ts, proc, lvl, msg in L:
        raw = "%s %s %s %s: %s" % (ts, DEV, proc, lvl, vis(msg))        # what the relay sends
        # idevicesyslog: first 16 bytes, then (device name dropped) the rest from the process name on
        after_dev = raw[16:].split(" ", 1)[1]
        out.append(raw[:16] + after_dev + "\n")
    out.append("[disconnected]\n")
    with open(os.path.join(OUT, "idevicesyslog.log"), "w", encoding="ascii", newline="") as f:
        f.write("".join(out))
    print("idevicesyslog.log", sum(s.count("\n") for s in out), "lines")


if __name__ == "__main__":
    main()

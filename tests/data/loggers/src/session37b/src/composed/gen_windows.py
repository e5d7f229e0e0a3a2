#!/usr/bin/env python3
"""Compose Windows logs that people copy off a PC: wevtutil's text export, Get-WinEvent | Export-Csv, CBS.log and
setupapi.dev.log. No Windows machine is available here; each file is written by hand after Microsoft's
documentation of the format (sources per file below) and the shape of published real exports.

1. windows_wevtutil_system.log: `chcp 65001` then `wevtutil qe System /c:16 /rd:true /f:text > system.txt`
   (https://learn.microsoft.com/windows-server/administration/windows-commands/wevtutil): one block per event,
   "Event[N]:" then two-space-indented "Name: value" lines in wevtutil's order (Log Name, Source, Date, Event ID,
   Task, Level, Opcode, Keyword, User, User Name, Computer, Description), the description on the lines after
   "Description: " (its own line breaks kept), a blank line between events; Date is local time with
   milliseconds and no zone; CRLF line ends; UTF-8 because of chcp 65001. EventLog's own messages carry the
   U+200E marks Windows puts around dates in them.
2. windows_get_winevent.csv: PowerShell 7.4, `Get-WinEvent -LogName Application -MaxEvents 14 | Export-Csv
   app.csv` (https://learn.microsoft.com/powershell/module/microsoft.powershell.utility/export-csv,
   .../convertto-csv example 3 for the column order "Message","Id","Version","Qualifiers","Level",... and for
   null values written as nothing between the commas): no #TYPE line (PowerShell 6+), every value quoted,
   '"' doubled, UTF-8 without BOM, CRLF, TimeCreated as DateTime.ToString() in the en-US culture
   ("12/4/2026 9:15:22 AM", local time); a multi-line Message keeps its CRLFs inside the quotes; an event whose
   provider has no message table has a null Message (nothing between the commas).
3. windows_cbs.log: %WINDIR%\\Logs\\CBS\\CBS.log ("YYYY-MM-DD hh:mm:ss, <Level padded to 22> <Component padded to
   7> message", continuation lines without a stamp: CSIPERF lines, indented details), after the lines quoted in
   https://learn.microsoft.com/troubleshoot/windows-client/installing-updates-features-roles/ (the
   "Error      [0x01803e] CSI    ... (F) Failed execution of queue item" and "CSIPERF:..." forms, "CBS    Failed
   to ... [HRESULT = 0x800f081f - CBS_E_SOURCE_MISSING]") ; ASCII, CRLF.
4. windows_setupapi_dev.log: %WINDIR%\\INF\\setupapi.dev.log after "SetupAPI Text Logs", "Format of a Text Log
   Header", "Format of a Text Log Section", "Format of a Text Log Section Body"
   (https://learn.microsoft.com/windows-hardware/drivers/install/setupapi-text-logs and the pages it links):
   the header ("[Device Install Log]" and indented "Name = value" lines), "[BeginLog]", "[Boot Session: ...]",
   sections ">>>  [title - instance]" / ">>>  Section start YYYY/MM/DD hh:mm:ss.mmm" ... "<<<  Section end ..." /
   "<<<  [Exit status: ...]" in the form Windows 10 and 11 write (as quoted in Microsoft's PkgGen documentation),
   body entries with the "!!!  " (error), "!    " (warning) or "     " (information) prefix, the event
   category ("dvi: ", "ndv: ", "sto: ", "inf: ", "ump: ", "cpy: ", "sig: ", "flq: ") and indentation, a
   time of day after some entries; an ANSI (Windows-1252) file: "®" is the byte 0xAE; CRLF.
"""
import os

OUT = os.environ.get("OUT", os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "out"))
LRM = "\u200e"

# ---------------------------------------------------------------------------------------------------------------
# 1. wevtutil qe System /f:text (newest first: /rd:true)
SYS = [
    # (date, source, id, task, level, opcode, keyword, user, username, computer, description lines)
    ("2026-12-04T18:02:41.377", "Microsoft-Windows-Kernel-General", 13, "N/A", "Information", "Info", "N/A",
     "S-1-5-18", "NT AUTHORITY\\SYSTEM", "DESKTOP-7Q2K9LM",
     ["The operating system is shutting down at system time " + LRM + "2026" + LRM + "-" + LRM + "12" + LRM + "-" + LRM
      + "04T18:02:41.376918600Z."]),
    ("2026-12-04T18:02:40.912", "EventLog", 6006, "N/A", "Information", "N/A", "Classic", "N/A", "N/A",
     "DESKTOP-7Q2K9LM", ["The Event log service was stopped."]),
    ("2026-12-04T17:55:03.201", "Microsoft-Windows-WindowsUpdateClient", 20, "Windows Update Agent", "Error",
     "Installation", "Failure,Installation", "S-1-5-18", "NT AUTHORITY\\SYSTEM", "DESKTOP-7Q2K9LM",
     ["Installation Failure: Windows failed to install the following update with error 0x80070643: "
      "2026-12 Cumulative Update for Windows 11 Version 24H2 for x64-based Systems (KB5071234)."]),
    ("2026-12-04T17:41:17.006", "Service Control Manager", 7031, "N/A", "Error", "N/A", "Classic", "N/A", "N/A",
     "DESKTOP-7Q2K9LM",
     ["The Druckwarteschlange (Print Spooler) service terminated unexpectedly.  It has done this 1 time(s).  "
      "The following corrective action will be taken in 5000 milliseconds: Restart the service."]),
    ("2026-12-04T17:41:22.118", "Service Control Manager", 7036, "N/A", "Information", "N/A", "Classic", "N/A",
     "N/A", "DESKTOP-7Q2K9LM", ["The Print Spooler service entered the running state."]),
    ("2026-12-04T16:10:09.554", "Microsoft-Windows-DistributedCOM", 10016, "N/A", "Warning", "Info", "Classic",
     "S-1-5-18", "NT AUTHORITY\\SYSTEM", "DESKTOP-7Q2K9LM",
     ["The application-specific permission settings do not grant Local Activation permission for the COM Server "
      "application with CLSID ",
      "{2593F8B9-4EAF-457C-B68A-50F6B8EA6B54}",
      " and APPID ",
      "{15C20B67-12E7-4BB6-92BB-7AFF07997402}",
      " to the user DESKTOP-7Q2K9LM\\Jürgen SID (S-1-5-21-3623811015-3361044348-30300820-1001) from address LocalHost "
      "(Using LRPC) running in the application container Unavailable SID (Unavailable). This security permission can "
      "be modified using the Component Services administrative tool."]),
    ("2026-12-04T15:02:31.870", "Microsoft-Windows-Time-Service", 134, "N/A", "Warning", "Info", "N/A",
     "S-1-5-19", "NT AUTHORITY\\LOCAL SERVICE", "DESKTOP-7Q2K9LM",
     ["NtpClient was unable to set a manual peer to use as a time source because of DNS resolution error on "
      "'time.windows.com,0x8'. NtpClient will try again in 15 minutes and double the reattempt interval thereafter. "
      "The error was: No such host is known. (0x80072AF9)"]),
    ("2026-12-04T14:48:12.305", "disk", 153, "N/A", "Warning", "Info", "Classic", "N/A", "N/A", "DESKTOP-7Q2K9LM",
     ["The IO operation at logical block address 0x1d3c2a0 for Disk 1 (PDO name: \\Device\\00000044) was retried."]),
    ("2026-12-04T09:15:22.456", "Microsoft-Windows-Kernel-Power", 41, "(63)", "Critical", "Info",
     "(70368744177664),(2)", "S-1-5-18", "NT AUTHORITY\\SYSTEM", "DESKTOP-7Q2K9LM",
     ["The system has rebooted without cleanly shutting down first. This error could be caused if the system "
      "stopped responding, crashed, or lost power unexpectedly."]),
    ("2026-12-04T09:15:25.010", "EventLog", 6008, "N/A", "Error", "N/A", "Classic", "N/A", "N/A",
     "DESKTOP-7Q2K9LM",
     ["The previous system shutdown at 23:58:02 on " + LRM + "03.12.2026 was unexpected."]),
    ("2026-12-04T09:15:25.010", "EventLog", 6005, "N/A", "Information", "N/A", "Classic", "N/A", "N/A",
     "DESKTOP-7Q2K9LM", ["The Event log service was started."]),
    ("2026-12-04T09:15:19.998", "Microsoft-Windows-Kernel-Boot", 27, "(33)", "Information", "Info", "N/A",
     "S-1-5-18", "NT AUTHORITY\\SYSTEM", "DESKTOP-7Q2K9LM", ["The boot type was 0x0."]),
    ("2026-12-04T09:15:21.640", "Microsoft-Windows-Kernel-PnP", 219, "(212)", "Warning", "Info", "N/A",
     "S-1-5-18", "NT AUTHORITY\\SYSTEM", "DESKTOP-7Q2K9LM",
     ["The driver \\Driver\\WUDFRd failed to load for the device ROOT\\WPD\\0000."]),
    ("2026-12-04T09:16:02.771", "Service Control Manager", 7000, "N/A", "Error", "N/A", "Classic", "N/A", "N/A",
     "DESKTOP-7Q2K9LM",
     ["The Logitech® Gaming Framework service failed to start due to the following error: ",
      "The system cannot find the file specified."]),
    ("2026-12-04T09:16:33.009", "Microsoft-Windows-Hyper-V-Hypervisor", 10002, "(1)", "Verbose", "Info", "N/A",
     "S-1-5-18", "NT AUTHORITY\\SYSTEM", "DESKTOP-7Q2K9LM",
     ["Hypervisor scheduler type is 0x4."]),
    ("2026-12-04T09:17:48.300", "Microsoft-Windows-Security-SPP", 16384, "N/A", "Information", "N/A", "Classic",
     "N/A", "N/A", "DESKTOP-7Q2K9LM.corp.example.com",
     ["Successfully scheduled Software Protection service for re-start at 2026-12-05T09:17:48Z. Reason: RulesEngine."]),
]


def wevtutil_text():
    out = []
    for i, (date, src, eid, task, lvl, op, kw, user, uname, comp, desc) in enumerate(SYS):
        if i:
            out.append("")
        out += ["Event[%d]:" % i, "  Log Name: System", "  Source: " + src, "  Date: " + date,
                "  Event ID: %d" % eid, "  Task: " + task, "  Level: " + lvl, "  Opcode: " + op,
                "  Keyword: " + kw, "  User: " + user, "  User Name: " + uname, "  Computer: " + comp,
                "  Description: "]
        out += desc
    return "\r\n".join(out) + "\r\n"


# ---------------------------------------------------------------------------------------------------------------
# 2. Get-WinEvent -LogName Application | Export-Csv (PowerShell 7.4)
COLS = ["Message", "Id", "Version", "Qualifiers", "Level", "Task", "Opcode", "Keywords", "RecordId", "ProviderName",
        "ProviderId", "LogName", "ProcessId", "ThreadId", "MachineName", "UserId", "TimeCreated", "ActivityId",
        "RelatedActivityId", "ContainerLog", "MatchedQueryIds", "Bookmark", "LevelDisplayName", "OpcodeDisplayName",
        "TaskDisplayName", "KeywordsDisplayNames", "Properties"]
APP = [
    # message, id, version, qualifiers, level, task, opcode, keywords, provider, providerid, pid, tid, user, time,
    # levelname, opname, taskname
    ("Faulting application name: Preisvergleich.exe, version: 3.4.1.0, time stamp: 0x674f0a12\r\nFaulting module name: "
     "ntdll.dll, version: 10.0.26100.2454, time stamp: 0x2b9a1c3e\r\nException code: 0xc0000374\r\nFault offset: "
     "0x0000000000103e49\r\nFaulting process id: 0x0x2F1C\r\nFaulting application path: C:\\Program Files\\Preisvergleich\\"
     "Preisvergleich.exe\r\nFaulting module path: C:\\WINDOWS\\SYSTEM32\\ntdll.dll\r\nReport Id: "
     "0b9e2a41-7c3d-4f5e-9a8b-1c2d3e4f5a6b", 1000, 0, 0, 2, 100, 0, "36028797018963968", "Application Error",
     "a0e9b465-b939-57d7-b27d-95d8e925ff57", 12044, 9120, None, "12/4/2026 6:01:55 PM", "Error", "Info",
     "Application Crashing Events"),
    ("Fault bucket 1964887318462115902, type 5\r\nEvent Name: APPCRASH\r\nResponse: Not available\r\nCab Id: 0\r\n\r\n"
     "Problem signature:\r\nP1: Preisvergleich.exe\r\nP2: 3.4.1.0", 1001, None, 0, 4, 0, None, "36028797018963968",
     "Windows Error Reporting", None, 0, 0, None, "12/4/2026 6:02:03 PM", "Information", None, None),
    ("Windows cannot access the file C:\\Users\\Jürgen\\AppData\\Local\\Preisvergleich\\cache.db for one of the following "
     "reasons: there is a problem with the network connection, the disk that the file is stored on, or the storage "
     "drivers installed on this computer; or the disk is missing. Windows closed the program Preisvergleich because of "
     "this error.", 1005, None, 0, 2, 100, None, "36028797018963968", "Application Error", None, 0, 0, None,
     "12/4/2026 6:01:56 PM", "Error", None, "Application Crashing Events"),
    ("Activation of app Microsoft.WindowsTerminal_8wekyb3d8bbwe!App failed with error: -2147023170 See the "
     "Microsoft-Windows-TWinUI/Operational log for additional information.", 5973, None, 0, 2, 0, None,
     "36028797018963968", "Microsoft-Windows-Immersive-Shell", "315a8872-923e-4ea2-9889-33cd4754bf64", 6120, 6288,
     "S-1-5-21-3623811015-3361044348-30300820-1001", "12/4/2026 5:30:12 PM", "Error", "Info", None),
    ("The Software Protection service has completed licensing status check.\r\nApplication Id="
     "55c92734-d682-4d71-983e-d6ec3f16059f\r\nLicensing Status=\r\n1: 040fa323-92b1-4baf-97a2-5b67feaefddb, 1, 0 "
     "[(0 [0xC004E003, 0, 0], [( 9 0xC004FC07 90 0)( 1 0x00000000)(?)( 2 0x00000000 0 0 msft:rm/algorithm/hwid/4.0 "
     "0x00000000 0)(?)( 9 0xC004FC07 90 0)( 10 0x00000000 msft:rm/algorithm/flags/1.0)(?)])(1 )(2 )]", 1066, None,
     0, 4, 0, None, "36028797018963968", "Microsoft-Windows-Security-SPP", "e23b33b0-c8c9-472c-a5f9-f2bdfea0f156",
     0, 0, None, "12/4/2026 9:17:48 AM", "Information", None, None),
    ("Windows Defender Antivirus has detected malware or other potentially unwanted software.\r\n For more information "
     "please see the following:\r\nhttps://go.microsoft.com/fwlink/?linkid=37020&name=PUA:Win32/Presenoker&threatid="
     "289846&enterprise=0\r\n \tName: PUA:Win32/Presenoker\r\n \tID: 289846\r\n \tSeverity: Low\r\n \tCategory: "
     "Potentially Unwanted Software\r\n \tPath: file:_C:\\Users\\Jürgen\\Downloads\\\"gratis\" Preisvergleich Setup.exe",
     1116, 0, None, 3, 0, 0, "-9223372036854775808", "Microsoft-Windows-Windows Defender",
     "11cd958a-c507-4ef3-b3f2-5fd9dfbd2c78", 4412, 7720, "S-1-5-18", "12/4/2026 4:47:03 PM", "Warning", "Info",
     None),
    (None, 17, None, 0, 4, 0, None, "36028797018963968", "ShopSyncHelper", None, 0, 0, None,
     "12/4/2026 4:20:00 PM", "Information", None, None),
    ("Ereignis 4101: Der Anzeigetreiber \"igfx\" reagiert nicht mehr und wurde wiederhergestellt.", 4101, None, 0, 3,
     0, None, "36028797018963968", "Display", None, 0, 0, None, "12/4/2026 3:12:45 PM", "Warning", None, None),
    ("The description for Event ID 3 from source PreisvergleichUpdater cannot be found. Either the component that "
     "raises this event is not installed on your local computer or the installation is corrupted. You can install or "
     "repair the component on the local computer.\r\n\r\nIf the event originated on another computer, the display "
     "information had to be saved with the event.\r\n\r\nThe following information was included with the event: "
     "\r\n\r\nUpdate check failed: HTTP 404", 3, None, 0, 2, 0, None, "36028797018963968", "PreisvergleichUpdater",
     None, 0, 0, None, "12/4/2026 2:00:01 PM", "Error", None, None),
    ("Starting session 0 - \u200e2026\u200e-\u200e12\u200e-\u200e04T09:16:11.204372800Z.", 2, None, 0, 4, 0, None,
     "36028797018963968", "Microsoft-Windows-RestartManager", "0888e5ef-9b98-4695-979d-e92ce4247224", 8812, 8816,
     "S-1-5-18", "12/4/2026 9:16:11 AM", "Information", None, None),
    ("Beginning a Windows Installer transaction: {9A3C1F0E-4B2D-4E6F-8A1B-2C3D4E5F6A7B}. Client Process Id: 8812.",
     1040, None, 0, 4, 0, None, "36028797018963968", "MsiInstaller", None, 0, 0,
     "S-1-5-21-3623811015-3361044348-30300820-1001", "12/4/2026 9:16:11 AM", "Information", None, None),
    ("Product: Preisvergleich 3.4.1 -- Error 1920. Service 'Preisvergleich Sync' (PvSync) failed to start.  Verify "
     "that you have sufficient privileges to start system services.", 11920, None, 0, 2, 0, None,
     "36028797018963968", "MsiInstaller", None, 0, 0, "S-1-5-21-3623811015-3361044348-30300820-1001",
     "12/4/2026 9:16:40 AM", "Error", None, None),
    ("The VSS service is shutting down due to idle timeout. ", 8224, None, 0, 4, 0, None, "36028797018963968", "VSS",
     None, 0, 0, None, "12/4/2026 9:19:12 AM", "Information", None, None),
    ("Critical update service crashed: memory could not be \"read\".", 9001, None, 0, 1, 0, None,
     "36028797018963968", "PreisvergleichUpdater", None, 0, 0, None, "12/4/2026 9:20:00 AM", "Critical", None,
     None),
]


def csvq(v):
    if v is None:
        return ""
    return '"' + str(v).replace('"', '""') + '"'


def get_winevent_csv():
    rows = [",".join(csvq(c) for c in COLS)]
    rec = 48211
    for (msg, eid, ver, qual, lvl, task, op, kw, prov, provid, pid, tid, user, tc, lvln, opn, taskn) in APP:
        rec -= 1
        vals = [msg, eid, ver, qual, lvl, task, op, kw, rec, prov, provid, "Application", pid, tid,
                "DESKTOP-7Q2K9LM", user, tc, None, None, "Application", "System.UInt32[]",
                "System.Diagnostics.Eventing.Reader.EventBookmark", lvln, opn, taskn,
                "System.Collections.ObjectModel.ReadOnlyCollection`1[System.String]",
                "System.Collections.Generic.List`1[System.Diagnostics.Eventing.Reader.EventProperty]"]
        rows.append(",".join(csvq(v) for v in vals))
    return "\r\n".join(rows) + "\r\n"


# ---------------------------------------------------------------------------------------------------------------
# 3. CBS.log
def cbs(ts, level, comp, msg):
    return "%s, %-22s%-7s%s" % (ts, level, comp, msg)


def cbs_log():
    L = [
        cbs("2026-12-04 09:15:22", "Info", "CBS", "TI: --- Initializing Trusted Installer ---"),
        cbs("2026-12-04 09:15:22", "Info", "CBS", "TI: Last boot time: 2026-12-04 09:15:19.998"),
        cbs("2026-12-04 09:15:22", "Info", "CBS", "Starting TrustedInstaller initialization."),
        cbs("2026-12-04 09:15:22", "Info", "CBS", "Lock: New lock added: CCbsPublicSessionClassFactory, level: 30, total lock:4"),
        cbs("2026-12-04 09:15:22", "Info", "CBS", "Loaded Servicing Stack v10.0.26100.2454 with Core: C:\\WINDOWS\\winsxs\\amd64_microsoft-windows-servicingstack_31bf3856ad364e35_10.0.26100.2454_none_7e2b9c3f4d1a5e60\\cbscore.dll"),
        cbs("2026-12-04 09:15:23", "Info", "CSI", "00000001@2026/12/4:09:15:23.118 WcpInitialize: wcp.dll version 0.0.0.6 (bfsvc:0x7ffd1a2b0000 @0x7ffd2c3d1e2f @0x7ffd2c3d0a11)"),
        cbs("2026-12-04 09:15:23", "Info", "CBS", "Ending TrustedInstaller initialization."),
        cbs("2026-12-04 09:15:23", "Info", "CBS", "Starting the TrustedInstaller main loop."),
        cbs("2026-12-04 09:15:23", "Info", "CBS", "TrustedInstaller service starts successfully."),
        cbs("2026-12-04 09:15:23", "Info", "CBS", "SQM: Cleaning up report files older than 10 days."),
        cbs("2026-12-04 09:15:24", "Info", "CBS", "Session: 31143589_1102331455 initialized by client WindowsUpdateAgent, external staging directory: (null), external registry directory: (null)"),
        cbs("2026-12-04 09:15:24", "Info", "CBS", "Exec: Processing started.  Client: WindowsUpdateAgent, Session(Stack): 31143589_1102331455(0), Package: Package_for_RollupFix~31bf3856ad364e35~amd64~~26100.2605.1.7"),
        cbs("2026-12-04 09:15:25", "Info", "CSI", "00000002@2026/12/4:09:15:25.402 CSI perf trace:"),
        "CSIPERF:TXCOMMIT;26151",
        cbs("2026-12-04 09:16:02", "Info", "DPX", "Started DPX phase: Resume and Download Job"),
        cbs("2026-12-04 09:16:02", "Info", "DPX", "Ended DPX phase: Resume and Download Job"),
        cbs("2026-12-04 09:16:41", "Warning", "CBS", "Failed to get session package state for package: Package_for_KB5071234~31bf3856ad364e35~amd64~~26100.2605.1.7 [HRESULT = 0x800f0805 - CBS_E_INVALID_PACKAGE]"),
        cbs("2026-12-04 09:17:05", "Info", "CBS", "Failed to pin deployment while resolving Update: Microsoft-Windows-Client-LanguagePack-Package~31bf3856ad364e35~amd64~de-DE~10.0.26100.2605.LanguagePack-Deployment from file: (null) [HRESULT = 0x80073701 - ERROR_SXS_ASSEMBLY_MISSING]"),
        cbs("2026-12-04 09:17:06", "Error", "CBS", "Failed to resolve package [HRESULT = 0x80073701 - ERROR_SXS_ASSEMBLY_MISSING]"),
        cbs("2026-12-04 09:17:06", "Error      [0x01803e]", "CSI", "00000e64 (F) Failed execution of queue item Installer: HTTP Installer ({a8f0e3b2-7c1d-4e5f-9a0b-1c2d3e4f5a6b}) with HRESULT HRESULT_FROM_WIN32(1058).  Failure will not be ignored: A rollback will be initiated after all the operations in the installer queue are completed; installer is reliable[gle=0x80004005]"),
        "CSIPERF:AIDONE;{a8f0e3b2-7c1d-4e5f-9a0b-1c2d3e4f5a6b};Microsoft-Windows-HTTP-Driver, version 10.0.26100.2605, arch amd64, nonSxS, pkt {l:8 b:31bf3856ad364e35};8529us",
        cbs("2026-12-04 09:17:06", "Info", "CSI", "00000e6e End executing advanced installer (sequence 864)"),
        "    Completion status: HRESULT_FROM_WIN32(ERROR_ADVANCED_INSTALLER_FAILED) ",
        cbs("2026-12-04 09:17:07", "Info", "CBS", "WER: Generating failure report for package: Package_for_RollupFix~31bf3856ad364e35~amd64~~26100.2605.1.7, status: 0x80070422, failure source: CSI Other, start state: Installed, target state: Absent, client id: WindowsUpdateAgent"),
        cbs("2026-12-04 09:17:08", "Error", "CBS", "Exec: Processing complete, session(Corruption Repairing): 31143589_1102331455 [HRESULT = 0x80070422 - ERROR_SERVICE_DISABLED]"),
        cbs("2026-12-04 09:20:11", "Info", "CBS", "Checking System Update Readiness."),
        cbs("2026-12-04 09:24:37", "Info", "CSI", "0000031d [SR] Beginning Verify and Repair transaction"),
        cbs("2026-12-04 09:24:40", "Info", "CSI", "0000031f [SR] Cannot repair member file [l:16]\"wuaueng.dll.mui\" of Microsoft-Windows-WindowsUpdateClient-Aux.Resources, version 10.0.26100.2454, arch amd64, culture de-DE, nonSxS, pkt {l:8 b:31bf3856ad364e35} in the store, hash mismatch"),
        cbs("2026-12-04 09:24:41", "Info", "CSI", "00000321 [SR] This component was referenced by [l:145]\"Microsoft-Windows-WindowsUpdateClient-Aux-Package~31bf3856ad364e35~amd64~de-DE~10.0.26100.2454.4b9a1c3e2d5f6a7b8c9d0e1f2a3b4c5d\""),
        cbs("2026-12-04 09:24:52", "Info", "CSI", "00000323 [SR] Verify complete"),
        cbs("2026-12-04 09:24:52", "Info", "CSI", "00000324 [SR] Repairing 1 components"),
        cbs("2026-12-04 09:24:53", "Info", "CSI", "00000326 [SR] Repair complete"),
        cbs("2026-12-04 09:25:10", "Info", "CBS", "Reboot mark set"),
        cbs("2026-12-04 09:25:10", "Info", "CBS", "Winlogon: Registering for CreateSession notifications"),
        cbs("2026-12-04 09:25:11", "Info", "CBS", "Trusted Installer is shutting down because: SHUTDOWN_REASON_AUTORESTART"),
        cbs("2026-12-04 09:25:11", "Info", "CBS", "TI: --- Trusted Installer shut down ---"),
    ]
    return "\r\n".join(L) + "\r\n"


# ---------------------------------------------------------------------------------------------------------------
# 4. setupapi.dev.log
def setupapi_log():
    L = [
        "[Device Install Log]",
        "     OS Version = 10.0.26100",
        "     Service Pack = 0.0",
        "     Suite = 0x0100",
        "     ProductType = 1",
        "     Architecture = amd64",
        "",
        "[BeginLog]",
        "",
        "[Boot Session: 2026/12/04 09:15:18.500]",
        "",
        ">>>  [Device Install (Hardware initiated) - USB\\VID_046D&PID_C52B\\6&2c4f3a1b&0&2]",
        ">>>  Section start 2026/12/04 09:21:44.118",
        "     ump: Creating Install Process: DrvInst.exe 09:21:44.121",
        "     ndv: Retrieving device info...",
        "     ndv: Setting device parameters...",
        "     ndv: Searching Driver Store and Device Path...",
        "     dvi: {Build Driver List} 09:21:44.160",
        "     dvi:      Searching for hardware ID(s):",
        "     dvi:           usb\\vid_046d&pid_c52b&rev_2411",
        "     dvi:           usb\\vid_046d&pid_c52b",
        "     dvi:      Created Driver Node:",
        "     dvi:           HardwareID   - USB\\VID_046D&PID_C52B",
        "     dvi:           InfName      - C:\\WINDOWS\\System32\\DriverStore\\FileRepository\\usb.inf_amd64_2b9e5c1d4a3f6e70\\usb.inf",
        "     dvi:           DevDesc      - Logitech® USB Unifying Receiver",
        "     dvi:           Section      - Composite.Dev.NT",
        "     dvi:           Rank         - 0x00ff2000",
        "     dvi: {Build Driver List - exit(0x00000000)} 09:21:44.301",
        "     ndv: Selecting best match from Driver Store (including Device Path)...",
        "     dvi: {DIF_SELECTBESTCOMPATDRV} 09:21:44.305",
        "     dvi:      Selected Driver:",
        "     dvi:           Description - Logitech® USB Unifying Receiver",
        "     dvi: {DIF_SELECTBESTCOMPATDRV - exit(0x00000000)} 09:21:44.320",
        "     ndv: {Core Device Install} 09:21:44.322",
        "     sig: {_VERIFY_FILE_SIGNATURE} 09:21:44.330",
        "     sig:      Key      = usb.inf",
        "     sig:      FilePath = C:\\WINDOWS\\System32\\DriverStore\\FileRepository\\usb.inf_amd64_2b9e5c1d4a3f6e70\\usb.inf",
        "     sig:      Verified file against system catalog.",
        "     sig: {_VERIFY_FILE_SIGNATURE exit(0x00000000)} 09:21:44.351",
        "!    ndv: Device has problem: 0x1c (CM_PROB_FAILED_INSTALL), problem status: 0x00000000.",
        "     ndv: {Core Device Install - exit(0x00000000)} 09:21:45.002",
        "     ump: Server install process exited with code 0x00000000 09:21:45.010",
        "<<<  Section end 2026/12/04 09:21:45.011",
        "<<<  [Exit status: SUCCESS]",
        "",
        "",
        ">>>  [Device Install (Hardware initiated) - USB\\VID_0BDA&PID_8153\\000001000000]",
        ">>>  Section start 2026/12/04 09:22:10.500",
        "     ump: Creating Install Process: DrvInst.exe 09:22:10.502",
        "     ndv: Retrieving device info...",
        "     dvi: {Build Driver List} 09:22:10.530",
        "     dvi:      Searching for hardware ID(s):",
        "     dvi:           usb\\vid_0bda&pid_8153&rev_3100",
        "!    dvi:      No compatible drivers found for this device.",
        "     dvi: {Build Driver List - exit(0x00000000)} 09:22:10.711",
        "     inf: {SetupCopyOEMInf: C:\\Users\\Jürgen\\Downloads\\RTL8153\\rtux64w10.inf} 09:22:11.004",
        "     inf:      Driver Store location: C:\\WINDOWS\\System32\\DriverStore\\FileRepository\\rtux64w10.inf_amd64_9f1e2d3c4b5a6978\\rtux64w10.inf",
        "!!!  sig:      Verifying file against specific (valid) catalog failed.",
        "!!!  sig:      Error 0x800b0109: A certificate chain processed, but terminated in a root certificate which is not trusted by the trust provider.",
        "!!!  inf: {SetupCopyOEMInf exit (0xe0000242)} 09:22:11.390",
        "!!!  ndv: Unable to install device: Error 0xe0000242: The publisher of an Authenticode(tm) signed catalog has not yet been established as trusted.",
        "<<<  Section end 2026/12/04 09:22:11.402",
        "<<<  [Exit status: FAILURE(0xe0000242)]",
        "",
    ]
    return ("\r\n".join(L) + "\r\n").encode("cp1252")


def main():
    files = [("windows_wevtutil_system.log", wevtutil_text().encode("utf-8")),
             ("windows_get_winevent.csv", get_winevent_csv().encode("utf-8")),
             ("windows_cbs.log", cbs_log().encode("ascii")),
             ("windows_setupapi_dev.log", setupapi_log())]
    for name, data in files:
        with open(os.path.join(OUT, name), "wb") as f:
            f.write(data)
        print(name, data.count(b"\n"), "lines")


if __name__ == "__main__":
    main()

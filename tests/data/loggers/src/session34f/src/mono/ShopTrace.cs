// Shop activity through System.Diagnostics: "trace" mode uses Trace + TextWriterTraceListener
// (default TraceOutputOptions), "source" mode a TraceSource with a ConsoleTraceListener and
// TraceOutputOptions = DateTime | ProcessId | ThreadId (the options the .NET docs' examples set).
using System;
using System.Diagnostics;

class ShopTrace
{
    static readonly string[] Customers = { "Café Zoë in 東京", "O'Brien \"Bob\"", "tab\there", "Łódź ½ ☃", "back\\slash" };

    static void Main(string[] args)
    {
        if (args[0] == "trace") TraceMode(args[1]); else SourceMode();
    }

    static void TraceMode(string path)
    {
        var listener = new TextWriterTraceListener(path);
        Trace.Listeners.Add(listener);
        Trace.AutoFlush = true;
        Trace.TraceInformation("shop starting, version {0}", "1.4.2");
        Trace.WriteLine("config loaded: port=8080 workers=4");
        Trace.WriteLine("pool ready", "db");
        for (int i = 0; i < Customers.Length; i++)
            Trace.TraceInformation("GET /orders/{0} 200 customer={1}", 1001 + i, Customers[i]);
        Trace.TraceWarning("orders folder C:\\shop\\orders is almost full (91%)");
        try { int.Parse("12x"); }
        catch (FormatException e) { Trace.TraceError("POST /checkout failed for order 1006: " + e); }
        Trace.TraceInformation("multi-line report:\nline two\n\tline three");
        Trace.Indent();
        Trace.WriteLine("indented detail line");
        Trace.Unindent();
        Trace.TraceError("database connection lost, shutting down");
        Trace.TraceInformation("shop stopped");
        listener.Close();
    }

    static void SourceMode()
    {
        var ts = new TraceSource("Shop.Http", SourceLevels.All);
        ts.Listeners.Clear();
        var console = new ConsoleTraceListener();
        console.TraceOutputOptions = TraceOptions.DateTime | TraceOptions.ProcessId | TraceOptions.ThreadId;
        ts.Listeners.Add(console);
        ts.TraceEvent(TraceEventType.Start, 1, "shop starting, version 1.4.2");
        ts.TraceEvent(TraceEventType.Verbose, 2, "config loaded: port=8080 workers=4");
        for (int i = 0; i < Customers.Length; i++)
            ts.TraceEvent(TraceEventType.Information, 10, "GET /orders/{0} 200 customer={1}", 1001 + i, Customers[i]);
        ts.TraceEvent(TraceEventType.Warning, 20, "orders folder C:\\shop\\orders is almost full (91%)");
        try { int.Parse("12x"); }
        catch (FormatException e) { ts.TraceEvent(TraceEventType.Error, 30, "POST /checkout failed for order 1006: " + e); }
        ts.TraceInformation("multi-line report:\nline two\n\tline three");
        ts.TraceData(TraceEventType.Information, 40, "order", 1006, 12.5);
        ts.TraceEvent(TraceEventType.Critical, 50, "database connection lost, shutting down");
        ts.TraceEvent(TraceEventType.Stop, 1, "shop stopped");
        ts.Flush();
    }
}

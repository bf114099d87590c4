using System.Diagnostics.Tracing;
using Microsoft.Diagnostics.NETCore.Client;
using Microsoft.Diagnostics.Tracing.Etlx;
using Microsoft.Diagnostics.Tracing.Parsers;

namespace RentToOwn.Bench.Platform;

/// <summary>
/// Where this process's CPU time goes, measured by EventPipe's sample profiler (the provider <c>dotnet-trace</c>'s
/// cpu-sampling profile uses): every managed thread's stack is sampled about once a millisecond; a sample counts as CPU
/// unless the thread sits in a wait (its innermost frame is a wait, sleep, lock or socket poll). Each CPU sample is
/// charged to one component by the modules on its stack, in this order: the benchmark's own client (bench driver, the
/// parties' signing), EDS, PDF, ledger, gRPC, database, HTTP; anything else (platform logic, GC, JIT, runtime) is "other".
/// </summary>
public sealed class CpuSampler : IAsyncDisposable
{
    // A frame belongs to a component by its module, or by a part of its method name (for code inside a shared assembly).
    private static readonly (string Component, string[] Modules, string[] Methods)[] Components =
    [
        ("client", ["rto", "Rto.Bench"], []),
        ("ledger", ["RentToOwn.LedgerAdapter"], []),
        ("eds", ["RentToOwn.Eds", "BouncyCastle.Cryptography"], []),
        ("pdf", ["PdfSharp", "PdfSharp.Charting", "QRCoder"], ["Pdf"]),
        ("grpc", ["Grpc.Net.Client", "Grpc.AspNetCore.Server", "Grpc.Core.Api", "Google.Protobuf", "RentToOwn.Kadastr.Protocol", "RentToOwn.Kadastr.Gateway", "RentToOwn.Kadastr.Simulator"], []),
        ("database", ["Microsoft.EntityFrameworkCore", "Microsoft.EntityFrameworkCore.Relational", "Microsoft.EntityFrameworkCore.Sqlite", "Microsoft.Data.Sqlite", "SQLitePCLRaw.core", "SQLitePCLRaw.provider.e_sqlite3", "Npgsql", "Npgsql.EntityFrameworkCore.PostgreSQL", "Quartz"], []),
        ("http", ["Microsoft.AspNetCore.Server.Kestrel.Core", "Microsoft.AspNetCore.Server.Kestrel.Transport.Sockets", "Microsoft.AspNetCore.Http", "Microsoft.AspNetCore.Routing", "Microsoft.AspNetCore.Mvc.Core", "Microsoft.AspNetCore.Mvc.RazorPages", "Microsoft.AspNetCore.Mvc.ViewFeatures", "Microsoft.AspNetCore.Razor.Runtime", "Microsoft.AspNetCore.SignalR.Core", "Microsoft.AspNetCore.Http.Connections", "System.Net.Http", "System.Net.Sockets", "System.Net.Security"], []),
    ];

    // Blocked threads: waits, sleeps, locks, and blocking system calls (inotify, poll, pipe reads) of idle reader threads.
    private static readonly string[] WaitFrames =
        ["Wait", "Sleep", "SocketEvents", "Monitor.Enter", "SpinLock", "LowLevelLifoSemaphore", "Thread.Join", "EventPipe", "ReadEvents", "Sys.Poll", "Sys.Read", "ReadFromPipe",
            // The socket engine's epoll thread: this is its innermost managed frame while it blocks in epoll_wait (its work
            // — dispatching ready sockets — shows deeper frames). Counted as CPU before 2026-12-07, which inflated "http".
            "SocketAsyncEngine.EventLoop"];

    private readonly EventPipeSession _session;
    private readonly string _path;
    private readonly Task _copy;

    private CpuSampler(EventPipeSession session, string path)
    {
        _session = session;
        _path = path;
        _copy = Task.Run(async () =>
        {
            await using var file = File.Create(path);
            await session.EventStream.CopyToAsync(file);
        });
    }

    /// <summary>Starts sampling this process into <paramref name="path"/> (a .nettrace file).</summary>
    public static CpuSampler Start(string path)
    {
        var client = new DiagnosticsClient(Environment.ProcessId);
        var session = client.StartEventPipeSession(
        [
            new EventPipeProvider("Microsoft-DotNETCore-SampleProfiler", EventLevel.Informational),
            new EventPipeProvider("Microsoft-Windows-DotNETRuntime", EventLevel.Informational, (long)ClrTraceEventParser.Keywords.Default),
        ], requestRundown: true, circularBufferMB: 512);
        return new CpuSampler(session, path);
    }

    /// <summary>Stops sampling and charges the samples: component → share of CPU samples (0..1), and the counts.</summary>
    public async Task<CpuProfile> StopAsync()
    {
        await _session.StopAsync(CancellationToken.None);
        await _copy;
        var etlx = TraceLog.CreateFromEventPipeDataFile(_path);
        var counts = Components.Select(c => c.Component).Append("other").ToDictionary(c => c, _ => 0L);
        var other = new Dictionary<string, long>(StringComparer.Ordinal);
        var platform = new Dictionary<string, long>(StringComparer.Ordinal);
        var inner = new Dictionary<string, long>(StringComparer.Ordinal);
        long idle = 0;
        // RTO_BENCH_STACKS=FILE: also write the CPU samples as folded stacks (outermost first), for a flame graph.
        var foldedPath = Environment.GetEnvironmentVariable("RTO_BENCH_STACKS");
        var folded = new Dictionary<string, long>(StringComparer.Ordinal);
        using (var log = new TraceLog(etlx))
        {
            foreach (var e in log.Events)
            {
                if (e.ProviderName != "Microsoft-DotNETCore-SampleProfiler" || e.CallStack() is not { } stack) continue;
                var frames = new List<(string Module, string Method)>();
                for (var frame = stack; frame is not null; frame = frame.Caller)
                {
                    frames.Add((frame.CodeAddress.ModuleName ?? "", frame.CodeAddress.FullMethodName ?? ""));
                }

                // The innermost frame with a name: a blocking native call (epoll_wait under the socket engine's loop) may
                // come first as an unnamed frame, which hid the wait and counted the idle epoll thread as HTTP CPU.
                var innermost = frames.FirstOrDefault(f => f.Method.Length > 0).Method;

                if (innermost is not null && WaitFrames.Any(w => innermost.Contains(w, StringComparison.Ordinal)))
                {
                    idle++;
                    continue;
                }

                var component = Components.FirstOrDefault(c => frames.Any(f =>
                    c.Modules.Contains(f.Module, StringComparer.OrdinalIgnoreCase) || c.Methods.Any(m => f.Method.Contains(m, StringComparison.Ordinal)))).Component ?? "other";
                counts[component]++;
                if (foldedPath is not null)
                {
                    var key = string.Join(';', Enumerable.Reverse(frames).Select(f => $"{f.Module}!{f.Method.Split('(')[0]}"));
                    folded[key] = folded.GetValueOrDefault(key) + 1;
                }

                // Where in the platform: the innermost platform method on the stack (the platform code that led to the
                // work) and the innermost non-runtime method (what actually burns the cycles).
                var outer = frames.FirstOrDefault(f => f.Module.StartsWith("RentToOwn.Platform", StringComparison.Ordinal)).Method;
                if (outer is { Length: > 0 }) platform[Short(outer)] = platform.GetValueOrDefault(Short(outer)) + 1;
                var leaf = frames.FirstOrDefault(f => f.Method.Length > 0 && !f.Module.StartsWith("System.Private.CoreLib", StringComparison.Ordinal)
                    && !f.Module.Equals("?", StringComparison.Ordinal));
                if (leaf.Method is { Length: > 0 }) inner[$"{leaf.Module}!{Short(leaf.Method)}"] = inner.GetValueOrDefault($"{leaf.Module}!{Short(leaf.Method)}") + 1;
                if (component == "other")
                {
                    var module = frames.Count > 0 ? frames[0].Module : "?";
                    other[module] = other.GetValueOrDefault(module) + 1;
                }
            }
        }

        File.Delete(etlx);
        File.Delete(_path);
        if (foldedPath is not null) await File.WriteAllLinesAsync(foldedPath, folded.Select(kv => $"{kv.Key} {kv.Value}"));
        return new CpuProfile(counts, idle, other.OrderByDescending(kv => kv.Value).Take(8).ToDictionary())
        {
            PlatformEntries = platform.OrderByDescending(kv => kv.Value).Take(20).ToDictionary(),
            InnermostMethods = inner.OrderByDescending(kv => kv.Value).Take(20).ToDictionary(),
        };
    }

    // "Namespace.Type.Method(args)" → "Type.Method" (state machines: "Type+<Method>d__N.MoveNext" → "Type.Method", also
    // inside a generic AsyncStateMachineBox).
    private static string Short(string method)
    {
        var name = method.Split('(')[0];
        var m = System.Text.RegularExpressions.Regex.Match(name, @"([A-Za-z0-9_`]+)[+]<([^>]+)>d__\d+");
        if (m.Success) return $"{m.Groups[1].Value}.{m.Groups[2].Value}";
        var parts = name.Split('.');
        return parts.Length >= 2 ? $"{parts[^2]}.{parts[^1]}" : name;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        _session.Dispose();
        try
        {
            await _copy;
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
        }
    }
}

/// <summary>CPU samples per component and the samples of waiting threads.</summary>
/// <param name="Samples">Component → CPU samples.</param>
/// <param name="IdleSamples">Samples of threads that were waiting.</param>
/// <param name="OtherModules">The innermost modules of the "other" samples, most first (what "other" is made of).</param>
public sealed record CpuProfile(IReadOnlyDictionary<string, long> Samples, long IdleSamples, IReadOnlyDictionary<string, long> OtherModules)
{
    /// <summary>CPU samples by the innermost platform method on the stack, top 20.</summary>
    public IReadOnlyDictionary<string, long> PlatformEntries { get; init; } = new Dictionary<string, long>();

    /// <summary>CPU samples by the innermost method outside the core library (module!Type.Method), top 20.</summary>
    public IReadOnlyDictionary<string, long> InnermostMethods { get; init; } = new Dictionary<string, long>();

    /// <summary>Component → share of the CPU samples, rounded to 3 places.</summary>
    public IReadOnlyDictionary<string, double> Shares()
    {
        var total = Math.Max(1, Samples.Values.Sum());
        return Samples.ToDictionary(kv => kv.Key, kv => Math.Round((double)kv.Value / total, 3));
    }
}

using System.Diagnostics;
using System.Text.Json.Nodes;

namespace RentToOwn.Kadastr.Protocol.Tests.GrpcJs;

/// <summary>Runs tests/Kadastr.Protocol.Tests/interop/peer.js (@grpc/grpc-js) with node.</summary>
public static class NodePeer
{
    /// <summary>The interop folder; fails clearly when node packages are not installed.</summary>
    public static string Folder
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "tests", "Kadastr.Protocol.Tests", "interop");
                if (File.Exists(Path.Combine(candidate, "peer.js")))
                {
                    if (!Directory.Exists(Path.Combine(candidate, "node_modules", "@grpc", "grpc-js")))
                    {
                        throw new InvalidOperationException(
                            $"@grpc/grpc-js is not installed in {candidate}: run `npm ci` there (scripts/install-deps.sh does it).");
                    }

                    return candidate;
                }
            }

            throw new InvalidOperationException("interop/peer.js not found above " + AppContext.BaseDirectory);
        }
    }

    /// <summary>Starts a process running peer.js with the arguments.</summary>
    public static Process Start(params string[] args)
    {
        var psi = new ProcessStartInfo("node")
        {
            WorkingDirectory = Folder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        psi.ArgumentList.Add("peer.js");
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        try
        {
            return Process.Start(psi) ?? throw new InvalidOperationException("node did not start");
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new InvalidOperationException("node is required for the gRPC interop tests (Debian: apt-get install nodejs npm)", ex);
        }
    }

    /// <summary>Runs peer.js to completion and parses its last stdout line as JSON.</summary>
    public static async Task<JsonObject> RunJsonAsync(TimeSpan limit, params string[] args)
    {
        using var p = Start(args);
        p.StandardInput.Close();
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(limit);
        try
        {
            await p.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            p.Kill(entireProcessTree: true);
            throw new TimeoutException($"node peer.js {string.Join(' ', args)} did not finish in {limit}: {await stderr}");
        }

        var lines = (await stdout).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        if (p.ExitCode != 0 || lines.Length == 0)
        {
            throw new InvalidOperationException($"node peer.js exited {p.ExitCode}: {await stderr}");
        }

        return JsonNode.Parse(lines[^1])!.AsObject();
    }
}

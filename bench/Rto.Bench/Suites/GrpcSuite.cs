using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using Grpc.Core;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RentToOwn.Kadastr.Protocol.Calls;
using RentToOwn.Kadastr.Protocol.V1;

namespace RentToOwn.Bench.Suites;

/// <summary>
/// Suite <c>grpc</c>: unary round trips per second of Grpc.Net.Client → Grpc.AspNetCore (Kestrel, HTTP/2 h2c)
/// against @grpc/grpc-js (grpc-js client → grpc-js server, node, same .proto, same concurrency) in the same run,
/// the ratio (goal ≥ 1.5×), the two cross pairs, and server-streaming events per second. Everything runs on
/// 127.0.0.1 with ports chosen by the OS. The hand-written transport's last figures are in docs/kadastr.md.
/// </summary>
public sealed class GrpcSuite : IBenchSuite
{
    private const int Concurrency = 32;

    /// <inheritdoc />
    public string Name => "grpc";

    /// <inheritdoc />
    public async Task<JsonObject> RunAsync(bool quick)
    {
        var duration = TimeSpan.FromSeconds(quick ? 1 : 4);
        var rounds = quick ? 1 : 3;
        var peer = PeerFolder();

        await using var ours = await StartServerAsync();
        var oursAddress = new Uri($"http://127.0.0.1:{ours.Urls.Select(u => new Uri(u).Port).First()}");
        using var node = StartNodeServer(peer, out var nodePort);
        try
        {
            var oursRates = new List<double>();
            var nodeRates = new List<double>();
            var ourClientNodeServer = new List<double>();
            var nodeClientOurServer = new List<double>();
            await OurUnaryAsync(oursAddress, TimeSpan.FromMilliseconds(500)); // warm-up: JIT, connection
            await NodeUnaryAsync(peer, $"127.0.0.1:{nodePort}", TimeSpan.FromMilliseconds(500));
            for (var r = 0; r < rounds; r++)
            {
                oursRates.Add(await OurUnaryAsync(oursAddress, duration));
                nodeRates.Add(await NodeUnaryAsync(peer, $"127.0.0.1:{nodePort}", duration));
                ourClientNodeServer.Add(await OurUnaryAsync(new Uri($"http://127.0.0.1:{nodePort}"), duration));
                nodeClientOurServer.Add(await NodeUnaryAsync(peer, $"127.0.0.1:{oursAddress.Port}", duration));
            }

            var oursMedian = Median(oursRates);
            var nodeMedian = Median(nodeRates);
            return new JsonObject
            {
                ["concurrency"] = Concurrency,
                ["secondsPerMeasurement"] = duration.TotalSeconds,
                ["rounds"] = rounds,
                ["unaryRoundTripsPerSecond"] = new JsonObject
                {
                    ["grpcNetClientGrpcAspNetCore"] = Math.Round(oursMedian),
                    ["grpcJsClientGrpcJsServer"] = Math.Round(nodeMedian),
                    ["grpcNetClientGrpcJsServer"] = Math.Round(Median(ourClientNodeServer)),
                    ["grpcJsClientGrpcAspNetCore"] = Math.Round(Median(nodeClientOurServer)),
                },
                ["ratioDotnetToGrpcJs"] = Math.Round(oursMedian / nodeMedian, 2),
                ["ratioGoal"] = 1.5,
                ["streamingEventsPerSecond"] = Math.Round(await StreamingAsync(oursAddress, quick ? 50_000 : 400_000)),
            };
        }
        finally
        {
            node.StandardInput.Close();
            if (!node.WaitForExit(5000))
            {
                node.Kill(entireProcessTree: true);
            }
        }
    }

    private static async Task<double> OurUnaryAsync(Uri address, TimeSpan duration)
    {
        using var channel = KadastrChannel.Create(address);
        var client = new RealEstateRegistry.RealEstateRegistryClient(channel);
        var request = new GetApplicationRequest { Id = "bench-application" };
        await client.GetApplicationAsync(request);
        long calls = 0;
        var watch = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, Concurrency).Select(async _ =>
        {
            while (watch.Elapsed < duration)
            {
                var reply = await client.GetApplicationAsync(request).ConfigureAwait(false);
                if (reply.Id.Length == 0)
                {
                    throw new InvalidOperationException("empty reply");
                }

                Interlocked.Increment(ref calls);
            }
        });
        await Task.WhenAll(workers);
        return calls / watch.Elapsed.TotalSeconds;
    }

    private static async Task<double> NodeUnaryAsync(string peer, string address, TimeSpan duration)
    {
        var psi = NodeStart(peer, "bench", address, ((int)duration.TotalMilliseconds).ToString(System.Globalization.CultureInfo.InvariantCulture), Concurrency.ToString(System.Globalization.CultureInfo.InvariantCulture));
        using var p = Process.Start(psi)!;
        p.StandardInput.Close();
        var output = await p.StandardOutput.ReadToEndAsync();
        await p.WaitForExitAsync();
        if (p.ExitCode != 0)
        {
            throw new InvalidOperationException("node bench failed: " + await p.StandardError.ReadToEndAsync());
        }

        var r = JsonNode.Parse(output.Trim().Split('\n')[^1])!;
        if ((int)r["errors"]! != 0)
        {
            throw new InvalidOperationException($"node bench saw {r["errors"]} errors");
        }

        return (double)r["calls"]! / (double)r["seconds"]!;
    }

    private static async Task<double> StreamingAsync(Uri address, int events)
    {
        using var channel = KadastrChannel.Create(address);
        var client = new RealEstateRegistry.RealEstateRegistryClient(channel);
        var watch = Stopwatch.StartNew();
        using var call = client.WatchApplication(new WatchApplicationRequest { Id = "stream", AfterSequence = (ulong)events });
        ulong expected = 1, count = 0;
        await foreach (var e in call.ResponseStream.ReadAllAsync())
        {
            if (e.Sequence != expected++)
            {
                throw new InvalidOperationException("events out of order");
            }

            count++;
        }

        return count / watch.Elapsed.TotalSeconds;
    }

    private static async Task<WebApplication> StartServerAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.AddServerHeader = false;
            k.Listen(IPAddress.Loopback, 0, lo => lo.Protocols = HttpProtocols.Http2);
        });
        builder.Services.AddGrpc();
        builder.Services.AddSingleton<BenchRegistry>();
        var app = builder.Build();
        app.MapGrpcService<BenchRegistry>();
        await app.StartAsync();
        return app;
    }

    private static Process StartNodeServer(string peer, out int port)
    {
        var p = Process.Start(NodeStart(peer, "server"))!;
        var line = p.StandardOutput.ReadLine() ?? throw new InvalidOperationException("node server did not start: " + p.StandardError.ReadToEnd());
        port = (int)JsonNode.Parse(line)!["port"]!;
        return p;
    }

    private static ProcessStartInfo NodeStart(string peer, params string[] args)
    {
        var psi = new ProcessStartInfo("node")
        {
            WorkingDirectory = peer,
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

        return psi;
    }

    private static string PeerFolder()
    {
        var dir = Path.Combine(BenchRunner.RepositoryRoot(), "tests", "Kadastr.Protocol.Tests", "interop");
        if (!Directory.Exists(Path.Combine(dir, "node_modules", "@grpc", "grpc-js")))
        {
            throw new InvalidOperationException($"@grpc/grpc-js is not installed in {dir}: run `npm ci` there (scripts/install-deps.sh does).");
        }

        return dir;
    }

    private static double Median(List<double> xs)
    {
        var s = xs.Order().ToList();
        return s.Count % 2 == 1 ? s[s.Count / 2] : (s[(s.Count / 2) - 1] + s[s.Count / 2]) / 2;
    }

    /// <summary>The same behaviour as peer.js's GetApplication, plus a stream of N events (N = after_sequence).</summary>
    private sealed class BenchRegistry : RealEstateRegistry.RealEstateRegistryBase
    {
        public override Task<Application> GetApplication(GetApplicationRequest request, ServerCallContext context) =>
            Task.FromResult(new Application { Id = request.Id, Status = ApplicationStatus.UnderReview });

        public override async Task WatchApplication(WatchApplicationRequest request, IServerStreamWriter<ApplicationEvent> responseStream, ServerCallContext context)
        {
            for (ulong i = 1; i <= request.AfterSequence; i++)
            {
                await responseStream.WriteAsync(new ApplicationEvent { ApplicationId = request.Id, Sequence = i, Status = ApplicationStatus.UnderReview });
            }
        }
    }
}

using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using RentToOwn.Kadastr.Gateway;
using RentToOwn.Kadastr.Gateway.Delivery;
using RentToOwn.Kadastr.Gateway.Outbox;
using RentToOwn.Kadastr.Protocol.Calls;
using RentToOwn.Kadastr.Protocol.V1;
using RentToOwn.Kadastr.Simulator;
using RentToOwn.Kadastr.Simulator.Checks;
using RentToOwn.Kadastr.Simulator.Demo;
using RentToOwn.Kadastr.Simulator.Faults;
using RentToOwn.Kadastr.Simulator.Hosting;
using RentToOwn.Kadastr.Simulator.Seed;

namespace RentToOwn.Cli.Commands;

/// <summary><c>rto kadastr</c>: Cadastre simulator and gateway.</summary>
public static class KadastrCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var command = new Command("kadastr", "Cadastre (ЖМБМК АЖ) simulator and gateway");
        command.Subcommands.Add(Serve());
        command.Subcommands.Add(Simulate());
        return command;
    }

    private static Command Serve()
    {
        var trust = new Option<DirectoryInfo>("--trust") { Description = "Folder of trusted NCA certificates and CRLs (e.g. the trust folder of `rto pki init`)", Required = true };
        var host = new Option<string>("--host") { Description = "Address to listen on", DefaultValueFactory = _ => "127.0.0.1" };
        var port = new Option<int>("--port") { Description = "Port (0 = any free port)", DefaultValueFactory = _ => 0 };
        var db = new Option<FileInfo?>("--db") { Description = "SQLite state file (default: in memory)" };
        var seed = new Option<FileInfo?>("--seed") { Description = "Seed JSON (default: the built-in seed)" };
        var delay = new Option<int>("--processing-delay-ms") { Description = "A.38: decide this long after the fee confirmation", DefaultValueFactory = _ => 0 };
        var unavailable = new Option<double>("--unavailable") { Description = "Share of calls answered UNAVAILABLE (0..1)", DefaultValueFactory = _ => 0 };
        var dropReply = new Option<double>("--drop-reply") { Description = "Share of state changes whose reply is lost after the commit (0..1)", DefaultValueFactory = _ => 0 };
        var token = new Option<string?>("--token") { Description = "Require `authorization: Bearer TOKEN` on every call (the health check excepted)" };
        var command = new Command("serve", "Run the cadastre simulator on its own HTTP/2 gRPC port (with grpc.health.v1.Health and server reflection) until interrupted; prints {\"address\":…}")
        {
            trust, host, port, db, seed, delay, unavailable, dropReply, token,
        };
        command.SetAction(async (parse, ct) =>
        {
            var options = new SimulatorOptions
            {
                Host = parse.GetValue(host)!,
                Port = parse.GetValue(port),
                DatabasePath = parse.GetValue(db)?.FullName,
                SeedPath = parse.GetValue(seed)?.FullName,
                ProcessingDelay = TimeSpan.FromMilliseconds(parse.GetValue(delay)),
                AuthToken = parse.GetValue(token),
                Faults = new FaultOptions { UnavailableRate = parse.GetValue(unavailable), DropReplyRate = parse.GetValue(dropReply) },
            };
            SimulatorHost running;
            try
            {
                options.Faults.Validate();
                if (options.Port is < 0 or > 65535 || !System.Net.IPAddress.TryParse(options.Host, out _))
                {
                    throw new ArgumentException($"--host must be an IP address and --port 0..65535 (got {options.Host}:{options.Port})");
                }

                var checker = EdsSignatureChecker.FromTrustDirectory(parse.GetValue(trust)!.FullName, null, TimeProvider.System);
                running = await SimulatorHost.StartAsync(options, checker, ct: ct);
            }
            catch (Exception ex) when (ex is ArgumentException or DirectoryNotFoundException or FileNotFoundException or InvalidDataException)
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync("rto kadastr serve: " + ex.Message);
                return 2;
            }

            await using (running)
            {
                parse.InvocationConfiguration.Output.WriteLine(new JsonObject { ["address"] = running.Address.ToString() }.ToJsonString());
                try
                {
                    await Task.Delay(Timeout.Infinite, ct);
                }
                catch (OperationCanceledException)
                {
                    // Interrupted: stop cleanly.
                }
            }

            return 0;
        });
        return command;
    }

    private static Command Simulate()
    {
        var submissions = new Option<int>("--submissions") { Description = "Lease applications to submit", DefaultValueFactory = _ => 100 };
        var unavailable = new Option<double>("--unavailable") { Description = "Share of calls the simulator answers UNAVAILABLE (0..1)", DefaultValueFactory = _ => 0 };
        var dropReply = new Option<double>("--drop-reply") { Description = "Share of state changes whose reply is lost after the commit (0..1)", DefaultValueFactory = _ => 0 };
        var latency = new Option<int>("--latency-ms") { Description = "Latency the simulator adds to every call", DefaultValueFactory = _ => 0 };
        var seed = new Option<int?>("--seed") { Description = "Seed of the fault dice (reproducible runs)" };
        var timeout = new Option<int>("--timeout-seconds") { Description = "Give up waiting after this long", DefaultValueFactory = _ => 600 };
        var command = new Command("simulate", "Run the simulator on its own port and the gateway with its outbox; submit N lease applications and report {submitted, registered, duplicates, lost, seconds}")
        {
            submissions, unavailable, dropReply, latency, seed, timeout,
        };
        command.SetAction(async (parse, ct) =>
        {
            var n = parse.GetValue(submissions);
            var faults = new FaultOptions
            {
                UnavailableRate = parse.GetValue(unavailable),
                DropReplyRate = parse.GetValue(dropReply),
                Latency = TimeSpan.FromMilliseconds(parse.GetValue(latency)),
                Seed = parse.GetValue(seed),
            };
            var limit = parse.GetValue(timeout);
            try
            {
                if (n < 1)
                {
                    throw new ArgumentOutOfRangeException("--submissions", n, "must be at least 1");
                }

                if (limit < 1)
                {
                    throw new ArgumentOutOfRangeException("--timeout-seconds", limit, "must be at least 1");
                }

                faults.Validate();
            }
            catch (ArgumentOutOfRangeException ex)
            {
                var name = ex.ParamName switch
                {
                    nameof(FaultOptions.UnavailableRate) => "--unavailable",
                    nameof(FaultOptions.DropReplyRate) => "--drop-reply",
                    nameof(FaultOptions.Latency) => "--latency-ms",
                    _ => ex.ParamName,
                };
                await parse.InvocationConfiguration.Error.WriteLineAsync($"rto kadastr simulate: {name} {ex.Message.Split(" (Parameter")[0]}");
                return 2;
            }

            var report = await RunAsync(n, faults, TimeSpan.FromSeconds(limit), ct);
            parse.InvocationConfiguration.Output.WriteLine(report.ToJsonString(new JsonSerializerOptions { WriteIndented = false }));
            var ok = (int)report["registered"]! == n && (int)report["duplicates"]! == 0 && (int)report["lost"]! == 0;
            return ok ? 0 : 1;
        });
        return command;
    }

    private static async Task<JsonObject> RunAsync(int n, FaultOptions faults, TimeSpan limit, CancellationToken ct)
    {
        var clock = TimeProvider.System;
        var kit = DemoSigningKit.Create(clock);
        var apps = new DemoApplications(kit, clock);
        var seed = SeedLoader.Default();
        var range = seed.PropertyRanges![0];
        seed = seed with { PropertyRanges = [range with { Count = Math.Max(range.Count, n) }] };

        // The simulator on its own Kestrel instance and port; the gateway reaches it over gRPC only.
        await using var sim = await SimulatorHost.StartAsync(new SimulatorOptions { Faults = faults }, kit.Checker, clock, seedOverride: seed, ct: ct);
        var folder = Directory.CreateTempSubdirectory("rto-kadastr-");
        try
        {
            using var channel = KadastrChannel.Create(sim.Address);
            using var outbox = new SqliteOutboxStore(Path.Combine(folder.FullName, "outbox.db"));
            var options = new GatewayOptions
            {
                RetryBaseDelay = TimeSpan.FromMilliseconds(10),
                RetryMaxDelay = TimeSpan.FromMilliseconds(500),
                IdlePollInterval = TimeSpan.FromMilliseconds(100),
                MaxConcurrentSends = 32,
                MaxConcurrentWatches = 64,
            };
            await using var gateway = new KadastrGateway(outbox, new RealEstateRegistry.RealEstateRegistryClient(channel), options, clock);
            var watch = Stopwatch.StartNew();
            gateway.Start();

            var ids = Enumerable.Range(1, n).Select(i => "sim-lease-" + i.ToString("D6", CultureInfo.InvariantCulture)).ToList();
            await Parallel.ForEachAsync(Enumerable.Range(0, n), new ParallelOptions { CancellationToken = ct, MaxDegreeOfParallelism = Environment.ProcessorCount },
                (i, _) =>
                {
                    gateway.Submit(apps.Lease(ids[i], range.Prefix + (i + 1).ToString(CultureInfo.InvariantCulture)));
                    return ValueTask.CompletedTask;
                });

            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
            deadline.CancelAfter(limit);
            while (!gateway.IsSettled() && !deadline.IsCancellationRequested)
            {
                await Task.Delay(50, CancellationToken.None);
            }

            await gateway.StopAsync();
            var seconds = watch.Elapsed.TotalSeconds;
            var entries = await sim.Registrar.EntriesPerApplicationAsync(CancellationToken.None);
            var registered = ids.Count(id => gateway.Find(id)?.LastStatus == ApplicationStatus.Registered && entries.ContainsKey(id));
            var duplicates = ids.Sum(id => entries.TryGetValue(id, out var c) ? c - 1 : 0);
            var lost = ids.Count(id => !entries.ContainsKey(id));
            return new JsonObject
            {
                ["submitted"] = n,
                ["registered"] = registered,
                ["duplicates"] = duplicates,
                ["lost"] = lost,
                ["seconds"] = Math.Round(seconds, 2),
                ["simulator"] = sim.Address.ToString(),
                ["injectedUnavailable"] = sim.Faults.InjectedUnavailable,
                ["injectedDroppedReplies"] = sim.Faults.InjectedDroppedReplies,
                // Dispatches counts outbox sends (each may retry inside); cadastreCalls counts every RPC the simulator saw.
                ["outboxDispatches"] = ids.Sum(id => gateway.Find(id)?.Attempts ?? 0),
                ["cadastreCalls"] = sim.Faults.Calls,
                ["fallbackPolls"] = gateway.Tracker.FallbackPolls,
            };
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }
}

using System.CommandLine;
using RentToOwn.Domain.Identity;
using RentToOwn.Eds.Algorithms;
using RentToOwn.Eds.NcaLayer;
using RentToOwn.Eds.Signing;

namespace RentToOwn.Cli.Commands;

/// <summary><c>rto signer</c>: NCALayer-compatible local signer.</summary>
public static class SignerCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var command = new Command("signer", "NCALayer-compatible local signer");
        command.Subcommands.Add(Serve());
        return command;
    }

    private static Command Serve()
    {
        var keys = new Option<DirectoryInfo>("--keys") { Description = "Folder with .p12 keys (passwords from a manifest.json above it, else --password)", Required = true };
        var port = new Option<int>("--port") { Description = "Port on 127.0.0.1", DefaultValueFactory = _ => NcaLayerServer.DefaultPort };
        var password = new Option<string?>("--password") { Description = "Password for .p12 files not listed in a manifest" };
        var iin = new Option<string?>("--iin") { Description = "Key choice: only keys of this IIN" };
        var alg = new Option<string?>("--alg") { Description = "Key choice: rsa or gost (default: GOST preferred)" };
        var tsa = new Option<string?>("--tsa") { Description = "TSA URL used when a request asks for a timestamp (tsaProfile)" };
        var command = new Command("serve", "Serve NCALayer's WebSocket protocol (commonUtils and basics) on 127.0.0.1") { keys, port, password, iin, alg, tsa };
        command.SetAction(async (parse, ct) =>
        {
            try
            {
                var choice = new KeyChoice(
                    parse.GetValue(iin) is { } i ? Iin.Parse(i) : null,
                    parse.GetValue(alg) switch { null => null, "rsa" => KeyAlgorithm.Rsa, "gost" => KeyAlgorithm.Gost, var a => throw new ArgumentException($"--alg {a}: use rsa or gost") });
                var skipped = new List<string>();
                var ring = KeyRing.Load(parse.GetValue(keys)!.FullName, parse.GetValue(password), choice, skipped);
                skipped.ForEach(s => Console.Error.WriteLine("skipped " + s));
                using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
                var tsaUrl = parse.GetValue(tsa) is { } t ? new Uri(t) : null;
                var signer = new CadesSigner(TimeProvider.System, tsaUrl is null ? null : new HttpTimestampClient(http, tsaUrl));
                var protocol = new NcaLayerProtocol(ring, signer, TimeProvider.System, tsaUrl is not null);
                await using var server = await NcaLayerServer.StartAsync(protocol, parse.GetValue(port), ct);
                Console.WriteLine($"NCALayer-compatible signer on {server.Url} with {ring.Keys.Count} keys — Ctrl+C to stop");
                await server.WaitForShutdownAsync(ct);
                return 0;
            }
            catch (Exception e) when (e is IOException or ArgumentException or UriFormatException or IdentityNumberException)
            {
                Console.Error.WriteLine("rto signer serve: " + e.Message);
                return 1;
            }
            catch (OperationCanceledException)
            {
                return 0;
            }
        });
        return command;
    }
}

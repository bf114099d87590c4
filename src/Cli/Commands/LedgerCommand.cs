using System.CommandLine;
using System.Text.Json;
using RentToOwn.LedgerAdapter.Anchoring;
using RentToOwn.LedgerAdapter.Bundles;
using RentToOwn.LedgerAdapter.Checkpoints;
using RentToOwn.LedgerAdapter.Embedded;
using RentToOwn.LedgerAdapter.Evm;
using RentToOwn.LedgerAdapter.Records;

namespace RentToOwn.Cli.Commands;

/// <summary>
/// <c>rto ledger</c>: the signing-record ledger (A.18, A.39). Exit codes: 0 ok; 1 a bundle does not
/// verify (or cannot be read); 2 bad input or a missing/invalid ledger folder.
/// </summary>
public static class LedgerCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var ledger = new Command("ledger", "The signing-record ledger: append, bundle and verify offline");
        ledger.Subcommands.Add(Init());
        ledger.Subcommands.Add(Append());
        ledger.Subcommands.Add(Bundle());
        ledger.Subcommands.Add(VerifyBundle());
        ledger.Subcommands.Add(Serve());
        return ledger;
    }

    private static Option<string> DirOption() => new("--dir") { Description = "Ledger folder", Required = true };

    private static Command Init()
    {
        var dir = DirOption();
        var origin = new Option<string>("--origin") { Description = "Log origin (checkpoint key name)", DefaultValueFactory = _ => "rto.kz/ledger" };
        var witness = new Option<string>("--witness-name") { Description = "Local witness key name", DefaultValueFactory = _ => "rto.kz/registrar-witness" };
        var cmd = new Command("init", "Create the log key, a witness key and the database; writes DIR/log.pub and DIR/witness.pub") { dir, origin, witness };
        cmd.SetAction(async (pr, ct) => await Run(pr, async output =>
        {
            var folder = new LedgerDirectory(pr.GetValue(dir)!);
            await folder.InitAsync(pr.GetValue(origin)!, pr.GetValue(witness)!);
            await output.WriteLineAsync($"ledger created in {folder.Path}: log.pub, witness.pub, ledger.db");
            return 0;
        }));
        return cmd;
    }

    private static Command Append()
    {
        var dir = DirOption();
        var kind = new Option<string>("--kind") { Description = "Record kind: " + string.Join(", ", Enum.GetNames<RecordKind>()), Required = true };
        var subject = new Option<string>("--subject") { Description = "Subject id (contract or application id)", Required = true };
        var document = new Option<string>("--document-sha256") { Description = "SHA-256 of the document (64 hex)", Required = true };
        var signature = new Option<string?>("--signature-sha256") { Description = "SHA-256 of the CMS signature (64 hex)" };
        var signerIin = new Option<string?>("--signer-iin") { Description = "Signer IIN/BIN; only its HMAC under DIR/deployment.secret is stored" };
        var role = new Option<string>("--role") { Description = "Signer role", DefaultValueFactory = _ => string.Empty };
        var count = new Option<int>("--count") { Description = "Append this many records (one receipt per line); copy k records SHA-256(document ‖ k), as equal records are stored once", DefaultValueFactory = _ => 1 };
        var concurrency = new Option<int>("--concurrency") { Description = "Concurrent appends when --count > 1", DefaultValueFactory = _ => 1 };
        var cmd = new Command("append", "Append a record and print its receipt as JSON") { dir, kind, subject, document, signature, signerIin, role, count, concurrency };
        cmd.SetAction(async (pr, ct) => await Run(pr, async output =>
        {
            var folder = new LedgerDirectory(pr.GetValue(dir)!);
            if (!Enum.GetNames<RecordKind>().Contains(pr.GetValue(kind)))
            {
                throw new ArgumentException($"--kind must be one of {string.Join(", ", Enum.GetNames<RecordKind>())}");
            }

            var iin = pr.GetValue(signerIin);
            var record = new SigningRecord(
                Enum.Parse<RecordKind>(pr.GetValue(kind)!), pr.GetValue(subject)!, Sha256Digest.FromHex(pr.GetValue(document)!.ToLowerInvariant()),
                pr.GetValue(signature) is { } s ? Sha256Digest.FromHex(s.ToLowerInvariant()) : null,
                iin is null ? null : SignerReference.From(folder.DeploymentSecret(), iin),
                null, pr.GetValue(role)!, DateTimeOffset.UtcNow);
            SigningRecordCodec.Validate(record);
            var n = Math.Max(1, pr.GetValue(count));
            await using var log = folder.Open(TimeProvider.System);
            if (n == 1)
            {
                var receipt = await log.AppendAsync(record, ct);
                await output.WriteLineAsync(ReceiptJson.ToJson(receipt).ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
                return 0;
            }

            var gate = new Lock();
            var next = 0;
            var workers = Enumerable.Range(0, Math.Clamp(pr.GetValue(concurrency), 1, 1024)).Select(_ => Task.Run(async () =>
            {
                int k;
                while ((k = Interlocked.Increment(ref next)) <= n)
                {
                    // Appends are idempotent on subject, kind, document and signer: copy k records SHA-256(document ‖ k).
                    var copy = record with { DocumentSha256 = CopyDocument(record.DocumentSha256, k), SignedAt = DateTimeOffset.UtcNow };
                    var receipt = await log.AppendAsync(copy, ct);
                    var line = ReceiptJson.ToJson(receipt).ToJsonString();
                    lock (gate)
                    {
                        output.WriteLine(line);
                        output.Flush();
                    }
                }
            }, ct));
            await Task.WhenAll(workers);
            return 0;
        }));
        return cmd;
    }

    private static Sha256Digest CopyDocument(Sha256Digest document, int copy)
    {
        var bytes = new byte[36];
        document.ToArray().CopyTo(bytes, 0);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(32), copy);
        return Sha256Digest.Of(bytes);
    }

    private static Command Bundle()
    {
        var dir = DirOption();
        var index = new Option<long>("--index") { Description = "Leaf index", Required = true };
        var outFile = new Option<string>("--out") { Description = "Bundle file to write", Required = true };
        var cmd = new Command("bundle", "Write an offline verification bundle for one record") { dir, index, outFile };
        cmd.SetAction(async (pr, ct) => await Run(pr, async output =>
        {
            var folder = new LedgerDirectory(pr.GetValue(dir)!);
            await using var log = folder.Open(TimeProvider.System);
            // The latest EVM anchor published by the anchoring job (if any) travels with the bundle.
            var anchor = await new SqliteAnchorStore(folder.DatabasePath).LatestAsync(ct);
            var bundle = await new BundleFactory(log).CreateAsync(pr.GetValue(index), anchor, ct);
            await File.WriteAllTextAsync(pr.GetValue(outFile)!, BundleJson.Serialize(bundle), ct);
            await output.WriteLineAsync($"bundle of leaf {bundle.LeafIndex} written to {pr.GetValue(outFile)}");
            return 0;
        }));
        return cmd;
    }

    private static Command Serve()
    {
        var dir = DirOption();
        var host = new Option<string>("--host") { Description = "Address to listen on", DefaultValueFactory = _ => "127.0.0.1" };
        var port = new Option<int>("--port") { Description = "Port (0 = any free port)", DefaultValueFactory = _ => 0 };
        var token = new Option<string?>("--token") { Description = "Require `authorization: Bearer TOKEN` (default: $RTO_LEDGER_TOKEN)" };
        var certificate = new Option<string?>("--certificate") { Description = "TLS certificate (PKCS#12); without it the port is h2c, and a token is refused outside Development" };
        var password = new Option<string?>("--certificate-password") { Description = "Password of --certificate (default: $RTO_LEDGER_CERTIFICATE_PASSWORD, which ps does not show)" };
        var cmd = new Command("serve", "Serve the embedded log over gRPC (contracts/proto/ledger.proto) until interrupted; prints {\"address\":…}; creates the folder if needed")
        {
            dir, host, port, token, certificate, password,
        };
        cmd.SetAction(async (pr, ct) =>
        {
            var folder = new LedgerDirectory(pr.GetValue(dir)!);
            var development = string.Equals(Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT") ?? Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT"),
                "Development", StringComparison.OrdinalIgnoreCase);
            RentToOwn.LedgerAdapter.Remote.LogServiceHost running;
            EmbeddedLedger log;
            try
            {
                if (!File.Exists(folder.DatabasePath))
                {
                    await folder.InitAsync("rto.kz/ledger", "rto.kz/registrar-witness");
                }

                log = folder.Open(TimeProvider.System);
            }
            catch (Exception e) when (e is IOException or InvalidOperationException or InvalidDataException or UnauthorizedAccessException or FormatException)
            {
                await pr.InvocationConfiguration.Error.WriteLineAsync("rto ledger serve: " + e.Message);
                return 2;
            }

            await using (log)
            {
                try
                {
                    running = await RentToOwn.LedgerAdapter.Remote.LogServiceHost.StartAsync(log, new RentToOwn.LedgerAdapter.Remote.LogServiceOptions
                    {
                        Host = pr.GetValue(host)!,
                        Port = pr.GetValue(port),
                        Token = pr.GetValue(token) ?? (Environment.GetEnvironmentVariable("RTO_LEDGER_TOKEN") is { Length: > 0 } t ? t : null),
                        CertificatePath = pr.GetValue(certificate),
                        CertificatePassword = pr.GetValue(password) ?? Environment.GetEnvironmentVariable("RTO_LEDGER_CERTIFICATE_PASSWORD"),
                        AllowTokenOverPlaintext = development,
                    }, ct);
                }
                catch (Exception e) when (e is ArgumentException or InvalidOperationException or IOException or System.Security.Cryptography.CryptographicException)
                {
                    await pr.InvocationConfiguration.Error.WriteLineAsync("rto ledger serve: " + e.Message);
                    return 2;
                }

                await using (running)
                {
                    pr.InvocationConfiguration.Output.WriteLine(new System.Text.Json.Nodes.JsonObject { ["address"] = running.Address.ToString() }.ToJsonString());
                    pr.InvocationConfiguration.Output.Flush();
                    try
                    {
                        await Task.Delay(Timeout.Infinite, ct);
                    }
                    catch (OperationCanceledException)
                    {
                        // Interrupted: stop cleanly.
                    }
                }
            }

            return 0;
        });
        return cmd;
    }

    private static Command VerifyBundle()
    {
        var file = new Argument<string>("bundle") { Description = "Bundle JSON file" };
        var logKey = new Option<string>("--log-key") { Description = "The log's public key file (log.pub)", Required = true };
        var witnessKeys = new Option<string[]>("--witness-key") { Description = "Trusted witness public key file(s)", AllowMultipleArgumentsPerToken = false };
        var threshold = new Option<int?>("--witness-threshold") { Description = "Required witness cosignatures (default: all given witness keys)" };
        var rpcUrl = new Option<Uri?>("--rpc-url") { Description = "EVM JSON-RPC node to check the anchor against (else: anchor not checked)" };
        var fabricProfile = new Option<string?>("--fabric-profile") { Description = "Fabric connection.json to confirm a Fabric anchor on a peer with qscc (else: anchor not checked)" };
        var cmd = new Command("verify-bundle", "Verify a bundle offline; exit 0 if it verifies, 1 otherwise") { file, logKey, witnessKeys, threshold, rpcUrl, fabricProfile };
        cmd.SetAction(async (pr, ct) => await Run(pr, async output =>
        {
            var log = NoteVerifierKey.Parse(await File.ReadAllTextAsync(pr.GetValue(logKey)!, ct));
            var witnesses = new List<NoteVerifierKey>();
            foreach (var w in pr.GetValue(witnessKeys) ?? [])
            {
                witnesses.Add(NoteVerifierKey.Parse(await File.ReadAllTextAsync(w, ct)));
            }

            var json = await File.ReadAllTextAsync(pr.GetValue(file)!, ct);
            using var http = pr.GetValue(rpcUrl) is { } url ? new HttpClient { BaseAddress = url, Timeout = TimeSpan.FromSeconds(10) } : null;
            using var fabric = pr.GetValue(fabricProfile) is { } profile
                ? new RentToOwn.LedgerAdapter.Fabric.FabricAnchorChain(RentToOwn.LedgerAdapter.Fabric.FabricSigningRegistry.Open(RentToOwn.LedgerAdapter.Fabric.FabricConnectionProfile.Load(profile)), ownsRegistry: true)
                : null;
            RentToOwn.LedgerAdapter.Verification.IAnchorChain? chain = fabric is not null ? fabric : http is null ? null : new EvmAnchorChain(http);
            var result = await new BundleVerifier(log, witnesses, pr.GetValue(threshold) ?? witnesses.Count, chain).VerifyAsync(json, ct);
            await output.WriteLineAsync((result.IsValid ? "OK: " : "FAILED: ") + result.Reason);
            return result.IsValid ? 0 : 1;
        }, failureExitCode: 1));
        return cmd;
    }

    private static async Task<int> Run(ParseResult pr, Func<TextWriter, Task<int>> action, int failureExitCode = 2)
    {
        var output = pr.InvocationConfiguration.Output;
        try
        {
            return await action(output);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or IOException or InvalidOperationException or InvalidDataException or UnauthorizedAccessException)
        {
            await pr.InvocationConfiguration.Error.WriteLineAsync("error: " + e.Message);
            return failureExitCode;
        }
    }
}

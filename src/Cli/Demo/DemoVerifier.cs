using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using RentToOwn.Eds.Certificates;
using RentToOwn.Eds.Verification;
using RentToOwn.LedgerAdapter.Bundles;
using RentToOwn.LedgerAdapter.Checkpoints;
using RentToOwn.LedgerAdapter.Evm;
using RentToOwn.LedgerAdapter.Fabric;
using RentToOwn.LedgerAdapter.Records;
using RentToOwn.LedgerAdapter.Verification;
using RentToOwn.Platform.Ledger.Evm;

namespace RentToOwn.Cli.Demo;

/// <summary>
/// A.18, A.39: checks every signature of the run without trusting the platform: the CAdES against the PKI's trust
/// (<c>pki/trust</c>), the ledger bundle against the published log and witness keys (<c>ledger/log.pub</c>,
/// <c>witness.pub</c>), the record's document and CMS hashes, and — on the Evm backend — the record's leaf hash read back
/// from the SigningRegistry on the node (per-record mode). Bundles come from receipts or from the public verifier.
/// </summary>
public sealed class DemoVerifier : IDisposable
{
    private readonly TextWriter _log;
    private readonly VerificationPolicy _policy;
    private readonly BundleVerifier _bundles;
    private readonly CadesVerifier _cades = new();
    private readonly SigningRegistryContract? _registry;
    private readonly HttpClient? _node;
    private readonly bool _anchoring;
    private readonly FabricSigningRegistry? _fabric;
    private readonly List<string> _fabricTransactions = [];

    /// <summary>Reads the keys from <paramref name="dataDirectory"/>; on the Evm backend (<paramref name="ledger"/>), also checks the chain.</summary>
    public DemoVerifier(string dataDirectory, DemoLedger ledger, TextWriter log)
    {
        _anchoring = ledger.Anchoring;
        var rpcUrl = ledger.Evm ? ledger.RpcUrl : null;
        _log = log;
        var trustDir = Path.Combine(dataDirectory, "pki", "trust");
        _policy = new VerificationPolicy(TrustStore.FromDirectory(trustDir), [CrlRevocationSource.FromDirectory(trustDir)], TimeProvider.System)
        {
            RequiredPurpose = KeyPurpose.Signing,
        };
        var ledgerDir = Path.Combine(dataDirectory, "ledger");
        var logKey = NoteVerifierKey.Parse(System.IO.File.ReadAllText(Path.Combine(ledgerDir, "log.pub")));
        var witness = NoteVerifierKey.Parse(System.IO.File.ReadAllText(Path.Combine(ledgerDir, "witness.pub")));
        _bundles = new BundleVerifier(logKey, [witness], 1);
        if (ledger.FabricProfile is not null)
        {
            _fabric = FabricSigningRegistry.Open(FabricConnectionProfile.Load(ledger.FabricProfile));
        }

        if (rpcUrl is not null)
        {
            var remembered = RememberedRegistry.Read(ledgerDir)
                ?? throw new DemoException($"Evm backend: {Path.Combine(ledgerDir, RememberedRegistry.FileName)} is missing (the platform did not deploy a SigningRegistry)");
            _node = new HttpClient { BaseAddress = rpcUrl, Timeout = TimeSpan.FromSeconds(15) };
            _registry = new SigningRegistryContract(EvmNode.Connect(_node), null, remembered.Contract); // read-only
        }
    }

    /// <summary>Fabric backend: channel, chaincode and the transaction of every verified record (null otherwise).</summary>
    public JsonObject? Fabric => _fabric is null ? null : new JsonObject
    {
        ["channel"] = _fabric.Channel,
        ["chaincode"] = _fabric.Chaincode,
        ["transactions"] = new JsonArray(_fabricTransactions.Distinct().Select(t => (JsonNode)JsonValue.Create(t)).ToArray()),
    };

    /// <summary>How many signatures were checked, and how many failed.</summary>
    public (int Checked, int Failed) Tally { get; private set; }

    /// <summary>The public verifier's connection handler (the crash test's resending client); a plain client by default.</summary>
    public Func<HttpMessageHandler>? PublicTransport { get; init; }

    /// <summary>Verifies one signature whose ledger receipt the platform returned.</summary>
    public async Task<bool> VerifyReceiptAsync(string label, byte[] document, byte[] cms, JsonObject receipt, CancellationToken ct) =>
        await VerifyAsync(label, document, cms, ReceiptJson.ToBundle(receipt), ct);

    /// <summary>
    /// Verifies one signed PDF through the public verifier (as anyone holding the document would: <c>POST /api/verify</c>,
    /// then its offline bundle), and checks that bundle here.
    /// </summary>
    public async Task<bool> VerifyPublicAsync(string label, Uri platform, byte[] pdf, byte[] cms, CancellationToken ct)
    {
        using var http = PublicTransport is { } transport
            ? new HttpClient(transport()) { BaseAddress = platform, Timeout = TimeSpan.FromMinutes(10) }
            : new HttpClient { BaseAddress = platform };
        using var form = new MultipartFormDataContent();
        form.Add(File(pdf, "application/pdf"), "document", "document.pdf");
        form.Add(File(cms, "application/pkcs7-signature"), "signature", "signature.cms");
        var report = await DemoUser.Json(await http.PostAsync("api/verify", form, ct), $"public verifier ({label})", ct);
        var signature = report.GetProperty("signatures").EnumerateArray().Single();
        var ledger = signature.GetProperty("ledger");
        if (signature.GetProperty("indication").GetString() != "TOTAL_PASSED" || ledger.GetProperty("status").GetString() != "verified")
        {
            _log.WriteLine($"{label}: public verifier says {signature.GetProperty("indication").GetString()}, ledger {ledger.GetProperty("status").GetString()}: {ledger.GetProperty("message").GetString()}");
            Tally = (Tally.Checked + 1, Tally.Failed + 1);
            return false;
        }

        var bundle = BundleJson.Deserialize(await http.GetStringAsync(ledger.GetProperty("bundleUrl").GetString()!.TrimStart('/'), ct));
        var anchor = ledger.TryGetProperty("anchor", out var a) && a.ValueKind == JsonValueKind.Object ? a.GetProperty("status").GetString() : null;
        _log.WriteLine($"{label}: public verifier TOTAL_PASSED, ledger leaf {bundle.LeafIndex} verified, anchor {anchor}");
        return await VerifyAsync(label, pdf, cms, bundle, ct);
    }

    private async Task<bool> VerifyAsync(string label, byte[] document, byte[] cms, LedgerBundle bundle, CancellationToken ct)
    {
        var report = _cades.Verify(document, cms, _policy);
        if (!report.Passed)
        {
            throw new DemoException($"{label}: the signature does not verify: {string.Join("; ", report.Signatures.Select(VerificationText.Of))}");
        }

        var result = await _bundles.VerifyAsync(bundle, ct);
        var record = result.Record;
        var ok = result.IsValid && record is not null
            && record.DocumentSha256.ToArray().AsSpan().SequenceEqual(SHA256.HashData(document))
            && record.SignatureSha256 is { } c && c.ToArray().AsSpan().SequenceEqual(SHA256.HashData(cms));
        var chain = "";
        if (ok && _fabric is not null)
        {
            (ok, chain) = await OnFabricAsync(record!, ct);
        }

        if (ok && _registry is not null)
        {
            (ok, chain) = _anchoring ? await AnchoredAsync(bundle.LeafIndex, ct) : await RecordedAsync(record!, ct);
        }

        _log.WriteLine($"{label}: CMS verified; ledger leaf {bundle.LeafIndex} {(result.IsValid ? "proof verified" : "FAILED: " + result.Reason)}{chain}");
        Tally = (Tally.Checked + 1, Tally.Failed + (ok ? 0 : 1));
        return ok;
    }

    // Per-record mode: the registry holds this record's leaf hash under its subject's key.
    private async Task<(bool, string)> RecordedAsync(SigningRecord record, CancellationToken ct)
    {
        var entry = await _registry!.GetEntryAsync(Rfc6962.LeafHash(SigningRecordCodec.Encode(record)), ct);
        var ok = entry is not null && entry.Subject.AsSpan().SequenceEqual(SigningRegistryContract.SubjectKey(record.SubjectId));
        return (ok, entry is null ? "; NOT on chain" : $"; on chain in block {entry.BlockNumber} ({_registry.Address})");
    }

    // Fabric per-record mode: the chaincode holds the leaf hash under the subject's key, in a transaction the peer finds VALID.
    private async Task<(bool, string)> OnFabricAsync(SigningRecord record, CancellationToken ct)
    {
        var entry = await _fabric!.GetEntryAsync(Rfc6962.LeafHash(SigningRecordCodec.Encode(record)), ct);
        if (entry is null || entry.Subject != Convert.ToHexStringLower(SigningRegistryContract.SubjectKey(record.SubjectId))) return (false, "; NOT on Fabric");
        var tx = await _fabric.GetTransactionAsync(entry.TxId, ct);
        if (tx is not { ValidationCode: "VALID" }) return (false, $"; Fabric transaction {entry.TxId} {tx?.ValidationCode ?? "not found"}");
        _fabricTransactions.Add(tx.TransactionId);
        return (true, $"; on Fabric in transaction {tx.TransactionId} (block {tx.BlockNumber}, VALID)");
    }

    // Anchoring mode: the registry's latest anchor covers the leaf (the job runs every 2 s in the demo).
    private async Task<(bool, string)> AnchoredAsync(long leafIndex, CancellationToken ct)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var (size, _, block) = await _registry!.LatestAnchorAsync(ct);
            if (size > leafIndex) return (true, $"; anchored on chain (tree size {size}, block {block})");
            if (DateTime.UtcNow > deadline) return (false, $"; NOT anchored on chain within 60 s (anchored size {size})");
            await Task.Delay(250, ct);
        }
    }

    private static ByteArrayContent File(byte[] content, string type)
    {
        var c = new ByteArrayContent(content);
        c.Headers.ContentType = new MediaTypeHeaderValue(type);
        return c;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _node?.Dispose();
        _fabric?.Dispose();
    }
}

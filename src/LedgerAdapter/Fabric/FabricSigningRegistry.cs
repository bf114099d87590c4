using System.Text.Json;
using System.Text.RegularExpressions;
using RentToOwn.LedgerAdapter.Fabric.Protos.Common;
using RentToOwn.LedgerAdapter.Fabric.Protos.Peer;

namespace RentToOwn.LedgerAdapter.Fabric;

/// <summary>A record's transaction on Fabric.</summary>
/// <param name="Channel">Channel.</param>
/// <param name="Chaincode">Chaincode.</param>
/// <param name="TransactionId">Transaction id.</param>
/// <param name="BlockNumber">Block number.</param>
/// <param name="AlreadyRecorded">True when the entry was recorded by an earlier transaction (a retry or a second append).</param>
public sealed record FabricRecordResult(string Channel, string Chaincode, string TransactionId, long BlockNumber, bool AlreadyRecorded);

/// <summary>An entry as the chaincode stores it.</summary>
/// <param name="Subject">Subject key (hex).</param>
/// <param name="EntryHash">Entry hash (hex).</param>
/// <param name="Kind">Record kind byte.</param>
/// <param name="Writer">Writer MSP.</param>
/// <param name="TxId">Recording transaction.</param>
public sealed record FabricEntry(string Subject, string EntryHash, int Kind, string Writer, string TxId);

/// <summary>A transaction as the peer's ledger holds it (qscc).</summary>
/// <param name="TransactionId">Transaction id.</param>
/// <param name="BlockNumber">Block number.</param>
/// <param name="ValidationCode">Validation code name (VALID, MVCC_READ_CONFLICT, …).</param>
/// <param name="Transaction">The decoded transaction.</param>
public sealed record FabricLedgerTransaction(string TransactionId, long BlockNumber, string ValidationCode, FabricTransaction Transaction);

/// <summary>Retry policy for transient failures (peer down, MVCC conflict, timeout).</summary>
public sealed class FabricRetryOptions
{
    /// <summary>Attempts in all.</summary>
    public int MaxAttempts { get; init; } = 15;

    /// <summary>First back-off; doubles up to <see cref="MaxDelay"/>.</summary>
    public TimeSpan InitialDelay { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Longest back-off.</summary>
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(3);
}

/// <summary>
/// The SigningRegistry chaincode (contracts/fabric/chaincode) through a peer's gateway: record once per entry
/// hash, anchor checkpoints, read entries. Transient failures are retried with a fresh proposal; a retry can
/// never record twice because the chaincode refuses a second <c>record</c> of the same entry hash, and that
/// refusal is answered with the earlier transaction.
/// </summary>
public sealed partial class FabricSigningRegistry(FabricGatewayClient client, string channel, string chaincode, string contract = "SigningRegistry", FabricRetryOptions? retry = null)
    : IDisposable
{
    private readonly FabricRetryOptions _retry = retry ?? new FabricRetryOptions();

    /// <summary>The gateway client.</summary>
    public FabricGatewayClient Client => client;

    /// <summary>Channel.</summary>
    public string Channel => channel;

    /// <summary>Chaincode.</summary>
    public string Chaincode => chaincode;

    /// <summary>Restricts endorsement to these organisations (tests: a policy failure); null follows the policy.</summary>
    public IReadOnlyList<string>? EndorsingOrganizations { get; init; }

    /// <summary>Opens the registry named by a connection profile as its client identity.</summary>
    public static FabricSigningRegistry Open(FabricConnectionProfile profile, string? mspId = null, string? role = null, FabricClientOptions? options = null, FabricRetryOptions? retry = null)
    {
        var identity = profile.LoadIdentity(mspId, role);
        return new FabricSigningRegistry(new FabricGatewayClient(profile.GatewayPeer(identity.MspId), identity, options), profile.Channel, profile.Chaincode,
            string.IsNullOrEmpty(profile.Contract) ? "SigningRegistry" : profile.Contract, retry);
    }

    /// <summary>Records one entry; returns once it is committed VALID (or with the earlier transaction that recorded it).</summary>
    /// <exception cref="FabricException">A permanent failure, or a transient one that outlasted the retries.</exception>
    public async Task<FabricRecordResult> RecordAsync(byte[] subjectKey, byte[] entryHash, byte kind, CancellationToken ct = default)
    {
        try
        {
            var commit = await SubmitWithRetryAsync("record", [Convert.ToHexStringLower(subjectKey), Convert.ToHexStringLower(entryHash), kind.ToString(System.Globalization.CultureInfo.InvariantCulture)], ct);
            return new FabricRecordResult(channel, chaincode, commit.TransactionId, commit.BlockNumber, false);
        }
        catch (FabricException e) when (e.Kind == FabricErrorKind.ChaincodeRejected && AlreadyRecorded().Match(e.Message) is { Success: true } m)
        {
            var earlier = m.Groups[1].Value;
            var tx = await GetTransactionAsync(earlier, ct)
                ?? throw new FabricException(FabricErrorKind.InvalidTransaction, $"the chaincode names {earlier} as the entry's transaction, but the peer does not find it");
            return new FabricRecordResult(channel, chaincode, earlier, tx.BlockNumber, true);
        }
    }

    /// <summary>Publishes a checkpoint (tree size, RFC 6962 root); the chaincode refuses a smaller tree size.</summary>
    public async Task<FabricRecordResult> AnchorAsync(long treeSize, byte[] root, CancellationToken ct = default)
    {
        var commit = await SubmitWithRetryAsync("anchor", [treeSize.ToString(System.Globalization.CultureInfo.InvariantCulture), Convert.ToHexStringLower(root)], ct);
        return new FabricRecordResult(channel, chaincode, commit.TransactionId, commit.BlockNumber, false);
    }

    /// <summary>The entry recorded under <paramref name="entryHash"/>, or null.</summary>
    public async Task<FabricEntry?> GetEntryAsync(byte[] entryHash, CancellationToken ct = default)
    {
        var bytes = await EvaluateWithRetryAsync(chaincode, Fn("getEntry"), [Convert.ToHexStringLower(entryHash)], ct);
        return bytes.Length == 0 ? null : JsonSerializer.Deserialize<FabricEntry>(bytes, Json);
    }

    /// <summary>Every entry of a subject key.</summary>
    public async Task<IReadOnlyList<FabricEntry>> EntriesBySubjectAsync(byte[] subjectKey, CancellationToken ct = default)
    {
        var bytes = await EvaluateWithRetryAsync(chaincode, Fn("entriesBySubject"), [Convert.ToHexStringLower(subjectKey)], ct);
        return JsonSerializer.Deserialize<List<FabricEntry>>(bytes, Json) ?? [];
    }

    /// <summary>The latest anchor (tree size, root hex, transaction), or null.</summary>
    public async Task<(long TreeSize, string Root, string TxId)?> LatestAnchorAsync(CancellationToken ct = default)
    {
        var bytes = await EvaluateWithRetryAsync(chaincode, Fn("latestAnchor"), [], ct);
        if (bytes.Length == 0) return null;
        using var doc = JsonDocument.Parse(bytes);
        var r = doc.RootElement;
        return (long.Parse(r.GetProperty("treeSize").GetString()!, System.Globalization.CultureInfo.InvariantCulture), r.GetProperty("root").GetString()!, r.GetProperty("txId").GetString()!);
    }

    /// <summary>
    /// A transaction from the peer's ledger via the query system chaincode: qscc <c>GetTransactionByID</c>
    /// (validation code and envelope) and <c>GetBlockByTxID</c> (block number). Null when the peer does not know it.
    /// </summary>
    public async Task<FabricLedgerTransaction?> GetTransactionAsync(string txId, CancellationToken ct = default)
    {
        byte[] processed, block;
        try
        {
            processed = await EvaluateWithRetryAsync("qscc", "GetTransactionByID", [channel, txId], ct);
            block = await EvaluateWithRetryAsync("qscc", "GetBlockByTxID", [channel, txId], ct);
        }
        catch (FabricException e) when (e.Kind is FabricErrorKind.ChaincodeRejected or FabricErrorKind.InvalidTransaction)
        {
            return null;
        }

        var p = ProcessedTransaction.Parser.ParseFrom(processed);
        var number = (long)Block.Parser.ParseFrom(block).Header.Number;
        return new FabricLedgerTransaction(txId, number, ValidationName((TxValidationCode)p.ValidationCode), FabricTransaction.Decode(p.TransactionEnvelope));
    }

    /// <summary>Fabric's name of a validation code (VALID, MVCC_READ_CONFLICT, …).</summary>
    public static string ValidationName(TxValidationCode code) =>
        TransactionReflection.Descriptor.FindTypeByName<Google.Protobuf.Reflection.EnumDescriptor>("TxValidationCode").FindValueByNumber((int)code)?.Name ?? ((int)code).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    private string Fn(string name) => $"{contract}:{name}";

    private async Task<FabricCommit> SubmitWithRetryAsync(string function, string[] args, CancellationToken ct)
    {
        var delay = _retry.InitialDelay;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                // A fresh proposal each time: a new transaction id, endorsed against the current state.
                var proposal = client.Propose(channel, chaincode, Fn(function), args);
                return await client.SubmitAsync(proposal, channel, EndorsingOrganizations, ct);
            }
            catch (FabricException e) when (e.IsTransient && attempt < _retry.MaxAttempts && !ct.IsCancellationRequested)
            {
                await Task.Delay(delay, ct);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, _retry.MaxDelay.Ticks));
            }
        }
    }

    private async Task<byte[]> EvaluateWithRetryAsync(string cc, string function, string[] args, CancellationToken ct)
    {
        var delay = _retry.InitialDelay;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await client.EvaluateAsync(channel, cc, function, args, ct);
            }
            catch (FabricException e) when (e.IsTransient && attempt < _retry.MaxAttempts && !ct.IsCancellationRequested)
            {
                await Task.Delay(delay, ct);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, _retry.MaxDelay.Ticks));
            }
        }
    }

    /// <summary>Disposes the gateway client (and its identity).</summary>
    public void Dispose()
    {
        client.Dispose();
        client.Identity.Dispose();
    }

    [GeneratedRegex("entry already recorded in transaction ([0-9a-f]{64})")]
    private static partial Regex AlreadyRecorded();
}

using Microsoft.Extensions.Options;
using Nethereum.JsonRpc.Client;
using RentToOwn.LedgerAdapter;
using RentToOwn.LedgerAdapter.Anchoring;
using RentToOwn.LedgerAdapter.Composition;
using RentToOwn.LedgerAdapter.Embedded;
using RentToOwn.LedgerAdapter.Remote;
using RentToOwn.LedgerAdapter.Evm;
using RentToOwn.LedgerAdapter.Records;
using RentToOwn.Platform.Ledger.Evm;
using RentToOwn.Platform.Persistence;

namespace RentToOwn.Platform.Ledger;

/// <summary>
/// The platform's ledger, composed by RentToOwn.LedgerAdapter's <see cref="LedgerFactory"/> and created in the data directory on
/// first use: the embedded Merkle log with a local witness (it always supplies receipts, checkpoints and proofs) — or, with
/// <c>Ledger:Endpoint</c>, the same log served by <c>rto ledger serve</c> for several instances — and with <c>Ledger:Backend=Evm</c> also the
/// SigningRegistry on an EVM chain: each append recorded on chain (<see cref="EvmRecordingLedger"/>), or the checkpoints
/// anchored by <see cref="LedgerAnchorJob"/>. Signer references are HMACs of IIN/BIN under the deployment secret, so no
/// personal data reaches either ledger (A.39).
/// </summary>
public sealed class PlatformLedger : IAsyncDisposable
{
    private readonly SemaphoreSlim _open = new(1, 1);
    private readonly LedgerDirectory _directory;
    private readonly LedgerOptions _options;
    private readonly LedgerSelection _selection;
    private readonly string _contentRoot;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly bool _development;
    private ComposedLedger? _composed;
    private bool _logged;
    private EvmLedgerConnection? _evm;
    private RentToOwn.LedgerAdapter.Fabric.FabricSigningRegistry? _fabric;
    private CheckpointAnchorer? _anchorer;
    private RentToOwn.LedgerAdapter.Fabric.FabricCheckpointAnchorer? _fabricAnchorer;
    private byte[]? _secret;

    /// <summary>Resolves the folder; nothing is opened until first use.</summary>
    public PlatformLedger(IOptions<LedgerOptions> options, LedgerSelection selection, DataDirectory data, IHostEnvironment environment,
        TimeProvider time, ILogger<PlatformLedger> logger)
    {
        _options = options.Value;
        _selection = selection;
        _contentRoot = environment.ContentRootPath;
        _time = time;
        _logger = logger;
        _development = environment.IsDevelopment();
        _directory = new LedgerDirectory(Path.GetFullPath(_options.Directory, data.Path));
    }

    /// <summary>The configured backend.</summary>
    public LedgerBackend Backend => _selection.Backend;

    /// <summary>The ledger port (per-record EVM mode: appends return once the record transaction is mined).</summary>
    /// <exception cref="InvalidOperationException">The EVM backend or the log service cannot be reached or set up; the message says why.</exception>
    public async Task<ISigningLedger> LedgerAsync(CancellationToken ct)
    {
        if (_composed is not null) return _composed.Ledger;
        await _open.WaitAsync(ct);
        try
        {
            // LedgerAdapter composes the ledger for this configuration (embedded, EVM, Fabric, or the log service).
            _composed ??= await LedgerFactory.OpenAsync(Configuration(), _time, ct);
            _secret = _composed.DeploymentSecret;
            _fabric = _composed.Fabric;
            _anchorer = _composed.Anchorer;
            _fabricAnchorer = _composed.FabricAnchorer;
            LogBackend();
            return _composed.Ledger;
        }
        finally
        {
            _open.Release();
        }
    }

    /// <summary>True when the log is the log service (<c>Ledger:Endpoint</c>), not the embedded log in this process.</summary>
    public bool IsRemote => _options.Endpoint is not null;

    /// <summary>
    /// What is configured, for operators (<c>/healthz/ready</c>): the log service at its host (it takes precedence over
    /// <c>Ledger:Backend</c>, as in <see cref="LedgerFactory"/>), else the embedded log, with the EVM or Fabric backend beside it.
    /// </summary>
    public string Description => Describe(_options.Endpoint, _selection);

    /// <summary>The <see cref="Description"/> of a configuration.</summary>
    public static string Describe(Uri? endpoint, LedgerSelection selection) => endpoint is not null
        ? $"log service at {endpoint.Authority}"
        : selection.Fabric is { } fabric
            ? $"Fabric ({fabric.Mode}, chaincode {fabric.Profile.Chaincode} on channel {fabric.Profile.Channel}) with the embedded log"
            : selection.Evm is { } evm
                ? $"EVM ({evm.Mode}, node {evm.RpcUrl.Authority}) with the embedded log"
                : "embedded log";

    /// <summary>The EVM link (null for the embedded backend); opens the ledger first.</summary>
    public async Task<EvmLedgerConnection?> EvmAsync(CancellationToken ct)
    {
        await LedgerAsync(ct);
        return _evm;
    }

    /// <summary>Anchoring mode: the checkpoint anchorer (null in other modes); opens the ledger first.</summary>
    public async Task<CheckpointAnchorer?> AnchorerAsync(CancellationToken ct)
    {
        await LedgerAsync(ct);
        return _anchorer;
    }

    /// <summary>Fabric anchoring mode: the checkpoint anchorer (null in other modes); opens the ledger first.</summary>
    public async Task<RentToOwn.LedgerAdapter.Fabric.FabricCheckpointAnchorer?> FabricAnchorerAsync(CancellationToken ct)
    {
        await LedgerAsync(ct);
        return _fabricAnchorer;
    }

    /// <summary>
    /// Per-record mode: whether the chain holds the record with leaf hash <paramref name="leafHash"/> under
    /// <paramref name="subjectId"/>'s key; null for the embedded backend and for anchoring mode.
    /// </summary>
    public async Task<OnChainRecord?> OnChainRecordAsync(byte[] leafHash, string subjectId, CancellationToken ct)
    {
        if (_selection.Fabric is { Mode: RentToOwn.LedgerAdapter.Fabric.FabricLedgerMode.PerRecord })
        {
            await LedgerAsync(ct);
            return await FabricRecordAsync(_fabric!, leafHash, subjectId, ct);
        }

        if (_selection.Evm is not { Mode: EvmLedgerMode.PerRecord } || await EvmAsync(ct) is not { } evm)
        {
            return null;
        }

        var contract = evm.Contract.Address;
        try
        {
            var entry = await evm.Contract.GetEntryAsync(leafHash, ct);
            if (entry is null)
            {
                return new OnChainRecord("not_recorded", "the record is not on the chain", evm.ChainId, contract);
            }

            if (!entry.Subject.AsSpan().SequenceEqual(SigningRegistryContract.SubjectKey(subjectId)))
            {
                return new OnChainRecord("not_recorded", "the chain holds this entry under another subject", evm.ChainId, contract, null, entry.BlockNumber);
            }

            var logs = await evm.Contract.GetRecordedEventsAsync(entry.BlockNumber, entry.BlockNumber, ct);
            var recorded = logs.FirstOrDefault(e => e.EntryHash.AsSpan().SequenceEqual(leafHash));
            return new OnChainRecord("recorded", $"record confirmed on chain: block {entry.BlockNumber}, writer {entry.Writer}",
                evm.ChainId, contract, recorded?.TransactionHash, entry.BlockNumber);
        }
        catch (Exception e) when (e is RpcClientUnknownException or RpcClientTimeoutException or RpcResponseException)
        {
            return new OnChainRecord("not_checked", $"record not checked: the node did not answer ({e.Message})", evm.ChainId, contract);
        }
    }

    /// <summary>
    /// Per-record Fabric mode: the transaction that recorded leaf <paramref name="index"/>, as the peer reports it (qscc), for
    /// bundles; null in other modes, when the chaincode does not hold the entry, or when no peer answers.
    /// </summary>
    public async Task<RentToOwn.LedgerAdapter.Bundles.BundleFabricTransaction?> FabricTransactionAsync(long index, CancellationToken ct)
    {
        if (_selection.Fabric is not { Mode: RentToOwn.LedgerAdapter.Fabric.FabricLedgerMode.PerRecord } || await (await LedgerAsync(ct)).GetAsync(index, ct) is not { } entry)
        {
            return null;
        }

        try
        {
            if (await _fabric!.GetEntryAsync(entry.LeafHash, ct) is not { } onChain || await _fabric.GetTransactionAsync(onChain.TxId, ct) is not { } tx)
            {
                return null;
            }

            return new(_fabric.Channel, _fabric.Chaincode, "record", tx.TransactionId, tx.BlockNumber, tx.ValidationCode);
        }
        catch (RentToOwn.LedgerAdapter.Fabric.FabricException e)
        {
            _logger.LogWarning("Ledger: bundle of leaf {Index} without its Fabric transaction: {Reason}", index, e.Message);
            return null;
        }
    }

    /// <summary>The PII-free reference of an IIN/BIN.</summary>
    public async Task<SignerReference> ReferenceAsync(string idNumber, CancellationToken ct)
    {
        await LedgerAsync(ct);
        return SignerReference.From(_secret, idNumber);
    }

    /// <summary>Fabric: the entry's transaction, confirmed on the peer (qscc GetTransactionByID: block, validation code).</summary>
    private static async Task<OnChainRecord> FabricRecordAsync(RentToOwn.LedgerAdapter.Fabric.FabricSigningRegistry fabric, byte[] leafHash, string subjectId, CancellationToken ct)
    {
        var contract = $"fabric:{fabric.Channel}/{fabric.Chaincode}";
        try
        {
            var entry = await fabric.GetEntryAsync(leafHash, ct);
            if (entry is null || entry.Subject != Convert.ToHexStringLower(SigningRegistryContract.SubjectKey(subjectId)))
            {
                return new OnChainRecord("not_recorded", entry is null ? "the record is not on the Fabric channel" : "the channel holds this entry under another subject", 0, contract);
            }

            var tx = await fabric.GetTransactionAsync(entry.TxId, ct);
            return tx is null
                ? new OnChainRecord("not_checked", $"record not checked: the peer does not find transaction {entry.TxId}", 0, contract, entry.TxId)
                : new OnChainRecord(tx.ValidationCode == "VALID" ? "recorded" : "not_recorded",
                    $"record confirmed on Fabric: transaction {tx.TransactionId}, block {tx.BlockNumber}, validation code {tx.ValidationCode}, writer {entry.Writer}",
                    0, contract, tx.TransactionId, tx.BlockNumber);
        }
        catch (RentToOwn.LedgerAdapter.Fabric.FabricException e)
        {
            return new OnChainRecord("not_checked", $"record not checked: no Fabric peer answered ({e.Message})", 0, contract);
        }
    }

    private LedgerConfiguration Configuration() => new()
    {
        Directory = _directory.Path,
        Origin = _options.Origin,
        WitnessName = _options.WitnessName,
        Remote = _options.Endpoint is { } endpoint
            ? new RemoteLedgerOptions { Endpoint = endpoint, Token = _options.Token, AllowTokenOverPlaintext = _development }
            : null,
        Fabric = _selection.Fabric,
        Evm = _selection.Evm is { } settings
            ? async (folder, ct) =>
            {
                _evm = await EvmLedgerConnection.OpenAsync(settings, folder, _contentRoot, _time, _logger, ct);
                return new EvmBackendLink(_evm.Contract, _evm.Sender, settings.Mode == EvmLedgerMode.PerRecord);
            }
            : null,
    };

    private void LogBackend()
    {
        if (_logged) return;
        _logged = true;
        if (_composed!.Remote is { } remote)
        {
            _logger.LogInformation("Ledger: the log service at {Endpoint}", remote.Endpoint);
        }
        else if (_selection.Fabric is { } fabric)
        {
            _logger.LogInformation("Ledger: Fabric backend, {Mode}, chaincode {Chaincode} on channel {Channel} via {Peer}",
                fabric.Mode, fabric.Profile.Chaincode, fabric.Profile.Channel, _fabric!.Client.Peer.Address);
        }
        else if (_selection.Evm is { } settings && _evm is not null)
        {
            _logger.LogInformation("Ledger: EVM backend, {Mode}, SigningRegistry {Contract} on chain {ChainId} ({Url})",
                settings.Mode, _evm.Contract.Address, _evm.ChainId, settings.RpcUrl);
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_composed is not null) await _composed.DisposeAsync();
        _evm?.Dispose();
        _open.Dispose();
    }
}

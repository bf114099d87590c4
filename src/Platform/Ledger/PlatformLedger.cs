using Microsoft.Extensions.Options;
using RentToOwn.LedgerAdapter;
using RentToOwn.LedgerAdapter.Embedded;
using RentToOwn.LedgerAdapter.Records;
using RentToOwn.Platform.Persistence;

namespace RentToOwn.Platform.Ledger;

/// <summary>
/// The platform's ledger (RentToOwn.LedgerAdapter's embedded Merkle log with a local witness), created in
/// the data directory on first use. Signer references are HMACs of IIN/BIN under the deployment secret,
/// so no personal data reaches the ledger.
/// </summary>
public sealed class PlatformLedger : IAsyncDisposable
{
    private readonly SemaphoreSlim _open = new(1, 1);
    private readonly LedgerDirectory _directory;
    private readonly LedgerOptions _options;
    private readonly TimeProvider _time;
    private EmbeddedLedger? _ledger;
    private byte[]? _secret;

    /// <summary>Resolves the folder; nothing is opened until first use.</summary>
    public PlatformLedger(IOptions<LedgerOptions> options, DataDirectory data, TimeProvider time)
    {
        _options = options.Value;
        _time = time;
        _directory = new LedgerDirectory(Path.GetFullPath(_options.Directory, data.Path));
    }

    /// <summary>The ledger port.</summary>
    public async Task<ISigningLedger> LedgerAsync(CancellationToken ct)
    {
        if (_ledger is not null) return _ledger;
        await _open.WaitAsync(ct);
        try
        {
            if (_ledger is null)
            {
                if (!File.Exists(_directory.DatabasePath))
                {
                    await _directory.InitAsync(_options.Origin, _options.WitnessName);
                }

                _secret = _directory.DeploymentSecret();
                _ledger = _directory.Open(_time);
            }

            return _ledger;
        }
        finally
        {
            _open.Release();
        }
    }

    /// <summary>The PII-free reference of an IIN/BIN.</summary>
    public async Task<SignerReference> ReferenceAsync(string idNumber, CancellationToken ct)
    {
        await LedgerAsync(ct);
        return SignerReference.From(_secret, idNumber);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_ledger is not null) await _ledger.DisposeAsync();
        _open.Dispose();
    }
}

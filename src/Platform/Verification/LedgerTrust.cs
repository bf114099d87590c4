using Microsoft.Extensions.Options;
using RentToOwn.LedgerAdapter.Bundles;
using RentToOwn.LedgerAdapter.Checkpoints;
using RentToOwn.LedgerAdapter.Verification;

namespace RentToOwn.Platform.Verification;

/// <summary>
/// The ledger keys a verifier trusts: the log key and witness keys of this deployment (configured, else the
/// platform ledger's published <c>log.pub</c>/<c>witness.pub</c>) and the witness threshold. Builds the
/// LedgerAdapter <see cref="BundleVerifier"/> with an anchor chain reader when one is registered.
/// </summary>
public sealed class LedgerTrust(IOptions<VerifierOptions> options, LedgerFiles files, IEnumerable<IAnchorChain> anchorChains)
{
    private (NoteVerifierKey Log, IReadOnlyList<NoteVerifierKey> Witnesses)? _keys;

    /// <summary>The log's verifier key and the trusted witness keys.</summary>
    public async Task<(NoteVerifierKey Log, IReadOnlyList<NoteVerifierKey> Witnesses)> KeysAsync(CancellationToken ct)
    {
        if (_keys is { } k)
        {
            return k;
        }

        var o = options.Value;
        var log = string.IsNullOrWhiteSpace(o.LogKey) ? await files.LogKeyAsync(ct) : NoteVerifierKey.Parse(o.LogKey);
        IReadOnlyList<NoteVerifierKey> witnesses = o.WitnessKeys.Length == 0 ? [await files.WitnessKeyAsync(ct)] : [.. o.WitnessKeys.Select(NoteVerifierKey.Parse)];
        _keys = (log, witnesses);
        return (log, witnesses);
    }

    /// <summary>Required distinct witness cosignatures.</summary>
    public int Threshold => options.Value.WitnessThreshold;

    /// <summary>A bundle verifier over these keys (anchors checked online only when an <see cref="IAnchorChain"/> is registered).</summary>
    public async Task<BundleVerifier> BundleVerifierAsync(CancellationToken ct)
    {
        var (log, witnesses) = await KeysAsync(ct);
        return new BundleVerifier(log, witnesses, Threshold, anchorChains.LastOrDefault());
    }
}

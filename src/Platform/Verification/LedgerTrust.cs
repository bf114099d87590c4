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
public sealed class LedgerTrust(IOptions<VerifierOptions> options, PlatformLedger ledger, IServiceProvider services)
{
    private readonly Lazy<(NoteVerifierKey Log, IReadOnlyList<NoteVerifierKey> Witnesses)> _keys = new(() =>
    {
        var o = options.Value;
        var log = string.IsNullOrWhiteSpace(o.LogKey) ? ledger.LogKey : NoteVerifierKey.Parse(o.LogKey);
        IReadOnlyList<NoteVerifierKey> witnesses = o.WitnessKeys.Length == 0 ? [ledger.WitnessKey] : [.. o.WitnessKeys.Select(NoteVerifierKey.Parse)];
        return (log, witnesses);
    });

    /// <summary>The log's verifier key.</summary>
    public NoteVerifierKey LogKey => _keys.Value.Log;

    /// <summary>Trusted witness keys.</summary>
    public IReadOnlyList<NoteVerifierKey> WitnessKeys => _keys.Value.Witnesses;

    /// <summary>Required distinct witness cosignatures.</summary>
    public int Threshold => options.Value.WitnessThreshold;

    /// <summary>A bundle verifier over these keys (anchors checked online only when an <see cref="IAnchorChain"/> is registered).</summary>
    public BundleVerifier BundleVerifier() => new(LogKey, WitnessKeys, Threshold, services.GetService<IAnchorChain>());
}

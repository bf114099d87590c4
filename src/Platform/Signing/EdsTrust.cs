using Microsoft.Extensions.Options;
using RentToOwn.Eds.Certificates;
using RentToOwn.Eds.Pki;
using RentToOwn.Eds.Verification;
using RentToOwn.Platform.Persistence;
using RentToOwn.Platform.Security;

namespace RentToOwn.Platform.Signing;

/// <summary>
/// The trust the platform verifies signatures against: anchors, intermediates and CRLs from the PKI
/// folder's trust/ directory. With <see cref="EdsOptions.CreateTestPki"/>, an empty folder gets a test
/// PKI with the demo parties on first use (TEST KEYS ONLY); an existing test PKI gets fresh CRLs.
/// NCA's real OCSP cannot be reached from here: CRLs are the revocation source.
/// </summary>
public sealed class EdsTrust
{
    private readonly Lazy<(TrustStore Trust, CrlRevocationSource Crls, PkiManifest? Manifest)> _loaded;
    private readonly TimeProvider _time;
    private readonly Lock _crlLock = new();
    private CrlRevocationSource? _crls;
    private DateTimeOffset _crlsLoadedAt;

    /// <summary>Resolves the folder; nothing is read until first use.</summary>
    public EdsTrust(IOptions<EdsOptions> options, DataDirectory data, TimeProvider time)
    {
        _time = time;
        Options = options.Value;
        Directory = Path.GetFullPath(Options.PkiDirectory, data.Path);
        _loaded = new Lazy<(TrustStore, CrlRevocationSource, PkiManifest?)>(Load, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    private VerificationLimits? _limits;

    /// <summary>The options in force.</summary>
    public EdsOptions Options { get; }

    /// <summary>Absolute PKI folder.</summary>
    public string Directory { get; }

    /// <summary>The demo manifest when a test PKI is in use, else null.</summary>
    public PkiManifest? Manifest => _loaded.Value.Manifest;

    /// <summary>A verification policy for <paramref name="purpose"/>, optionally pinned to a signer.</summary>
    public VerificationPolicy Policy(KeyPurpose purpose, ExpectedSigner? expected = null) =>
        new(_loaded.Value.Trust, [CurrentCrls()], _time) { RequiredPurpose = purpose, ExpectedSigner = expected, Limits = Limits };

    /// <summary>The configured bounds on one verification (<c>Eds:Limits:*</c>).</summary>
    public VerificationLimits Limits => _limits ??= Options.Limits.ToLimits();

    /// <summary>Re-reads the CRLs from the trust directory now (e.g. after NCA published a new one).</summary>
    public void RefreshRevocation()
    {
        var trustDir = TrustDirectory(_loaded.Value.Manifest);
        lock (_crlLock)
        {
            _crls = CrlRevocationSource.FromDirectory(trustDir);
            _crlsLoadedAt = _time.GetUtcNow();
        }
    }

    // CRLs published while the platform runs are read again after Eds:CrlRefreshInterval.
    private CrlRevocationSource CurrentCrls()
    {
        var loaded = _loaded.Value;
        lock (_crlLock)
        {
            if (_crls is null)
            {
                _crls = loaded.Crls;
                _crlsLoadedAt = _time.GetUtcNow();
            }
            else if (_time.GetUtcNow() - _crlsLoadedAt >= Options.CrlRefreshInterval)
            {
                _crls = CrlRevocationSource.FromDirectory(TrustDirectory(loaded.Manifest));
                _crlsLoadedAt = _time.GetUtcNow();
            }

            return _crls;
        }
    }

    private string TrustDirectory(PkiManifest? manifest) => Path.Combine(Directory, manifest?.TrustDirectory ?? "trust");

    /// <summary>Loads (creating the test PKI when allowed) now rather than on the first login.</summary>
    public void EnsureLoaded() => _ = _loaded.Value;

    private (TrustStore, CrlRevocationSource, PkiManifest?) Load()
    {
        var manifestPath = Path.Combine(Directory, "manifest.json");
        PkiManifest? manifest = null;
        if (File.Exists(manifestPath))
        {
            manifest = PkiDirectory.ReadManifest(Directory);
            if (Options.CreateTestPki)
            {
                // CRLs are valid for days; publish fresh ones for this run.
                PkiDirectory.SaveAuthorities(Directory, PkiDirectory.Load(Directory, _time));
            }
        }
        else if (Options.CreateTestPki)
        {
            System.IO.Directory.CreateDirectory(Directory);
            manifest = PkiDirectory.Init(Directory, _time);
        }

        var trustDir = TrustDirectory(manifest);
        if (!System.IO.Directory.Exists(trustDir))
        {
            throw new InvalidOperationException(
                $"No EDS trust at {trustDir}. Put the NCA root/intermediate certificates and CRLs there, or set Eds:CreateTestPki=true for a test PKI.");
        }

        var store = TrustStore.FromDirectory(trustDir);
        ProductionReadiness.RefuseMixedTrust(store, trustDir);
        return (store, CrlRevocationSource.FromDirectory(trustDir), manifest);
    }
}

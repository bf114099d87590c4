using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using RentToOwn.Platform.Payments.Sandbox;

namespace RentToOwn.Platform.Payments.Callbacks;

/// <summary>The acquirer's public key the platform verifies callbacks with (configured, or the embedded sandbox's).</summary>
public sealed class ProviderKey : IDisposable
{
    private readonly ECDsa _key = ECDsa.Create();

    /// <summary>Loads the configured key; without configuration, trusts the sandbox acquirer's test key.</summary>
    /// <exception cref="InvalidOperationException">No key is configured and the sandbox is disabled, or the PEM is not an EC public key.</exception>
    public ProviderKey(IOptions<PaymentsOptions> options, IServiceProvider services)
    {
        var o = options.Value;
        var pem = !string.IsNullOrWhiteSpace(o.ProviderPublicKeyPem) ? o.ProviderPublicKeyPem
            : !string.IsNullOrWhiteSpace(o.ProviderPublicKeyPath) ? File.ReadAllText(o.ProviderPublicKeyPath)
            : o.Sandbox.Enabled ? services.GetRequiredService<SandboxAcquirerKey>().PublicKeyPem
            : throw new InvalidOperationException("Payments:ProviderPublicKeyPem (or ProviderPublicKeyPath) is required when the sandbox acquirer is disabled.");
        try
        {
            _key.ImportFromPem(pem);
        }
        catch (ArgumentException e)
        {
            throw new InvalidOperationException("Payments: the provider public key is not a PEM EC public key: " + e.Message, e);
        }

        Fingerprint = SHA256.HashData(_key.ExportSubjectPublicKeyInfo());
    }

    /// <summary>SHA-256 of the key's SubjectPublicKeyInfo (goes on the ledger).</summary>
    public byte[] Fingerprint { get; }

    /// <summary>True when <paramref name="signature"/> (P1363) is the acquirer's ECDSA/SHA-256 over <paramref name="body"/>.</summary>
    public bool Verifies(ReadOnlySpan<byte> body, ReadOnlySpan<byte> signature) =>
        signature.Length == 64 && _key.VerifyData(body, signature, HashAlgorithmName.SHA256);

    /// <inheritdoc />
    public void Dispose() => _key.Dispose();
}

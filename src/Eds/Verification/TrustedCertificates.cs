using System.Security.Cryptography;
using Org.BouncyCastle.X509;

namespace RentToOwn.Eds.Verification;

/// <summary>A trust store's anchors and intermediates, parsed once per store (kept as long as the store lives).</summary>
internal sealed class TrustedCertificates
{
    private readonly Dictionary<ReadOnlyMemory<byte>, CachedCertificate> _byDer = new(RawBytesComparer.Instance);

    public TrustedCertificates(TrustStore trust)
    {
        Anchors = trust.Anchors.Select(Wrap).ToArray();
        Intermediates = trust.Intermediates.Select(Wrap).ToArray();
        AnchorKeys = Anchors.Select(a => a.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var c in Anchors.Concat(Intermediates))
        {
            _byDer.TryAdd(c.Der, c);
        }
    }

    public IReadOnlyList<CachedCertificate> Anchors { get; }

    public IReadOnlyList<CachedCertificate> Intermediates { get; }

    public HashSet<string> AnchorKeys { get; }

    /// <summary>The store's own instance of a certificate with this DER, if it holds one.</summary>
    public CachedCertificate? Find(ReadOnlyMemory<byte> der) => _byDer.GetValueOrDefault(der);

    private static CachedCertificate Wrap(X509Certificate certificate)
    {
        var der = certificate.GetEncoded();
        return new CachedCertificate(certificate, der, Convert.ToHexString(SHA256.HashData(der)));
    }
}

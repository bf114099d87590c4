using System.Security.Cryptography;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.X509;
using RentToOwn.Eds.Algorithms;

namespace RentToOwn.Eds.Verification;

/// <summary>
/// The state of one verification: the certificates the CMS carries (parsed for this run only unless they chain to a
/// trust anchor), the document digests (each algorithm computed once, whatever the number of signers), chain links
/// tried, and the time budget.
/// </summary>
internal sealed class VerificationRun : IDisposable
{
    private readonly CertificateCache _cache;
    private readonly List<CachedCertificate> _embedded = [];
    private readonly List<CachedCertificate> _parsedHere = [];
    private readonly HashSet<CachedCertificate> _kept = [];
    private readonly Dictionary<string, byte[]> _digests = new(StringComparer.Ordinal);
    private readonly Dictionary<(CachedCertificate Child, CachedCertificate Parent), bool> _links = [];
    private readonly long _started;
    private readonly CancellationToken _cancellation;

    public VerificationRun(CertificateCache cache, TrustedCertificates trusted, VerificationPolicy policy, byte[]? document, CancellationToken cancellation)
    {
        _cache = cache;
        Trusted = trusted;
        Policy = policy;
        Document = document;
        _cancellation = cancellation;
        _started = policy.Time.GetTimestamp();
    }

    public TrustedCertificates Trusted { get; }

    public VerificationPolicy Policy { get; }

    /// <summary>The signed bytes: the detached document, or the encapsulated content.</summary>
    public byte[]? Document { get; }

    /// <summary>The certificates of the CMS that parse (others are simply not used).</summary>
    public IReadOnlyList<CachedCertificate> Embedded => _embedded;

    public void AddEmbedded(IEnumerable<ReadOnlyMemory<byte>> certificates)
    {
        foreach (var raw in certificates)
        {
            if (Certificate(raw) is { } certificate)
            {
                _embedded.Add(certificate);
            }
        }
    }

    /// <summary>Null while within the time budget, else why the run stops. Throws when the caller cancelled.</summary>
    public string? OutOfTime()
    {
        _cancellation.ThrowIfCancellationRequested();
        var max = Policy.Limits.MaxDuration;
        return Policy.Time.GetElapsedTime(_started) > max
            ? $"verification stopped: the time budget of {max.TotalSeconds:0.###} s per CMS was used up"
            : null;
    }

    /// <summary>The digest of <see cref="Document"/> under <paramref name="oid"/>, computed at most once per run.</summary>
    public byte[] DocumentDigest(string oid)
    {
        if (!_digests.TryGetValue(oid, out var digest))
        {
            digest = Digests.Compute(oid, Document);
            _digests[oid] = digest;
        }

        return digest;
    }

    /// <summary>A certificate from the CMS: the trust store's or the cache's instance, else parsed for this run; null when it does not parse.</summary>
    public CachedCertificate? Certificate(ReadOnlyMemory<byte> der)
    {
        if ((Trusted.Find(der) ?? _cache.Find(der)) is { } known)
        {
            return known;
        }

        try
        {
            AsnDepthGuard.Check(der);
            var bytes = der.ToArray();
            var parsed = new CachedCertificate(new X509CertificateParser().ReadCertificate(bytes), bytes, Convert.ToHexString(SHA256.HashData(bytes)));
            _parsedHere.Add(parsed);
            return parsed;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return null;
        }
    }

    /// <summary>A certificate already parsed by BouncyCastle (a TSA certificate from a timestamp token).</summary>
    public CachedCertificate Certificate(X509Certificate certificate)
    {
        var der = certificate.GetEncoded();
        if ((Trusted.Find(der) ?? _cache.Find(der)) is { } known)
        {
            return known;
        }

        var parsed = new CachedCertificate(certificate, der, Convert.ToHexString(SHA256.HashData(der)));
        _parsedHere.Add(parsed);
        return parsed;
    }

    /// <summary>
    /// Builds leaf → … → anchor, checking each link's signature and CA constraints. A chain that reaches an anchor
    /// is remembered on the leaf, and its certificates are kept in the cache (they are no longer untrusted).
    /// </summary>
    public (IReadOnlyList<CachedCertificate>? Chain, string? Error) BuildChain(CachedCertificate leaf)
    {
        var trust = Policy.Trust;
        if (leaf.ChainFor(trust) is { } known)
        {
            return (known, null);
        }

        var pool = Trusted.Anchors.Concat(Trusted.Intermediates).Concat(_embedded).ToArray();
        var chain = new List<CachedCertificate> { leaf };
        var current = leaf;
        while (chain.Count <= Policy.MaxChainLength)
        {
            if (Trusted.AnchorKeys.Contains(current.Key))
            {
                Keep(trust, chain);
                return (chain, null);
            }

            var issuer = pool.FirstOrDefault(p => p.Key != current.Key && p.Certificate.SubjectDN.Equivalent(current.Certificate.IssuerDN) && Link(current, p));
            if (issuer is null)
            {
                return (null, $"no trusted issuer for {current.Certificate.SubjectDN}");
            }

            if (issuer.Certificate.GetBasicConstraints() < 0 || issuer.Certificate.GetKeyUsage() is { } ku && !(ku.Length > 5 && ku[5]))
            {
                return (null, $"{issuer.Certificate.SubjectDN} is not a CA");
            }

            chain.Add(issuer);
            current = issuer;
        }

        return (null, "chain too long");
    }

    /// <summary>Releases the key handles of the certificates parsed for this run that no cache kept.</summary>
    public void Dispose()
    {
        foreach (var c in _parsedHere)
        {
            if (!_kept.Contains(c))
            {
                c.Dispose();
            }
        }
    }

    private void Keep(TrustStore trust, List<CachedCertificate> chain)
    {
        var kept = chain.Select(c =>
        {
            var k = Trusted.Find(c.Der) ?? _cache.Add(c);
            if (ReferenceEquals(k, c))
            {
                _kept.Add(c);
            }

            return k;
        }).ToArray();
        kept[0].KeepChain(trust, kept);
    }

    private bool Link(CachedCertificate child, CachedCertificate parent)
    {
        if (!_links.TryGetValue((child, parent), out var ok))
        {
            var c = child.Certificate.CertificateStructure;
            ok = parent.Check?.Verify(c.SignatureAlgorithm.Algorithm.Id, null, c.TbsCertificate.GetEncoded(Asn1Encodable.Der), c.Signature.GetOctets()) == true;
            _links[(child, parent)] = ok;
        }

        return ok;
    }
}

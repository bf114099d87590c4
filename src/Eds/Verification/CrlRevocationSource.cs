using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.X509;
using RentToOwn.Eds.Algorithms;

namespace RentToOwn.Eds.Verification;

/// <summary>
/// Revocation from CRLs held in memory (a cached CRL: parsed once, its signature checked once per issuer).
/// A CRL past its nextUpdate answers Unknown (→ TRY_LATER).
/// </summary>
public sealed class CrlRevocationSource : IRevocationSource
{
    private readonly IReadOnlyList<Entry> _crls;
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<X509Certificate, Holder> _bestByIssuer = new();
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<X509Certificate, string> _serials = new();

    /// <summary>Creates the source from DER CRLs; ones that do not parse are listed in <see cref="Rejected"/>.</summary>
    public CrlRevocationSource(IEnumerable<byte[]> crls)
    {
        var entries = new List<Entry>();
        var rejected = new List<string>();
        foreach (var der in crls)
        {
            try
            {
                var list = CertificateList.GetInstance(Asn1Object.FromByteArray(der));
                var revoked = new Dictionary<string, DateTimeOffset>();
                foreach (var e in list.GetRevokedCertificateEnumeration())
                {
                    var entry = (CrlEntry)e;
                    revoked[entry.UserCertificate.Value.ToString(16)] = entry.RevocationDate.ToDateTime();
                }

                var number = list.TbsCertList.Extensions?.GetExtension(X509Extensions.CrlNumber) is { } ext
                    ? DerInteger.GetInstance(ext.GetParsedValue()).Value.ToString() : "?";
                entries.Add(new Entry(list, list.TbsCertList.GetEncoded(Asn1Encodable.Der), revoked, number));
            }
            catch (Exception e) when (e is IOException or ArgumentException or InvalidCastException or FormatException or InvalidOperationException)
            {
                rejected.Add(e.Message);
            }
        }

        _crls = entries;
        Rejected = rejected;
    }

    /// <summary>Reasons CRLs were rejected at load.</summary>
    public IReadOnlyList<string> Rejected { get; }

    /// <summary>Loads every *.crl under <paramref name="directory"/>.</summary>
    public static CrlRevocationSource FromDirectory(string directory) =>
        new(Directory.EnumerateFiles(directory, "*.crl", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(File.ReadAllBytes));

    /// <inheritdoc />
    public RevocationStatus? Check(X509Certificate certificate, X509Certificate issuer, DateTimeOffset now)
    {
        // The newest CRL whose signature verifies with this issuer's key, found once per issuer instance.
        var best = _bestByIssuer.GetValue(issuer, i =>
        {
            Entry? found = null;
            for (var n = 0; n < _crls.Count; n++)
            {
                var crl = _crls[n];
                if (crl.List.Issuer.Equivalent(i.SubjectDN) && SignatureValid(crl, i) && (found is null || crl.ThisUpdate > found.ThisUpdate))
                {
                    found = crl;
                }
            }

            return new Holder(found);
        }).Entry;
        if (best is null)
        {
            return null;
        }

        if (best.NextUpdate is { } next && next < now)
        {
            return new RevocationStatus(RevocationState.Unknown, null, best.Source, $"CRL expired at {next:O}");
        }

        return best.Revoked.TryGetValue(_serials.GetValue(certificate, c => c.SerialNumber.ToString(16)), out var at)
            ? new RevocationStatus(RevocationState.Revoked, at, best.Source)
            : new RevocationStatus(RevocationState.Good, null, best.Source);
    }

    // Checked once per issuer instance (inside the _bestByIssuer factory); nothing here holds an issuer strongly.
    private static bool SignatureValid(Entry crl, X509Certificate issuer)
    {
        try
        {
            using var check = SignatureCheck.FromSubjectPublicKeyInfo(issuer.CertificateStructure.SubjectPublicKeyInfo);
            return check.Verify(crl.List.SignatureAlgorithm.Algorithm.Id, null, crl.Tbs, crl.List.Signature.GetOctets());
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private sealed record Entry(CertificateList List, byte[] Tbs, Dictionary<string, DateTimeOffset> Revoked, string Number)
    {
        public DateTimeOffset ThisUpdate { get; } = List.ThisUpdate.ToDateTime();

        public DateTimeOffset? NextUpdate { get; } = List.NextUpdate?.ToDateTime();

        public string Source { get; } = $"CRL #{Number} of {List.Issuer}";
    }

    private sealed record Holder(Entry? Entry);
}

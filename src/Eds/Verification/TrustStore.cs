using Org.BouncyCastle.X509;

namespace RentToOwn.Eds.Verification;

/// <summary>
/// Trust anchors (self-signed roots the verifier trusts) and intermediate CA certificates it may use to build
/// chains. Intermediates are not trusted by themselves: they must chain to an anchor.
/// </summary>
public sealed class TrustStore
{
    private readonly HashSet<string> _anchorKeys;

    /// <summary>Creates a store from parsed certificates.</summary>
    public TrustStore(IEnumerable<X509Certificate> anchors, IEnumerable<X509Certificate>? intermediates = null)
    {
        Anchors = anchors.ToArray();
        Intermediates = (intermediates ?? []).ToArray();
        _anchorKeys = Anchors.Select(CertificateKey).ToHashSet();
    }

    /// <summary>Trusted roots.</summary>
    public IReadOnlyList<X509Certificate> Anchors { get; }

    /// <summary>Untrusted CA certificates available for chain building.</summary>
    public IReadOnlyList<X509Certificate> Intermediates { get; }

    /// <summary>True when <paramref name="certificate"/> is one of the anchors (byte-identical).</summary>
    public bool IsAnchor(X509Certificate certificate) => _anchorKeys.Contains(CertificateKey(certificate));

    /// <summary>
    /// Loads every *.cer/*.crt/*.der/*.pem certificate under <paramref name="directory"/>: self-signed ones
    /// become anchors, the others intermediates. Files that do not parse are reported in <paramref name="skipped"/>.
    /// </summary>
    public static TrustStore FromDirectory(string directory, IList<string>? skipped = null)
    {
        var anchors = new List<X509Certificate>();
        var intermediates = new List<X509Certificate>();
        var parser = new X509CertificateParser();
        foreach (var file in Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var ext = Path.GetExtension(file).ToLowerInvariant();
            if (ext is not (".cer" or ".crt" or ".der" or ".pem"))
            {
                continue;
            }

            try
            {
                foreach (X509Certificate cert in parser.ReadCertificates(File.ReadAllBytes(file)))
                {
                    (cert.SubjectDN.Equivalent(cert.IssuerDN) ? anchors : intermediates).Add(cert);
                }
            }
            catch (Exception e) when (e is IOException or ArgumentException or InvalidCastException or Org.BouncyCastle.Security.Certificates.CertificateException)
            {
                skipped?.Add($"{file}: {e.Message}");
            }
        }

        return new TrustStore(anchors, intermediates);
    }

    internal static string CertificateKey(X509Certificate certificate) =>
        Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(certificate.GetEncoded()));
}

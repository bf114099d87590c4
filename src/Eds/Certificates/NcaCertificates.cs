using System.Text;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.X509;
using RentToOwn.Domain.Identity;
using RentToOwn.Eds.Algorithms;

namespace RentToOwn.Eds.Certificates;

/// <summary>Reads NCA conventions out of certificates: subject identity, roles, key purpose.</summary>
public static class NcaCertificates
{
    /// <summary>Builds an NCA-style subject DN.</summary>
    public static X509Name SubjectName(string surname, string givenName, string? patronymic, Iin iin, Bin? bin, string? organization)
    {
        var oids = new List<DerObjectIdentifier> { X509Name.CN, X509Name.Surname, X509Name.SerialNumber, X509Name.C };
        var values = new List<string> { $"{surname} {givenName}", surname, "IIN" + iin.Value, "KZ" };
        if (patronymic is not null)
        {
            oids.Add(X509Name.GivenName);
            values.Add(patronymic);
        }

        if (organization is not null)
        {
            oids.Add(X509Name.O);
            values.Add(organization);
        }

        if (bin is not null)
        {
            oids.Add(X509Name.OU);
            values.Add("BIN" + bin.Value);
        }

        return new X509Name(oids, values);
    }

    /// <summary>Extracts the subject identity and role OIDs.</summary>
    public static CertificateSubject Subject(X509Certificate certificate)
    {
        var name = certificate.SubjectDN;
        string? First(DerObjectIdentifier oid) => name.GetValueList(oid).Cast<string>().FirstOrDefault();
        var serial = First(X509Name.SerialNumber);
        Iin? iin = null;
        if (serial is not null && serial.StartsWith("IIN", StringComparison.Ordinal) && Iin.TryParse(serial[3..], out var parsedIin, out _))
        {
            iin = parsedIin;
        }

        var bin = name.GetValueList(X509Name.OU).Cast<string>()
            .Where(v => v.StartsWith("BIN", StringComparison.Ordinal))
            .Select(v => Bin.TryParse(v[3..], out var b, out _) ? b : null).FirstOrDefault(b => b is not null);
        return new CertificateSubject(
            First(X509Name.CN) ?? name.ToString(),
            iin,
            bin,
            First(X509Name.Surname),
            First(X509Name.GivenName),
            First(X509Name.O),
            ExtendedKeyUsages(certificate).Where(o => o.StartsWith(KzOids.RolePrefix, StringComparison.Ordinal)).ToArray());
    }

    /// <summary>All EKU OIDs (empty when the extension is absent or malformed).</summary>
    public static IReadOnlyList<string> ExtendedKeyUsages(X509Certificate certificate)
    {
        try
        {
            var list = certificate.GetExtendedKeyUsage();
            return list is null ? [] : list.Cast<object>().Select(o => o.ToString()!).ToArray();
        }
        catch (Exception)
        {
            return [];
        }
    }

    /// <summary>KeyUsage bits by name (digitalSignature, nonRepudiation, …).</summary>
    public static IReadOnlyList<string> KeyUsageNames(X509Certificate certificate)
    {
        string[] names = ["digitalSignature", "nonRepudiation", "keyEncipherment", "dataEncipherment", "keyAgreement", "keyCertSign", "cRLSign", "encipherOnly", "decipherOnly"];
        var bits = certificate.GetKeyUsage();
        return bits is null ? [] : names.Where((_, i) => i < bits.Length && bits[i]).ToArray();
    }

    /// <summary>True when the certificate's key usage and EKU allow <paramref name="purpose"/> as NCA issues it.</summary>
    public static bool Allows(X509Certificate certificate, KeyPurpose purpose)
    {
        var bits = certificate.GetKeyUsage();
        var eku = ExtendedKeyUsages(certificate);
        return purpose switch
        {
            KeyPurpose.Signing => bits is { Length: > 1 } && bits[0] && bits[1] && eku.Contains(KzOids.EkuSigning),
            KeyPurpose.Authentication => bits is { Length: > 2 } && bits[0] && bits[2] && eku.Contains(KzOids.EkuAuthentication),
            _ => false,
        };
    }

    /// <summary>NCA-style file name for a key: AUTH_RSA256_hex.p12, RSA256_hex.p12 or GOST512_hex.p12 (AUTH_ prefix for AUTH keys).</summary>
    public static string KeyFileName(KeyAlgorithm algorithm, KeyPurpose purpose, string hex)
    {
        var sb = new StringBuilder();
        if (purpose == KeyPurpose.Authentication)
        {
            sb.Append("AUTH_");
        }

        sb.Append(algorithm == KeyAlgorithm.Rsa ? "RSA256_" : "GOST512_").Append(hex).Append(".p12");
        return sb.ToString();
    }
}

using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Pkcs;
using Org.BouncyCastle.Security;
using Org.BouncyCastle.X509;

namespace RentToOwn.Eds.Certificates;

/// <summary>
/// A private key with its certificate chain, as held in an NCA-style PKCS#12 (.p12) file.
/// The PFX is read and written with System.Security.Cryptography.Pkcs at the bag level, because BouncyCastle's
/// Pkcs12Store decodes every certificate's public key and so rejects Kazakhstan's GOST key OID.
/// </summary>
/// <param name="PrivateKey">The private key.</param>
/// <param name="Certificate">The key's certificate.</param>
/// <param name="Chain">Issuer certificates, nearest first (may be empty).</param>
public sealed record Pkcs12Key(AsymmetricKeyParameter PrivateKey, X509Certificate Certificate, IReadOnlyList<X509Certificate> Chain)
{
    private static readonly PbeParameters Pbe = new(PbeEncryptionAlgorithm.Aes256Cbc, HashAlgorithmName.SHA256, 2048);
    private static readonly byte[] LeafId = [1];

    /// <summary>Loads the key entry; throws <see cref="InvalidDataException"/> for a wrong password or a file without a key.</summary>
    public static Pkcs12Key Load(byte[] p12, string password)
    {
        try
        {
            var info = Pkcs12Info.Decode(p12, out _, skipCopy: false);
            if (info.IntegrityMode == Pkcs12IntegrityMode.Password && !info.VerifyMac(password))
            {
                throw new InvalidDataException("wrong password for the PKCS#12 file");
            }

            AsymmetricKeyParameter? key = null;
            var certs = new List<(X509Certificate Cert, bool Leaf)>();
            var parser = new X509CertificateParser();
            foreach (var contents in info.AuthenticatedSafe)
            {
                if (contents.ConfidentialityMode == Pkcs12ConfidentialityMode.Password)
                {
                    contents.Decrypt(password);
                }

                foreach (var bag in contents.GetBags())
                {
                    switch (bag)
                    {
                        case Pkcs12ShroudedKeyBag shrouded:
                            key = PrivateKeyFactory.CreateKey(Pkcs8PrivateKeyInfo.DecryptAndDecode(password, shrouded.EncryptedPkcs8PrivateKey, out _).Encode());
                            break;
                        case Pkcs12KeyBag plain:
                            key = PrivateKeyFactory.CreateKey(plain.Pkcs8PrivateKey.ToArray());
                            break;
                        case Pkcs12CertBag certBag when certBag.IsX509Certificate:
                            var der = AsnDecoder.ReadOctetString(certBag.EncodedCertificate.Span, AsnEncodingRules.BER, out _);
                            var leaf = certBag.Attributes.Cast<CryptographicAttributeObject>().Any(a => a.Oid.Value == "1.2.840.113549.1.9.21");
                            certs.Add((parser.ReadCertificate(der), leaf));
                            break;
                    }
                }
            }

            if (key is null || certs.Count == 0)
            {
                throw new InvalidDataException("the PKCS#12 file holds no private key with a certificate");
            }

            var leafCert = certs.FirstOrDefault(c => c.Leaf).Cert ?? certs[0].Cert;
            var rest = certs.Select(c => c.Cert).Where(c => !ReferenceEquals(c, leafCert)).ToList();
            var chain = new List<X509Certificate>();
            var current = leafCert;
            while (rest.FirstOrDefault(c => c.SubjectDN.Equivalent(current.IssuerDN)) is { } issuer)
            {
                chain.Add(issuer);
                rest.Remove(issuer);
                current = issuer;
            }

            return new Pkcs12Key(key, leafCert, chain);
        }
        catch (Exception e) when (e is CryptographicException or AsnContentException or IOException or ArgumentException or InvalidCastException or SecurityUtilityException or Org.BouncyCastle.Security.Certificates.CertificateException)
        {
            throw new InvalidDataException("cannot open the PKCS#12 file (wrong password or not a .p12): " + e.Message, e);
        }
    }

    /// <summary>Writes the key and chain as PKCS#12 (AES-256-CBC, HMAC-SHA256 MAC) protected by <paramref name="password"/>.</summary>
    public byte[] Save(string password)
    {
        var pkcs8 = Pkcs8PrivateKeyInfo.Decode(PrivateKeyInfoFactory.CreatePrivateKeyInfo(PrivateKey).GetDerEncoded(), out _);
        var keys = new Pkcs12SafeContents();
        var keyBag = new Pkcs12ShroudedKeyBag(pkcs8.Encrypt(password, Pbe));
        keyBag.Attributes.Add(new Pkcs9LocalKeyId(LeafId));
        keys.AddSafeBag(keyBag);
        var certs = new Pkcs12SafeContents();
        foreach (var cert in new[] { Certificate }.Concat(Chain))
        {
            var writer = new AsnWriter(AsnEncodingRules.DER);
            writer.WriteOctetString(cert.GetEncoded());
            var bag = new Pkcs12CertBag(new Oid("1.2.840.113549.1.9.22.1"), writer.Encode());
            if (ReferenceEquals(cert, Certificate))
            {
                bag.Attributes.Add(new Pkcs9LocalKeyId(LeafId));
            }

            certs.AddSafeBag(bag);
        }

        var builder = new Pkcs12Builder();
        builder.AddSafeContentsEncrypted(certs, password, Pbe);
        builder.AddSafeContentsUnencrypted(keys);
        builder.SealWithMac(password, HashAlgorithmName.SHA256, 2048);
        return builder.Encode();
    }
}

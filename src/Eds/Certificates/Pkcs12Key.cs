using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Pkcs;
using Org.BouncyCastle.Security;
using Org.BouncyCastle.X509;

namespace RentToOwn.Eds.Certificates;

/// <summary>A private key with its certificate chain, as held in an NCA-style PKCS#12 (.p12) file.</summary>
/// <param name="PrivateKey">The private key.</param>
/// <param name="Certificate">The key's certificate.</param>
/// <param name="Chain">Issuer certificates, nearest first (may be empty).</param>
public sealed record Pkcs12Key(AsymmetricKeyParameter PrivateKey, X509Certificate Certificate, IReadOnlyList<X509Certificate> Chain)
{
    /// <summary>Loads the first key entry; throws <see cref="InvalidDataException"/> for a wrong password or a file without a key.</summary>
    public static Pkcs12Key Load(byte[] p12, string password)
    {
        Pkcs12Store store;
        try
        {
            store = new Pkcs12StoreBuilder().Build();
            store.Load(new MemoryStream(p12), password.ToCharArray());
        }
        catch (Exception e) when (e is IOException or ArgumentException or InvalidOperationException or Org.BouncyCastle.Security.SecurityUtilityException or CryptoException or InvalidCastException)
        {
            throw new InvalidDataException("cannot open the PKCS#12 file (wrong password or not a .p12): " + e.Message, e);
        }

        foreach (string alias in store.Aliases)
        {
            if (!store.IsKeyEntry(alias))
            {
                continue;
            }

            var chain = store.GetCertificateChain(alias)?.Select(c => c.Certificate).ToArray() ?? [];
            if (chain.Length == 0)
            {
                continue;
            }

            return new Pkcs12Key(store.GetKey(alias).Key, chain[0], chain[1..]);
        }

        throw new InvalidDataException("the PKCS#12 file holds no private key with a certificate");
    }

    /// <summary>Writes the key and chain as PKCS#12 protected by <paramref name="password"/>.</summary>
    public byte[] Save(string password, string alias = "key")
    {
        var store = new Pkcs12StoreBuilder().Build();
        var entries = new[] { Certificate }.Concat(Chain).Select(c => new X509CertificateEntry(c)).ToArray();
        store.SetKeyEntry(alias, new AsymmetricKeyEntry(PrivateKey), entries);
        using var output = new MemoryStream();
        store.Save(output, password.ToCharArray(), new SecureRandom());
        return output.ToArray();
    }
}

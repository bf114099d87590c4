using RentToOwn.Eds.Algorithms;
using RentToOwn.Eds.Certificates;

namespace RentToOwn.Eds.Pki;

/// <summary>A key the test PKI issued to a party.</summary>
/// <param name="Party">Whose key.</param>
/// <param name="Algorithm">RSA or GOST.</param>
/// <param name="Purpose">Signing or AUTH.</param>
/// <param name="Key">Private key, certificate and chain.</param>
/// <param name="FileName">NCA-style file name (RSA256_…, AUTH_RSA256_…, GOST512_…, AUTH_GOST512_…).</param>
public sealed record IssuedKey(PartyProfile Party, KeyAlgorithm Algorithm, KeyPurpose Purpose, Pkcs12Key Key, string FileName)
{
    /// <summary>Certificate serial number in hex.</summary>
    public string SerialHex => Key.Certificate.SerialNumber.ToString(16);
}

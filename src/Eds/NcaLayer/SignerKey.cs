using RentToOwn.Eds.Algorithms;
using RentToOwn.Eds.Certificates;

namespace RentToOwn.Eds.NcaLayer;

/// <summary>A key the local signer may use.</summary>
/// <param name="Key">Private key and chain.</param>
/// <param name="Algorithm">RSA or GOST.</param>
/// <param name="Purpose">Signing or AUTH (from key usage/EKU).</param>
/// <param name="Subject">Who the certificate names.</param>
/// <param name="Path">The .p12 it came from.</param>
public sealed record SignerKey(Pkcs12Key Key, KeyAlgorithm Algorithm, KeyPurpose? Purpose, CertificateSubject Subject, string Path);

using System.Numerics;

namespace RentToOwn.Eds.Verification;

/// <summary>A CMS SignedData as read by <see cref="CmsReader"/>: raw slices, no re-encoding.</summary>
internal sealed record ParsedCms(byte[]? Content, IReadOnlyList<ReadOnlyMemory<byte>> Certificates, IReadOnlyList<ParsedSigner> Signers);

/// <summary>One SignerInfo.</summary>
/// <param name="IssuerName">DER of the sid's issuer Name (issuerAndSerialNumber), else null.</param>
/// <param name="Serial">The sid's serial number, else null.</param>
/// <param name="SubjectKeyId">The sid's subjectKeyIdentifier, else null.</param>
/// <param name="DigestOid">digestAlgorithm.</param>
/// <param name="SignedAttributesDer">The signed attributes re-tagged as SET (0x31): exactly the bytes the signature covers.</param>
/// <param name="SignedAttributes">Signed attribute values by OID (raw DER of each value).</param>
/// <param name="SignatureOid">signatureAlgorithm.</param>
/// <param name="Signature">signature value.</param>
/// <param name="UnsignedAttributes">Unsigned attribute values by OID.</param>
internal sealed record ParsedSigner(
    ReadOnlyMemory<byte>? IssuerName,
    BigInteger? Serial,
    byte[]? SubjectKeyId,
    string DigestOid,
    byte[]? SignedAttributesDer,
    IReadOnlyDictionary<string, IReadOnlyList<ReadOnlyMemory<byte>>> SignedAttributes,
    string SignatureOid,
    byte[] Signature,
    IReadOnlyDictionary<string, IReadOnlyList<ReadOnlyMemory<byte>>> UnsignedAttributes);

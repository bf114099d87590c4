using System.Formats.Asn1;
using RentToOwn.Eds.Algorithms;
using RentToOwn.Eds.Certificates;

namespace RentToOwn.Eds.Verification;

/// <summary>
/// Reads ContentInfo/SignedData (RFC 5652) with System.Formats.Asn1: iterative, allocation-light, and it keeps
/// raw slices (certificates, signed attributes) so nothing is re-encoded. Throws <see cref="FormatException"/>.
/// </summary>
internal static class CmsReader
{
    internal static readonly Asn1Tag Context0 = new(TagClass.ContextSpecific, 0, true);
    internal static readonly Asn1Tag Context1 = new(TagClass.ContextSpecific, 1, true);

    /// <summary>Reads <paramref name="cms"/> with the default limits for signatures.</summary>
    public static ParsedCms Read(ReadOnlyMemory<byte> cms) => Read(cms, VerificationLimits.Default, KeyPurpose.Signing);

    /// <summary>
    /// Reads <paramref name="cms"/>. The SignerInfo and certificate counts are checked first, by a walk that parses
    /// nothing (<see cref="CmsLimitException"/> when over <paramref name="limits"/>).
    /// </summary>
    public static ParsedCms Read(ReadOnlyMemory<byte> cms, VerificationLimits limits, KeyPurpose purpose)
    {
        if (CmsPrecheck.Count(cms) is { } counts && CmsPrecheck.ExceededLimit(counts, limits, purpose) is { } exceeded)
        {
            throw new CmsLimitException(exceeded);
        }

        try
        {
            var signedData = OpenSignedData(cms);
            signedData.ReadInteger(); // version
            signedData.ReadSetOf(); // digestAlgorithms (informational; each SignerInfo names its own)
            var encap = signedData.ReadSequence();
            if (encap.ReadObjectIdentifier() != KzOids.Data)
            {
                throw new FormatException("encapsulated content type is not id-data");
            }

            byte[]? content = null;
            if (encap.HasData)
            {
                var wrapped = encap.ReadSequence(Context0);
                content = wrapped.ReadOctetString();
            }

            var certificates = new List<ReadOnlyMemory<byte>>();
            if (signedData.HasData && signedData.PeekTag().HasSameClassAndValue(Context0))
            {
                var set = signedData.ReadSetOf(true, Context0);
                while (set.HasData)
                {
                    if (set.PeekTag().HasSameClassAndValue(Asn1Tag.Sequence))
                    {
                        certificates.Add(set.ReadEncodedValue());
                    }
                    else
                    {
                        set.ReadEncodedValue(); // other certificate formats are ignored
                    }
                }
            }

            if (signedData.HasData && signedData.PeekTag().HasSameClassAndValue(Context1))
            {
                signedData.ReadEncodedValue(); // CRLs inside the CMS are not used
            }

            var signerSet = signedData.ReadSetOf(skipSortOrderValidation: true);
            var signers = new List<ParsedSigner>();
            while (signerSet.HasData)
            {
                signers.Add(ReadSigner(signerSet.ReadSequence()));
            }

            return new ParsedCms(content, certificates, signers);
        }
        catch (AsnContentException e)
        {
            throw new FormatException("malformed CMS: " + e.Message, e);
        }
        catch (ArgumentException e)
        {
            throw new FormatException("malformed CMS: " + e.Message, e);
        }
    }

    /// <summary>The SignedData SEQUENCE inside a ContentInfo; throws when it is something else.</summary>
    internal static AsnReader OpenSignedData(ReadOnlyMemory<byte> cms)
    {
        var outer = new AsnReader(cms, AsnEncodingRules.BER);
        var contentInfo = outer.ReadSequence();
        outer.ThrowIfNotEmpty();
        if (contentInfo.ReadObjectIdentifier() != KzOids.SignedData)
        {
            throw new FormatException("content type is not signedData");
        }

        return contentInfo.ReadSequence(Context0).ReadSequence();
    }

    private static ParsedSigner ReadSigner(AsnReader signer)
    {
        signer.ReadInteger(); // version
        ReadOnlyMemory<byte>? issuer = null;
        System.Numerics.BigInteger? serial = null;
        byte[]? ski = null;
        if (signer.PeekTag().HasSameClassAndValue(Asn1Tag.Sequence))
        {
            var issuerAndSerial = signer.ReadSequence();
            issuer = issuerAndSerial.ReadEncodedValue();
            serial = issuerAndSerial.ReadInteger();
        }
        else
        {
            ski = signer.ReadOctetString(new Asn1Tag(TagClass.ContextSpecific, 0));
        }

        var digestOid = signer.ReadSequence().ReadObjectIdentifier();
        byte[]? signedDer = null;
        var signed = Empty;
        if (signer.PeekTag().HasSameClassAndValue(Context0))
        {
            var raw = signer.ReadEncodedValue();
            signedDer = raw.ToArray();
            signedDer[0] = 0x31; // [0] IMPLICIT → SET OF: what the signature covers (RFC 5652, 5.4)
            signed = ReadAttributes(new AsnReader(signedDer, AsnEncodingRules.BER).ReadSetOf(skipSortOrderValidation: true));
        }

        var signatureOid = signer.ReadSequence().ReadObjectIdentifier();
        var signature = signer.ReadOctetString();
        var unsigned = Empty;
        if (signer.HasData && signer.PeekTag().HasSameClassAndValue(Context1))
        {
            unsigned = ReadAttributes(signer.ReadSetOf(true, Context1));
        }

        return new ParsedSigner(issuer, serial, ski, digestOid, signedDer, signed, signatureOid, signature, unsigned);
    }

    private static readonly IReadOnlyDictionary<string, IReadOnlyList<ReadOnlyMemory<byte>>> Empty =
        new Dictionary<string, IReadOnlyList<ReadOnlyMemory<byte>>>();

    private static IReadOnlyDictionary<string, IReadOnlyList<ReadOnlyMemory<byte>>> ReadAttributes(AsnReader set)
    {
        var result = new Dictionary<string, IReadOnlyList<ReadOnlyMemory<byte>>>();
        while (set.HasData)
        {
            var attribute = set.ReadSequence();
            var oid = attribute.ReadObjectIdentifier();
            var values = attribute.ReadSetOf(skipSortOrderValidation: true);
            var list = new List<ReadOnlyMemory<byte>>();
            while (values.HasData)
            {
                list.Add(values.ReadEncodedValue());
            }

            if (!result.TryAdd(oid, list))
            {
                throw new FormatException($"attribute {oid} appears twice");
            }
        }

        return result;
    }
}

using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using RentToOwn.LedgerAdapter.Records;

namespace RentToOwn.LedgerAdapter.Bundles;

/// <summary>Reads and writes bundles as strict JSON, and maps bundle records to and from <see cref="SigningRecord"/>.</summary>
public static class BundleJson
{
    private const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        AllowDuplicateProperties = false,
    };

    /// <summary>Serialises a bundle.</summary>
    public static string Serialize(LedgerBundle bundle) => JsonSerializer.Serialize(bundle, Options);

    /// <summary>Parses a bundle; unknown, missing or duplicate members are refused.</summary>
    /// <exception cref="FormatException">When the JSON is not a bundle.</exception>
    public static LedgerBundle Deserialize(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<LedgerBundle>(json, Options) ?? throw new FormatException("bundle: empty");
        }
        catch (JsonException e)
        {
            throw new FormatException("bundle: not valid bundle JSON: " + e.Message);
        }
    }

    /// <summary>The bundle form of a record.</summary>
    public static BundleRecord ToBundle(SigningRecord r) => new(
        r.Kind.ToString(), r.SubjectId, r.DocumentSha256.ToHex(), r.SignatureSha256?.ToHex(), r.Signer?.ToString(),
        r.CertificateFingerprint?.ToHex(), r.Role,
        r.SignedAt.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture), r.PreviousRecordHash?.ToHex());

    /// <summary>The record a bundle describes.</summary>
    /// <exception cref="FormatException">When a field is malformed.</exception>
    public static SigningRecord FromBundle(BundleRecord b)
    {
        if (!Enum.GetNames<RecordKind>().Contains(b.Kind, StringComparer.Ordinal))
        {
            throw new FormatException($"record: unknown kind '{b.Kind}'");
        }

        if (!DateTime.TryParseExact(b.SignedAt, TimeFormat, CultureInfo.InvariantCulture,
                DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var signedAt))
        {
            throw new FormatException($"record: signedAt '{b.SignedAt}' is not {TimeFormat}");
        }

        var record = new SigningRecord(
            Enum.Parse<RecordKind>(b.Kind), b.SubjectId, Hex(b.DocumentSha256, "documentSha256"),
            b.SignatureSha256 is null ? null : Hex(b.SignatureSha256, "signatureSha256"),
            b.SignerReference is null ? null : SignerReference.FromHex(Lower(b.SignerReference, "signerReference")),
            b.CertificateFingerprint is null ? null : Hex(b.CertificateFingerprint, "certificateFingerprint"),
            b.Role, new DateTimeOffset(DateTime.SpecifyKind(signedAt, DateTimeKind.Utc)),
            b.PreviousRecordHash is null ? null : Hex(b.PreviousRecordHash, "previousRecordHash"));
        try
        {
            SigningRecordCodec.Validate(record);
        }
        catch (ArgumentException e)
        {
            throw new FormatException("record: " + e.Message);
        }

        return record;
    }

    /// <summary>Parses canonical lower-case hex of a 32-byte hash.</summary>
    public static byte[] HashFromHex(string hex, string field) => Hex(hex, field).ToArray();

    private static Sha256Digest Hex(string hex, string field)
    {
        try
        {
            return Sha256Digest.FromHex(Lower(hex, field));
        }
        catch (FormatException e)
        {
            throw new FormatException($"{field}: {e.Message}");
        }
    }

    // Canonical form is lower-case, so a flipped letter case is a different (refused) bundle.
    private static string Lower(string hex, string field) =>
        hex == hex.ToLowerInvariant() ? hex : throw new FormatException($"{field}: hex must be lower-case");
}

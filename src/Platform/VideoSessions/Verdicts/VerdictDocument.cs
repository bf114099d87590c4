using System.Text.Json;
using System.Text.Json.Serialization;

namespace RentToOwn.Platform.VideoSessions.Verdicts;

/// <summary>
/// The document the registrar signs (UTF-8 JSON in one canonical form: <see cref="ToBytes"/>). It names
/// the session, its subject and participants by platform ids only; the ledger gets its hash.
/// </summary>
/// <param name="Type">Always <see cref="TypeName"/>.</param>
/// <param name="SessionId">The video session.</param>
/// <param name="SubjectId">The application or contract.</param>
/// <param name="Kind">A.21 registration or A.30 termination and ownership.</param>
/// <param name="RegistrarAccountId">The registrar's account.</param>
/// <param name="Participants">Role and account of each participant.</param>
/// <param name="TenantMarried">Whether the spouse had to take part (A.23).</param>
/// <param name="Checklist">The checklist.</param>
/// <param name="Confirmed">The decision: every item of the checklist holds.</param>
/// <param name="PreparedAt">When the platform prepared the document for signing.</param>
public sealed record VerdictDocument(
    string Type,
    Guid SessionId,
    string SubjectId,
    string Kind,
    Guid RegistrarAccountId,
    IReadOnlyList<VerdictParticipant> Participants,
    bool TenantMarried,
    VerdictChecklist Checklist,
    bool Confirmed,
    DateTimeOffset PreparedAt)
{
    /// <summary>The document type and version.</summary>
    public const string TypeName = "rto-registrar-verdict/v1";

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        WriteIndented = false,
    };

    /// <summary>The canonical bytes (what is signed).</summary>
    public byte[] ToBytes() => JsonSerializer.SerializeToUtf8Bytes(this, Json);

    /// <summary>Parses bytes that must be exactly the canonical form of a document.</summary>
    /// <exception cref="FormatException">When they are not.</exception>
    public static VerdictDocument Parse(byte[] bytes)
    {
        VerdictDocument? doc;
        try
        {
            doc = JsonSerializer.Deserialize<VerdictDocument>(bytes, Json);
        }
        catch (JsonException e)
        {
            throw new FormatException("The verdict document is not valid JSON: " + e.Message);
        }

        if (doc is null || doc.Type != TypeName || doc.Checklist is null || doc.Participants is null)
        {
            throw new FormatException($"The verdict document is not a {TypeName} document.");
        }

        if (!doc.ToBytes().AsSpan().SequenceEqual(bytes))
        {
            throw new FormatException("The verdict document is not in its canonical form (it was altered).");
        }

        return doc;
    }
}

using System.Text.Json;

namespace RentToOwn.Platform.Courts;

/// <summary>Seed 000: the family members a ruling considered, as stored on the termination record (JSON).</summary>
public static class ConsideredFamilyText
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The JSON of <paramref name="members"/> (null when there are none).</summary>
    public static string? Write(IReadOnlyList<FamilyMember> members) => members.Count == 0 ? null : JsonSerializer.Serialize(members.Take(MaxMembers), Json);

    /// <summary>At most this many members are kept (bounded storage).</summary>
    public const int MaxMembers = 30;

    /// <summary>The members stored by <see cref="Write"/>; empty for null or unreadable text.</summary>
    public static IReadOnlyList<FamilyMember> Read(string? json)
    {
        if (string.IsNullOrWhiteSpace(json)) return [];
        try
        {
            return JsonSerializer.Deserialize<List<FamilyMember>>(json, Json) ?? [];
        }
        catch (JsonException)
        {
            return [];
        }
    }
}

using System.Buffers.Text;

namespace RentToOwn.Platform.Ledger;

/// <summary>
/// Ledger subject ids: a kind prefix and the platform id in base64url. (The ledger refuses any run of 12
/// digits, the shape of an IIN; a GUID's last group can be 12 decimal digits by chance, base64url practically never.)
/// </summary>
public static class LedgerSubjects
{
    /// <summary>e.g. <c>application:6Cq0…</c>.</summary>
    public static string For(string kind, Guid id) => $"{kind}:{Base64Url.EncodeToString(id.ToByteArray())}";
}

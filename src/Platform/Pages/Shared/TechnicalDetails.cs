using System.Text.Json;
using System.Text.Json.Nodes;

namespace RentToOwn.Platform.Pages.Shared;

/// <summary>What the "technical details" fold shows: the ledger entry, the document's SHA-256 (for the verifier link) and the raw receipt.</summary>
public sealed record TechnicalDetails(long LeafIndex, string? DocumentSha256, string? ReceiptJson)
{
    /// <summary>From a stored receipt's JSON (<c>record.documentSha256</c> gives the verifier link).</summary>
    public static TechnicalDetails FromReceipt(long leafIndex, string? receiptJson)
    {
        string? doc = null;
        try
        {
            doc = receiptJson is null ? null : JsonNode.Parse(receiptJson)?["record"]?["documentSha256"]?.GetValue<string>();
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // Not a receipt of ours: show it without the link.
        }

        return new(leafIndex, doc is { Length: 64 } && doc.All(char.IsAsciiHexDigit) ? doc : null, receiptJson);
    }
}

using System.Text.Json.Nodes;

namespace RentToOwn.LedgerAdapter.Bundles;

/// <summary>The JSON form of a receipt (what <c>rto ledger append</c> prints).</summary>
public static class ReceiptJson
{
    /// <summary>Receipt → JSON object: index, leafHash, record, checkpoint (signed note), inclusionProof.</summary>
    public static JsonObject ToJson(LedgerReceipt receipt) => new()
    {
        ["index"] = receipt.Index,
        ["leafHash"] = Convert.ToHexStringLower(receipt.LeafHash),
        ["record"] = System.Text.Json.JsonSerializer.SerializeToNode(BundleJson.ToBundle(receipt.Record),
            new System.Text.Json.JsonSerializerOptions { PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.CamelCase }),
        ["checkpoint"] = receipt.Checkpoint.Note,
        ["inclusionProof"] = new JsonArray(receipt.InclusionProof.Select(h => (JsonNode)JsonValue.Create(Convert.ToHexStringLower(h))).ToArray()),
    };

    /// <summary>A receipt printed by <see cref="ToJson"/> as an unsigned bundle shape, to verify with <see cref="BundleVerifier"/>.</summary>
    public static LedgerBundle ToBundle(JsonObject receipt) => new(
        LedgerBundle.CurrentFormat,
        BundleJson.Deserialize(new JsonObject
        {
            ["format"] = LedgerBundle.CurrentFormat,
            ["record"] = receipt["record"]!.DeepClone(),
            ["leafIndex"] = receipt["index"]!.DeepClone(),
            ["checkpoint"] = receipt["checkpoint"]!.DeepClone(),
            ["inclusionProof"] = receipt["inclusionProof"]!.DeepClone(),
            ["anchor"] = null,
        }.ToJsonString()).Record,
        receipt["index"]!.GetValue<long>(),
        receipt["checkpoint"]!.GetValue<string>(),
        receipt["inclusionProof"]!.AsArray().Select(n => n!.GetValue<string>()).ToList(),
        null);
}

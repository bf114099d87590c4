using System.Text.Json.Serialization;

namespace RentToOwn.Platform.Term.Refunds;

/// <summary>What happens to the surplus of a payment (JSON: its name).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TermAdjustmentKind>))]
public enum TermAdjustmentKind
{
    /// <summary>Credited to the next installments, oldest unpaid first.</summary>
    Credit,
    /// <summary>Nothing is left to credit it to (purchase completed, lease closed): due back to the tenant.</summary>
    Refund,
}

using System.Text.Json.Serialization;

namespace RentToOwn.Platform.Term.Payments;

/// <summary>Where one schedule period stands (JSON: its name).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PeriodState>))]
public enum PeriodState
{
    /// <summary>Paid in full.</summary>
    Paid,
    /// <summary>Not yet due.</summary>
    Upcoming,
    /// <summary>Due today (the effective due date is today).</summary>
    Due,
    /// <summary>Past its effective due date and not paid in full: arrears.</summary>
    Overdue,
    /// <summary>Settled by the early buyout.</summary>
    BoughtOut,
}

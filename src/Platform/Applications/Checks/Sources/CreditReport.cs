namespace RentToOwn.Platform.Applications.Checks.Sources;

/// <summary>A credit bureau's answer about one person.</summary>
/// <param name="HasHistory">Whether the bureau holds any credit history of the person.</param>
/// <param name="CurrentOverdueDays">Days of the longest payment now overdue (0 when none).</param>
/// <param name="Defaults">Loans written off or sent to collection.</param>
public sealed record CreditReport(bool HasHistory, int CurrentOverdueDays, int Defaults);

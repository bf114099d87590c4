namespace RentToOwn.Platform.Applications.Checks.Sources;

/// <summary>A person's line in the stand-in credit bureau's seed.</summary>
/// <param name="Iin">IIN.</param>
/// <param name="CurrentOverdueDays">Days now overdue.</param>
/// <param name="Defaults">Loans written off or in collection.</param>
public sealed record CreditHistoryEntry(string Iin, int CurrentOverdueDays, int Defaults);

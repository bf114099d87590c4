namespace RentToOwn.Domain.Calendar;

/// <summary>Per-year calendar data that no fixed rule gives: the first day of Kurban Ait and government transfers.</summary>
/// <param name="Year">The calendar year.</param>
/// <param name="KurbanAit">First day of Kurban Ait (Labour Code art. 84 p. 5: a day off that never moves).</param>
/// <param name="Transfers">Government transfers of days off in this year.</param>
/// <param name="Source">Where the dates come from.</param>
public sealed record CalendarYear(int Year, DateOnly KurbanAit, IReadOnlyList<DayTransfer> Transfers, string Source);

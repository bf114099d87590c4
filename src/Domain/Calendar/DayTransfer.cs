namespace RentToOwn.Domain.Calendar;

/// <summary>
/// A government transfer of a day off (перенос дня отдыха): <paramref name="DayOff"/> becomes a day off
/// and <paramref name="WorkingDay"/> (normally a Saturday or Sunday) becomes a working day.
/// </summary>
/// <param name="DayOff">The weekday that becomes a day off.</param>
/// <param name="WorkingDay">The weekend day that becomes a working day.</param>
/// <param name="Basis">The act that made the transfer (for audit and documents).</param>
public sealed record DayTransfer(DateOnly DayOff, DateOnly WorkingDay, string Basis);

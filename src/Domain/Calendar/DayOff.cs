namespace RentToOwn.Domain.Calendar;

/// <summary>A weekday that is not a working day, and why.</summary>
/// <param name="Date">The date.</param>
/// <param name="Reason">Holiday name, "(moved from …)" for a weekend holiday's moved day, or the transfer's basis.</param>
public sealed record DayOff(DateOnly Date, string Reason);

namespace RentToOwn.Domain.Calendar;

/// <summary>Calendar data is missing for a year, or a calendar data file is malformed.</summary>
public sealed class CalendarDataException : Exception
{
    /// <summary>Creates the exception.</summary>
    public CalendarDataException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }
}

using System.CommandLine;

namespace RentToOwn.Cli.Commands;

/// <summary><c>rto calendar</c>: Working-day calendar.</summary>
public static class CalendarCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create() => new("calendar", "Working-day calendar");
}

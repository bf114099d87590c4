using System.CommandLine;
using System.Globalization;
using RentToOwn.Domain.Calendar;

namespace RentToOwn.Cli.Commands;

/// <summary><c>rto calendar</c>: Working-day calendar of Kazakhstan.</summary>
public static class CalendarCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var command = new Command("calendar", "Working-day calendar of Kazakhstan (holidays, moves, transfers)");
        var data = new Option<string?>("--data") { Description = "Extra per-year calendar JSON (Kurban Ait, transfers); overrides embedded years" };

        var date = new Argument<string>("DATE") { Description = "Start date, yyyy-MM-dd (not counted)" };
        var count = new Argument<int>("N") { Description = "Working days to add (negative counts back)" };
        var add = new Command("add-working-days", "Print the date N working days after DATE") { date, count, data };
        add.SetAction(pr => Run(pr, cal =>
        {
            pr.InvocationConfiguration.Output.WriteLine(cal.AddWorkingDays(ParseDate(pr.GetValue(date)), pr.GetValue(count)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }));

        var day = new Argument<string>("DATE") { Description = "Date, yyyy-MM-dd" };
        var isWorking = new Command("is-working-day", "Exit 0 and print 'working' for a working day; exit 3 and print 'day off' otherwise") { day, data };
        isWorking.SetAction(pr =>
        {
            var working = false;
            var code = Run(pr, cal =>
            {
                working = cal.IsWorkingDay(ParseDate(pr.GetValue(day)));
                pr.InvocationConfiguration.Output.WriteLine(working ? "working" : "day off");
            });
            return code == 0 && !working ? 3 : code;
        });

        var year = new Argument<int>("YEAR") { Description = "Calendar year" };
        var holidays = new Command("holidays", "List the weekday days off of YEAR with their reason") { year, data };
        holidays.SetAction(pr => Run(pr, cal =>
        {
            foreach (var off in cal.HolidaysOf(pr.GetValue(year)))
            {
                pr.InvocationConfiguration.Output.WriteLine($"{off.Date:yyyy-MM-dd}  {off.Reason}");
            }
        }));

        command.Subcommands.Add(add);
        command.Subcommands.Add(isWorking);
        command.Subcommands.Add(holidays);
        return command;

        int Run(ParseResult pr, Action<KazakhstanCalendar> action)
        {
            try
            {
                action(KazakhstanCalendar.FromOptions(new CalendarOptions { ExtraDataFile = pr.GetValue(data) }));
                return 0;
            }
            catch (Exception ex) when (ex is FormatException or CalendarDataException)
            {
                pr.InvocationConfiguration.Error.WriteLine($"error: {ex.Message}");
                return 1;
            }
        }
    }

    private static DateOnly ParseDate(string? s) =>
        DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : throw new FormatException($"'{s}' is not a date in yyyy-MM-dd form");
}

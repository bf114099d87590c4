using RentToOwn.Cli.Commands;

namespace RentToOwn.Cli.Tests;

public class CalendarCommandTests
{
    [Fact]
    public void IssueExample()
    {
        // Issue 2 §7: `rto calendar add-working-days 2026-12-14 2` → 2026-12-17 (16 Dec is a holiday).
        var (code, output, _) = CliRunner.Run(CalendarCommand.Create(), "add-working-days", "2026-12-14", "2");
        Assert.Equal(0, code);
        Assert.Equal("2026-12-17", output.Trim());
    }

    [Theory]
    [InlineData("2026-12-14", "-1", "2026-12-11")]
    [InlineData("2026-03-20", "1", "2026-03-26")] // Nauryz block 21–25 March 2026
    public void AddWorkingDays(string date, string n, string expected) =>
        Assert.Equal(expected, CliRunner.Run(CalendarCommand.Create(), "add-working-days", date, n).Out.Trim());

    [Theory]
    [InlineData("2026-02-30", "not a date")]
    [InlineData("14.12.2026", "not a date")]
    [InlineData("2031-06-02", "no calendar data for 2031")]
    public void BadInput_Exit1(string date, string message)
    {
        var (code, _, error) = CliRunner.Run(CalendarCommand.Create(), "add-working-days", date, "1");
        Assert.Equal(1, code);
        Assert.Contains(message, error);
    }

    [Fact]
    public void NonNumericCount_IsAUsageError() =>
        Assert.NotEqual(0, CliRunner.Run(CalendarCommand.Create(), "add-working-days", "2026-12-14", "two").Code);

    [Fact]
    public void ExtraDataFile_AddsAYear()
    {
        var path = Path.Combine(Path.GetTempPath(), $"rto-cli-cal-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """{ "years": [ { "year": 2031, "kurbanAit": "2031-03-28", "transfers": [] } ] }""");
        try
        {
            // 2031-03-27 (Thu) + 1 → 28 Mar is Kurban Ait (Fri), weekend follows; 21–23 Mar Nauryz moves are earlier.
            var (code, output, _) = CliRunner.Run(CalendarCommand.Create(), "add-working-days", "2031-03-27", "1", "--data", path);
            Assert.Equal(0, code);
            Assert.Equal("2031-03-31", output.Trim());
            Assert.Equal(1, CliRunner.Run(CalendarCommand.Create(), "add-working-days", "2031-03-27", "1", "--data", path + ".missing").Code);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void IsWorkingDay_ExitCodes()
    {
        Assert.Equal((3, "day off"), Short(CliRunner.Run(CalendarCommand.Create(), "is-working-day", "2026-12-16")));
        Assert.Equal((0, "working"), Short(CliRunner.Run(CalendarCommand.Create(), "is-working-day", "2026-12-17")));
    }

    [Fact]
    public void Holidays_ListsMovedDays()
    {
        var (code, output, _) = CliRunner.Run(CalendarCommand.Create(), "holidays", "2026");
        Assert.Equal(0, code);
        Assert.Contains("2026-03-09  Международный женский день (moved from 2026-03-08)", output);
        Assert.Contains("2026-05-27  Курбан айт (first day)", output);
    }

    private static (int, string) Short((int Code, string Out, string Err) r) => (r.Code, r.Out.Trim());
}

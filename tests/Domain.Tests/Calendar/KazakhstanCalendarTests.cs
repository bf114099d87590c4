using System.Text;
using RentToOwn.Domain.Calendar;

namespace RentToOwn.Domain.Tests.Calendar;

public class KazakhstanCalendarTests
{
    private static readonly KazakhstanCalendar Calendar = KazakhstanCalendar.FromEmbeddedData();

    private static DateOnly D(string s) => DateOnly.Parse(s);

    [Fact]
    public void IssueExample_16DecemberIsSkipped()
    {
        // Issue 2 §7: "2026-12-14 2 → 2026-12-17, because 16 Dec is a holiday".
        Assert.Equal(D("2026-12-17"), Calendar.AddWorkingDays(D("2026-12-14"), 2));
    }

    [Fact]
    public void Year2026_DaysOff_MatchOfficialCalendar()
    {
        // Source: egov.kz 2026 holiday calendar as reported by inform.kz (02.01.2026): 8 Mar (Sun) → 9 Mar;
        // Nauryz 21–22 Mar (Sat/Sun) → 24, 25 Mar; 9 May (Sat) → 11 May; Kurban Ait 27 May; 30 Aug (Sun) → 31 Aug;
        // 25 Oct (Sun) → 26 Oct; 7 Jan and Kurban Ait without moves; no other transfers.
        string[] expected =
        [
            "2026-01-01", "2026-01-02", "2026-01-07", "2026-03-09", "2026-03-23", "2026-03-24", "2026-03-25",
            "2026-05-01", "2026-05-07", "2026-05-11", "2026-05-27", "2026-07-06", "2026-08-31", "2026-10-26", "2026-12-16",
        ];
        Assert.Equal(expected.Select(D), Calendar.HolidaysOf(2026).Select(h => h.Date));
    }

    [Fact]
    public void Year2025_DaysOff_IncludeGovernmentTransfer()
    {
        // Order of the Minister of Labour No. 436 of 21.11.2024: the rest day moves from Sunday 5 Jan to Friday 3 Jan 2025.
        // Statutory moves: 8 Mar (Sat) → 10 Mar; 22–23 Mar (Sat/Sun) → 24, 25 Mar; 6 Jul (Sun) → 7 Jul;
        // 30 Aug (Sat) → 1 Sep; 25 Oct (Sat) → 27 Oct. Kurban Ait 6 Jun 2025 (Ministry of Labour, per DUMK).
        string[] expected =
        [
            "2025-01-01", "2025-01-02", "2025-01-03", "2025-01-07", "2025-03-10", "2025-03-21", "2025-03-24", "2025-03-25",
            "2025-05-01", "2025-05-07", "2025-05-09", "2025-06-06", "2025-07-07", "2025-09-01", "2025-10-27", "2025-12-16",
        ];
        Assert.Equal(expected.Select(D), Calendar.HolidaysOf(2025).Select(h => h.Date));
        Assert.False(Calendar.IsWorkingDay(D("2025-01-03")));
        Assert.True(Calendar.IsWorkingDay(D("2025-01-05"))); // a working Sunday
        Assert.Equal(D("2025-01-05"), Calendar.AddWorkingDays(D("2025-01-02"), 1));
    }

    [Theory]
    [InlineData("2026-11-28", false)] // Saturday
    [InlineData("2026-11-29", false)] // Sunday
    [InlineData("2026-11-30", true)] // Monday
    [InlineData("2026-01-07", false)] // Orthodox Christmas (Wednesday)
    [InlineData("2026-03-08", false)] // Sunday and holiday
    [InlineData("2026-03-09", false)] // moved 8 March
    [InlineData("2026-03-26", true)] // after the Nauryz block
    public void IsWorkingDay(string date, bool working) => Assert.Equal(working, Calendar.IsWorkingDay(D(date)));

    [Fact]
    public void KurbanAitOnSunday_DoesNotMove()
    {
        // 2027-05-16 is a Sunday; Labour Code art. 84 p. 5: Kurban Ait is a day off but is not moved.
        Assert.Equal(DayOfWeek.Sunday, D("2027-05-16").DayOfWeek);
        Assert.True(Calendar.IsWorkingDay(D("2027-05-17")));
    }

    [Fact]
    public void ChristmasOnSunday_DoesNotMove_ButNewYearOnSaturdayDoes()
    {
        // 2029: 1 Jan Monday, 2 Jan Tuesday, 7 Jan Sunday. Data file for 2029 supplied by the test.
        var calendar = new KazakhstanCalendar(CalendarData.Embedded().Merge(Data("""
            { "years": [ { "year": 2029, "kurbanAit": "2029-04-24", "transfers": [] } ] }
            """)));
        Assert.True(calendar.IsWorkingDay(D("2029-01-08")));
        // 2027: 2 Jan is a Saturday → Monday 4 Jan is off.
        Assert.False(Calendar.IsWorkingDay(D("2027-01-04")));
        Assert.True(Calendar.IsWorkingDay(D("2027-01-05")));
    }

    [Fact]
    public void NauryzOnSunday_MovesAfterTheBlock()
    {
        // 2027: 21 Mar is a Sunday; 22–23 Mar (Mon/Tue) are holidays themselves, so the day off moves to Wed 24 Mar.
        Assert.False(Calendar.IsWorkingDay(D("2027-03-22")));
        Assert.False(Calendar.IsWorkingDay(D("2027-03-23")));
        Assert.False(Calendar.IsWorkingDay(D("2027-03-24")));
        Assert.True(Calendar.IsWorkingDay(D("2027-03-25")));
    }

    [Fact]
    public void AddWorkingDays_ZeroAndNegative_AndStartOnDayOff()
    {
        Assert.Equal(D("2026-12-16"), Calendar.AddWorkingDays(D("2026-12-16"), 0));
        Assert.Equal(D("2026-12-14"), Calendar.AddWorkingDays(D("2026-12-17"), -2));
        // Start on Saturday: the first counted day is Monday.
        Assert.Equal(D("2026-11-30"), Calendar.AddWorkingDays(D("2026-11-28"), 1));
    }

    [Fact]
    public void YearWithoutData_FailsClearly_UnlessAllowed()
    {
        var ex = Assert.Throws<CalendarDataException>(() => Calendar.IsWorkingDay(D("2031-06-02")));
        Assert.Contains("no calendar data for 2031", ex.Message);

        var lenient = new KazakhstanCalendar(CalendarData.Embedded(), requireYearData: false);
        Assert.True(lenient.IsWorkingDay(D("2031-06-02")));
        Assert.False(lenient.IsWorkingDay(D("2031-12-16")));
    }

    [Fact]
    public void ExtraFile_OverridesYear_AndAddsTransfers()
    {
        var path = Path.Combine(Path.GetTempPath(), $"rto-cal-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """
            { "years": [ { "year": 2027, "kurbanAit": "2027-05-17",
              "transfers": [ { "dayOff": "2027-12-17", "workingDay": "2027-12-18", "basis": "test decree" } ] } ] }
            """);
        try
        {
            var calendar = KazakhstanCalendar.FromOptions(new CalendarOptions { ExtraDataFile = path });
            Assert.False(calendar.IsWorkingDay(D("2027-05-17")));
            Assert.False(calendar.IsWorkingDay(D("2027-12-17")));
            Assert.True(calendar.IsWorkingDay(D("2027-12-18")));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("{", "not valid calendar JSON")]
    [InlineData("{}", "missing \"years\"")]
    [InlineData("""{ "years": [ { "year": 2027 } ] }""", "kurbanAit must be a date in 2027")]
    [InlineData("""{ "years": [ { "year": 2027, "kurbanAit": "2026-05-27" } ] }""", "kurbanAit must be a date in 2027")]
    [InlineData("""{ "years": [ { "year": 2027, "kurbanAit": "2027-05-16", "transfers": [ { "dayOff": "2027-01-08" } ] } ] }""", "needs dayOff and workingDay")]
    [InlineData("""{ "years": [ { "year": 2027, "kurbanAit": "2027-05-16" }, { "year": 2027, "kurbanAit": "2027-05-16" } ] }""", "appears twice")]
    public void MalformedData_IsRejected(string json, string fragment)
    {
        var ex = Assert.Throws<CalendarDataException>(() => Data(json));
        Assert.Contains(fragment, ex.Message);
    }

    [Fact]
    public void MissingFile_IsReported() =>
        Assert.Contains("not found", Assert.Throws<CalendarDataException>(() => CalendarData.FromFile("/nonexistent/cal.json")).Message);

    private static CalendarData Data(string json) => CalendarData.Parse(new MemoryStream(Encoding.UTF8.GetBytes(json)), "test");
}

using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using RentToOwn.Domain.Calendar;
using RentToOwn.Platform.Tests.Infrastructure;

namespace RentToOwn.Platform.Tests.Calendar;

/// <summary>The platform's working-day calendar (A.6, A.13, A.38 deadlines) takes extra years from Domain:Calendar:ExtraDataFile and warns before it runs out.</summary>
public sealed class CalendarConfigurationTests : IDisposable
{
    private readonly PlatformFactory _factory = new();
    private readonly string _dir = Directory.CreateTempSubdirectory("rto-calendar-").FullName;

    private sealed record Health(string Status, DateTimeOffset Time, string[] Warnings);

    // A TEST year: 2028's Kurban Ait as an astronomical estimate (10 Dhu al-Hijja 1449 AH), not an official date.
    private const string Year2028 = """{ "years": [ { "year": 2028, "kurbanAit": "2028-05-05", "source": "test data", "transfers": [] } ] }""";

    [Fact]
    public async Task Healthz_warns_60_days_before_a_year_without_calendar_data()
    {
        _factory.Time.SetUtcNow(new DateTimeOffset(2027, 11, 15, 4, 0, 0, TimeSpan.Zero));
        var body = await _factory.CreateClient().GetFromJsonAsync<Health>("/healthz");
        Assert.Equal("warn", body!.Status);
        Assert.Contains(body.Warnings, w => w.Contains("2028") && w.Contains("Domain:Calendar:ExtraDataFile"));
    }

    [Fact]
    public async Task An_extra_data_file_extends_deadlines_into_the_next_year_and_clears_the_warning()
    {
        var file = Path.Combine(_dir, "kz-2028.json");
        await File.WriteAllTextAsync(file, Year2028);
        _factory.Settings["Domain:Calendar:ExtraDataFile"] = file;
        _factory.Time.SetUtcNow(new DateTimeOffset(2027, 11, 15, 4, 0, 0, TimeSpan.Zero));

        var body = await _factory.CreateClient().GetFromJsonAsync<Health>("/healthz");
        Assert.Equal("ok", body!.Status);
        Assert.Empty(body.Warnings);
        // Kurban Ait (Fri 5 May, from the file), 7 May (Sunday) moved to Monday 8 May, Victory Day 9 May.
        var deadlines = _factory.Services.GetRequiredService<DeadlineCalculator>();
        Assert.Equal(new DateOnly(2028, 5, 10), deadlines.WorkingDaysAfter(new DateOnly(2028, 5, 4), 1));
    }

    [Fact]
    public void Without_data_for_a_year_a_deadline_in_it_is_an_error_not_a_guess()
    {
        var deadlines = _factory.Services.GetRequiredService<DeadlineCalculator>();
        var e = Assert.Throws<CalendarDataException>(() => deadlines.WorkingDaysAfter(new DateOnly(2028, 5, 4), 1));
        Assert.Contains("2028", e.Message);
    }

    [Fact]
    public void A_malformed_extra_data_file_stops_the_start_with_the_file_named()
    {
        var file = Path.Combine(_dir, "broken.json");
        File.WriteAllText(file, """{ "years": [ { "year": 2028, "kurbanAit": "2027-05-05" } ] }""");
        _factory.Settings["Domain:Calendar:ExtraDataFile"] = file;
        var e = Assert.ThrowsAny<Exception>(() => _factory.Services.GetRequiredService<IWorkingDayCalendar>());
        var calendar = e as CalendarDataException ?? e.InnerException as CalendarDataException;
        Assert.NotNull(calendar);
        Assert.Contains("broken.json", calendar.Message);
        Assert.Contains("kurbanAit", calendar.Message);
    }

    public void Dispose()
    {
        _factory.Dispose();
        Directory.Delete(_dir, recursive: true);
    }
}

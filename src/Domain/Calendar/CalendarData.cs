using System.Text.Json;
using System.Text.Json.Serialization;

namespace RentToOwn.Domain.Calendar;

/// <summary>
/// Per-year calendar data (<see cref="CalendarYear"/>), read from JSON: the embedded resource
/// <c>Calendar/Data/kz-calendar.json</c> (2025–2027) plus any extra files, later files overriding whole years.
/// </summary>
public sealed class CalendarData
{
    private const string ResourceName = "RentToOwn.Domain.Calendar.Data.kz-calendar.json";

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private readonly Dictionary<int, CalendarYear> _years;

    private CalendarData(Dictionary<int, CalendarYear> years) => _years = years;

    /// <summary>The years present.</summary>
    public IReadOnlyDictionary<int, CalendarYear> Years => _years;

    /// <summary>The data shipped with the library (2025–2027).</summary>
    public static CalendarData Embedded()
    {
        using var stream = typeof(CalendarData).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new CalendarDataException($"embedded resource {ResourceName} is missing");
        return Parse(stream, "embedded kz-calendar.json");
    }

    /// <summary>Parses calendar data from a JSON stream (format of the embedded file).</summary>
    public static CalendarData Parse(Stream json, string origin)
    {
        FileModel? model;
        try
        {
            model = JsonSerializer.Deserialize<FileModel>(json, Json);
        }
        catch (JsonException ex)
        {
            throw new CalendarDataException($"{origin}: not valid calendar JSON: {ex.Message}", ex);
        }

        if (model?.Years is null)
        {
            throw new CalendarDataException($"{origin}: missing \"years\" array");
        }

        var years = new Dictionary<int, CalendarYear>();
        foreach (var y in model.Years)
        {
            var year = Validate(y, origin);
            if (!years.TryAdd(year.Year, year))
            {
                throw new CalendarDataException($"{origin}: year {year.Year} appears twice");
            }
        }

        return new CalendarData(years);
    }

    /// <summary>Reads an extra calendar file (same format as the embedded one).</summary>
    public static CalendarData FromFile(string path)
    {
        if (!File.Exists(path))
        {
            throw new CalendarDataException($"calendar data file not found: {path}");
        }

        using var stream = File.OpenRead(path);
        return Parse(stream, path);
    }

    /// <summary>This data with <paramref name="other"/>'s years added, replacing years present in both.</summary>
    public CalendarData Merge(CalendarData other)
    {
        var years = new Dictionary<int, CalendarYear>(_years);
        foreach (var (year, data) in other._years)
        {
            years[year] = data;
        }

        return new CalendarData(years);
    }

    private static CalendarYear Validate(YearModel y, string origin)
    {
        if (y.Year is < 1992 or > 2200)
        {
            throw new CalendarDataException($"{origin}: year {y.Year} is out of range");
        }

        if (y.KurbanAit is not { } kurban || kurban.Year != y.Year)
        {
            throw new CalendarDataException($"{origin}: year {y.Year}: kurbanAit must be a date in {y.Year}");
        }

        var transfers = new List<DayTransfer>();
        foreach (var t in y.Transfers ?? [])
        {
            if (t.DayOff is not { } off || t.WorkingDay is not { } work)
            {
                throw new CalendarDataException($"{origin}: year {y.Year}: a transfer needs dayOff and workingDay");
            }

            if (off.Year != y.Year || work.Year != y.Year)
            {
                throw new CalendarDataException($"{origin}: year {y.Year}: transfer {off:yyyy-MM-dd}/{work:yyyy-MM-dd} is outside the year");
            }

            transfers.Add(new DayTransfer(off, work, t.Basis ?? string.Empty));
        }

        return new CalendarYear(y.Year, kurban, transfers, y.Source ?? string.Empty);
    }

    private sealed record FileModel([property: JsonPropertyName("years")] List<YearModel>? Years);

    private sealed record YearModel(int Year, DateOnly? KurbanAit, string? Source, List<TransferModel>? Transfers);

    private sealed record TransferModel(DateOnly? DayOff, DateOnly? WorkingDay, string? Basis);
}

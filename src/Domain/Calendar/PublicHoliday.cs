namespace RentToOwn.Domain.Calendar;

/// <summary>A fixed-date public holiday.</summary>
/// <param name="Month">Month 1–12.</param>
/// <param name="Day">Day of month.</param>
/// <param name="Name">Name (Russian, as in the Law on holidays).</param>
/// <param name="MovesOffWeekend">
/// True for state and national holidays: on a Saturday or Sunday the day off moves to the next working day
/// (Law "On holidays in the Republic of Kazakhstan" art. 5). False for religious days off (7 January; Labour Code art. 84 p. 5), which never move.
/// </param>
public sealed record PublicHoliday(int Month, int Day, string Name, bool MovesOffWeekend)
{
    /// <summary>
    /// The fixed-date holidays of the Republic of Kazakhstan (Law No. 267-II of 13.12.2001 "On holidays in the
    /// Republic of Kazakhstan", as amended in 2022 to restore Republic Day, 25 October).
    /// </summary>
    public static IReadOnlyList<PublicHoliday> Kazakhstan { get; } =
    [
        new(1, 1, "Новый год", true),
        new(1, 2, "Новый год", true),
        new(1, 7, "Рождество Христово", false),
        new(3, 8, "Международный женский день", true),
        new(3, 21, "Наурыз мейрамы", true),
        new(3, 22, "Наурыз мейрамы", true),
        new(3, 23, "Наурыз мейрамы", true),
        new(5, 1, "Праздник единства народа Казахстана", true),
        new(5, 7, "День защитника Отечества", true),
        new(5, 9, "День Победы", true),
        new(7, 6, "День столицы", true),
        new(8, 30, "День Конституции", true),
        new(10, 25, "День Республики", true),
        new(12, 16, "День Независимости", true),
    ];
}

using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace RentToOwn.Platform.Persistence.Conversions;

/// <summary>
/// Stores an instant as its UTC ticks (INTEGER) on SQLite, which cannot compare or order
/// <see cref="DateTimeOffset"/> text in queries. The offset is not kept: instants come back in UTC.
/// </summary>
public sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    v => v.UtcTicks,
    v => new DateTimeOffset(v, TimeSpan.Zero));

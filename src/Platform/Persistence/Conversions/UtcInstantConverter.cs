using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace RentToOwn.Platform.Persistence.Conversions;

/// <summary>Normalises an instant to offset zero, as PostgreSQL's <c>timestamptz</c> requires (Npgsql).</summary>
public sealed class UtcInstantConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(
    v => v.ToUniversalTime(),
    v => v.ToUniversalTime());

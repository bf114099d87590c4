using Microsoft.EntityFrameworkCore;
using RentToOwn.Platform.Persistence.Conversions;

namespace RentToOwn.Platform.Persistence;

/// <summary>The platform database on SQLite (the embedded default); owns Migrations/Sqlite.</summary>
public sealed class SqlitePlatformDbContext(DbContextOptions<SqlitePlatformDbContext> options) : PlatformDbContext(options)
{
    /// <inheritdoc />
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
}

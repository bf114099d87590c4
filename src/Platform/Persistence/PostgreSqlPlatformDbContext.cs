using Microsoft.EntityFrameworkCore;
using RentToOwn.Platform.Persistence.Conversions;

namespace RentToOwn.Platform.Persistence;

/// <summary>The platform database on PostgreSQL (production-like set-up); owns Migrations/PostgreSql.</summary>
public sealed class PostgreSqlPlatformDbContext(DbContextOptions<PostgreSqlPlatformDbContext> options) : PlatformDbContext(options)
{
    /// <inheritdoc />
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcInstantConverter>();
}

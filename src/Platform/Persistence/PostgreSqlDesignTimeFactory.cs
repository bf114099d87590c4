using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace RentToOwn.Platform.Persistence;

/// <summary>Same as <see cref="SqliteDesignTimeFactory"/>, for the PostgreSQL migration set.</summary>
public sealed class PostgreSqlDesignTimeFactory : IDesignTimeDbContextFactory<PostgreSqlPlatformDbContext>
{
    /// <inheritdoc />
    public PostgreSqlPlatformDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgreSqlPlatformDbContext>().UseNpgsql("Host=localhost;Database=design").Options);
}

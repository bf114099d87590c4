using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace RentToOwn.Platform.Persistence;

/// <summary>
/// Lets <c>dotnet ef migrations add NAME --context SqlitePlatformDbContext</c> build the SQLite
/// model without starting the host. No database is touched.
/// </summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqlitePlatformDbContext>
{
    /// <inheritdoc />
    public SqlitePlatformDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlitePlatformDbContext>().UseSqlite("Data Source=design-time.db").Options);
}

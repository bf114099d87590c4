using Microsoft.EntityFrameworkCore;
using RentToOwn.Platform.Persistence;

namespace RentToOwn.Platform.Tests.Persistence;

public sealed class SqlitePersistenceTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("rto-sqlite-").FullName;

    private PlatformDbContext Open() => new SqlitePlatformDbContext(
        new DbContextOptionsBuilder<SqlitePlatformDbContext>()
            .UseSqlite($"Data Source={Path.Combine(_dir, "platform.db")};Pooling=false").Options);

    [Fact]
    public Task Migrations_apply_on_an_empty_file() => PersistenceRoundTrips.MigrateAndCheckTablesAsync(Open);

    [Fact]
    public Task Lease_is_stored_and_loaded() => PersistenceRoundTrips.LeaseRoundTripAsync(Open);

    [Fact]
    public Task Platform_records_are_stored_and_loaded() => PersistenceRoundTrips.PlatformRecordsRoundTripAsync(Open);

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}

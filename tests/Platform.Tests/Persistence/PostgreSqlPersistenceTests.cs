using Microsoft.EntityFrameworkCore;
using RentToOwn.Platform.Persistence;
using RentToOwn.Platform.Tests.Infrastructure;

namespace RentToOwn.Platform.Tests.Persistence;

[Collection(PostgresCollection.Name)]
public sealed class PostgreSqlPersistenceTests(PostgresServer server)
{
    private static Func<PlatformDbContext> Opener(string connectionString) => () => new PostgreSqlPlatformDbContext(
        new DbContextOptionsBuilder<PostgreSqlPlatformDbContext>().UseNpgsql(connectionString).Options);

    [Fact]
    public async Task Migrations_apply_on_an_empty_database() =>
        await PersistenceRoundTrips.MigrateAndCheckTablesAsync(Opener(await server.CreateDatabaseAsync()));

    [Fact]
    public async Task Lease_is_stored_and_loaded() =>
        await PersistenceRoundTrips.LeaseRoundTripAsync(Opener(await server.CreateDatabaseAsync()));

    [Fact]
    public async Task Platform_records_are_stored_and_loaded() =>
        await PersistenceRoundTrips.PlatformRecordsRoundTripAsync(Opener(await server.CreateDatabaseAsync()));
}

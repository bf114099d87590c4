using Microsoft.EntityFrameworkCore;
using RentToOwn.Platform.Persistence;
using RentToOwn.Platform.Tests.Infrastructure;

namespace RentToOwn.Platform.Tests.Housing;

/// <summary>A.17: concurrent approvals on SQLite (one file, several connections).</summary>
public sealed class HousingSqliteTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("rto-housing-").FullName;

    private PlatformDbContext Open() => new SqlitePlatformDbContext(
        new DbContextOptionsBuilder<SqlitePlatformDbContext>().UseSqlite($"Data Source={Path.Combine(_dir, "platform.db")};Pooling=false;Default Timeout=60").Options);

    [Fact]
    public Task A17_concurrent_approvals_never_share_a_flat() => HousingScenarios.ConcurrentApprovalsNeverShareAFlatAsync(Open);

    [Fact]
    public Task A17_a_double_approval_holds_one_flat() => HousingScenarios.ConcurrentOffersToOneApplicationHoldOneFlatAsync(Open);

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}

/// <summary>A.17: concurrent approvals on a real PostgreSQL server; each connection stands for another platform instance.</summary>
[Collection(PostgresCollection.Name)]
public sealed class HousingPostgreSqlTests(PostgresServer server)
{
    private static Func<PlatformDbContext> Opener(string connectionString) => () => new PostgreSqlPlatformDbContext(
        new DbContextOptionsBuilder<PostgreSqlPlatformDbContext>().UseNpgsql(connectionString).Options);

    [Fact]
    public async Task A17_concurrent_approvals_never_share_a_flat() =>
        await HousingScenarios.ConcurrentApprovalsNeverShareAFlatAsync(Opener(await server.CreateDatabaseAsync()));

    [Fact]
    public async Task A17_a_double_approval_holds_one_flat() =>
        await HousingScenarios.ConcurrentOffersToOneApplicationHoldOneFlatAsync(Opener(await server.CreateDatabaseAsync()));
}

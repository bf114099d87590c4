using Microsoft.EntityFrameworkCore;
using RentToOwn.Platform.Persistence;
using RentToOwn.Platform.Tests.Infrastructure;

namespace RentToOwn.Platform.Tests.Contracts;

/// <summary>A.12, A.16, A.18: signing claims on a real PostgreSQL server; each connection stands for another platform instance.</summary>
[Collection(PostgresCollection.Name)]
public sealed class SigningClaimsPostgreSqlTests(PostgresServer server)
{
    private static Func<PlatformDbContext> Opener(string connectionString) => () => new PostgreSqlPlatformDbContext(
        new DbContextOptionsBuilder<PostgreSqlPlatformDbContext>().UseNpgsql(connectionString).Options);

    [Fact]
    public async Task Only_one_of_concurrent_claims_runs_its_work() =>
        await SigningClaimScenarios.OnlyOneConcurrentClaimRunsAsync(Opener(await server.CreateDatabaseAsync()));

    [Fact]
    public async Task Unsaved_or_failed_work_releases_the_claim() =>
        await SigningClaimScenarios.UnsavedOrFailedWorkReleasesTheClaimAsync(Opener(await server.CreateDatabaseAsync()));

    [Fact]
    public async Task An_abandoned_claim_is_taken_over_after_its_lifetime() =>
        await SigningClaimScenarios.AbandonedClaimIsTakenOverAfterItsLifetimeAsync(Opener(await server.CreateDatabaseAsync()));

    [Fact]
    public async Task The_same_submission_resent_after_a_crash_takes_its_claim_over_at_once() =>
        await SigningClaimScenarios.SameSubmissionTakesItsAbandonedClaimOverAtOnceAsync(Opener(await server.CreateDatabaseAsync()));
}

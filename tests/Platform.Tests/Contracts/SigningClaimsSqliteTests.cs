using Microsoft.EntityFrameworkCore;
using RentToOwn.Platform.Persistence;

namespace RentToOwn.Platform.Tests.Contracts;

/// <summary>A.12, A.16, A.18: signing claims on SQLite (one file, several connections).</summary>
public sealed class SigningClaimsSqliteTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("rto-claims-").FullName;

    private PlatformDbContext Open() => new SqlitePlatformDbContext(
        new DbContextOptionsBuilder<SqlitePlatformDbContext>().UseSqlite($"Data Source={Path.Combine(_dir, "platform.db")};Pooling=false").Options);

    [Fact]
    public Task Only_one_of_concurrent_claims_runs_its_work() => SigningClaimScenarios.OnlyOneConcurrentClaimRunsAsync(Open);

    [Fact]
    public Task Unsaved_or_failed_work_releases_the_claim() => SigningClaimScenarios.UnsavedOrFailedWorkReleasesTheClaimAsync(Open);

    [Fact]
    public Task An_abandoned_claim_is_taken_over_after_its_lifetime() => SigningClaimScenarios.AbandonedClaimIsTakenOverAfterItsLifetimeAsync(Open);

    [Fact]
    public Task The_same_submission_resent_after_a_crash_takes_its_claim_over_at_once() => SigningClaimScenarios.SameSubmissionTakesItsAbandonedClaimOverAtOnceAsync(Open);

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}

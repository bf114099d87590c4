using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using RentToOwn.Platform.Auditing;
using RentToOwn.Platform.Identity;
using RentToOwn.Platform.Persistence;

namespace RentToOwn.Platform.Tests.Auditing;

/// <summary>
/// A.9, A.39: where <see cref="PersonalDataAudit"/> writes a line, on a real SQLite file. A pure read goes through the
/// group commit (its own transaction, committed before the read answers); a request that has changes pending or a
/// transaction open keeps writing the line in its own context as before (saved with its changes, rolled back with its transaction).
/// </summary>
public sealed class PersonalDataAuditTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 8, 0, 0, TimeSpan.Zero);
    private readonly string _dir = Directory.CreateTempSubdirectory("rto-audit-").FullName;
    private readonly FakeTimeProvider _time = new(Now);
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        var connection = $"Data Source={Path.Combine(_dir, "platform.db")};Pooling=false;Default Timeout=60";
        _services = new ServiceCollection()
            .AddDbContext<PlatformDbContext, SqlitePlatformDbContext>(o => o.UseSqlite(connection))
            .AddSingleton<IAuditStore, DbAuditStore>()
            .BuildServiceProvider();
        await using var scope = _services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<PlatformDbContext>().Database.MigrateAsync();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    [Fact]
    public async Task A39_a_pure_read_is_audited_through_the_group_commit_and_committed_before_it_returns()
    {
        await using var commit = Commit(groupCommit: true);
        await using (var scope = _services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
            await new PersonalDataAudit(db, _time, commit).RecordAsync("800101300111", ["800101300111", "850505400222"], "read:dashboard", "application", allowed: true, CancellationToken.None);
        }

        Assert.Equal((1, 2), (commit.Batches, commit.Entries));
        var lines = await ReadLinesAsync();
        Assert.Equal(["800101300111", "850505400222"], lines.Select(l => l.SubjectIin));
        Assert.All(lines, l => Assert.Equal((Now, "800101300111", "read:dashboard", "application", true), (l.At, l.Actor, l.Action, l.Resource, l.Allowed)));
    }

    [Fact]
    public async Task A39_a_request_with_pending_changes_saves_its_line_with_them_as_before()
    {
        await using var commit = Commit(groupCommit: true);
        await using (var scope = _services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
            db.Users.Add(new UserAccount { Id = Guid.NewGuid(), Iin = "061211600012", FullName = "Әлия Қасымқызы", CreatedAt = Now });
            await new PersonalDataAudit(db, _time, commit).RecordAsync("system", ["061211600012"], "read:application", "application/1", allowed: false, CancellationToken.None);
        }

        Assert.Equal(0, commit.Entries);
        Assert.False(Assert.Single(await ReadLinesAsync()).Allowed);
        await using var check = _services.CreateAsyncScope();
        Assert.True(await check.ServiceProvider.GetRequiredService<PlatformDbContext>().Users.AnyAsync(u => u.Iin == "061211600012"));
    }

    [Fact]
    public async Task A39_a_line_written_inside_the_callers_transaction_is_rolled_back_with_it()
    {
        await using var commit = Commit(groupCommit: true);
        await using (var scope = _services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
            await using var tx = await db.Database.BeginTransactionAsync();
            await new PersonalDataAudit(db, _time, commit).RecordAsync("800101300111", ["800101300111"], "withdraw:consent", "consent/1", allowed: true, CancellationToken.None);
            await tx.RollbackAsync();
        }

        Assert.Equal(0, commit.Entries);
        Assert.Empty(await ReadLinesAsync());
    }

    [Fact]
    public async Task A39_with_the_group_commit_off_each_read_saves_its_own_line()
    {
        await using var commit = Commit(groupCommit: false);
        await using (var scope = _services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
            await new PersonalDataAudit(db, _time, commit).RecordAsync("800101300111", ["800101300111"], "read:dashboard", "application", allowed: true, CancellationToken.None);
        }

        Assert.Equal(0, commit.Batches);
        Assert.Single(await ReadLinesAsync());
    }

    [Fact]
    public async Task A39_after_the_writer_stopped_a_read_still_saves_its_line()
    {
        var commit = Commit(groupCommit: true);
        await commit.StopAsync();
        await using (var scope = _services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
            await new PersonalDataAudit(db, _time, commit).RecordAsync("800101300111", ["800101300111"], "read:dashboard", "application", allowed: true, CancellationToken.None);
        }

        Assert.Equal("read:dashboard", Assert.Single(await ReadLinesAsync()).Action);
    }

    private AuditGroupCommit Commit(bool groupCommit) =>
        new(_services.GetRequiredService<IAuditStore>(), Options.Create(new AuditOptions { GroupCommit = groupCommit }));

    private async Task<List<AuditEntry>> ReadLinesAsync()
    {
        await using var scope = _services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PlatformDbContext>().AuditLog.AsNoTracking().OrderBy(a => a.Id).ToListAsync();
    }
}

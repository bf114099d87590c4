using Microsoft.EntityFrameworkCore;
using RentToOwn.Platform.Leases;
using RentToOwn.Platform.Persistence;
using RentToOwn.Platform.Persistence.Conversions;

namespace RentToOwn.Platform.Tests.Persistence;

/// <summary>
/// Issue 17: documents kept as byte arrays are change-tracked by content through <see cref="ByteArrayComparer"/> (spans,
/// not byte by byte): an unchanged document is not written, a new array or a byte changed in place is.
/// </summary>
public sealed class DocumentChangeTrackingTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("rto-documents-").FullName;

    private PlatformDbContext Open() => new SqlitePlatformDbContext(
        new DbContextOptionsBuilder<SqlitePlatformDbContext>()
            .UseSqlite($"Data Source={Path.Combine(_dir, "platform.db")};Pooling=false").Options);

    [Fact]
    public void Every_byte_array_property_uses_the_span_comparer()
    {
        using var db = Open();
        var properties = db.Model.GetEntityTypes().SelectMany(e => e.GetProperties()).Where(p => p.ClrType == typeof(byte[])).ToList();
        Assert.NotEmpty(properties);
        Assert.All(properties, p => Assert.Same(ByteArrayComparer.Instance, p.GetValueComparer()));
    }

    [Fact]
    public async Task A_document_is_written_only_when_its_content_changes()
    {
        var id = Guid.NewGuid();
        await using (var db = Open())
        {
            await db.Database.MigrateAsync();
            var record = LeaseSamples.Lease().ToRecord(id, new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero));
            record.ContractPdf = [1, 2, 3, 4];
            db.Leases.Add(record);
            await db.SaveChangesAsync();
        }

        await using (var db = Open())
        {
            var lease = await db.Leases.SingleAsync(l => l.Id == id);
            lease.ContractPdf = [1, 2, 3, 4]; // another array, same bytes: unchanged
            Assert.False(db.Entry(lease).Property(l => l.ContractPdf).IsModified);
            Assert.Equal(0, await db.SaveChangesAsync());

            lease.ContractPdf[3] = 5; // changed in place: seen against the snapshot
            db.ChangeTracker.DetectChanges();
            Assert.True(db.Entry(lease).Property(l => l.ContractPdf).IsModified);
            await db.SaveChangesAsync();
        }

        await using (var db = Open())
        {
            Assert.Equal(new byte[] { 1, 2, 3, 5 }, (await db.Leases.AsNoTracking().SingleAsync(l => l.Id == id)).ContractPdf);
        }
    }

    [Fact]
    public void Equal_contents_compare_equal_and_hash_alike()
    {
        var c = ByteArrayComparer.Instance;
        Assert.True(c.Equals(new byte[] { 7, 8 }, new byte[] { 7, 8 }));
        Assert.False(c.Equals(new byte[] { 7, 8 }, new byte[] { 7, 9 }));
        Assert.False(c.Equals(new byte[] { 7, 8 }, null));
        Assert.True(c.Equals(null, null));
        Assert.Equal(c.GetHashCode(new byte[] { 7, 8 }), c.GetHashCode(new byte[] { 7, 8 }));
        var original = new byte[] { 1, 2 };
        var snapshot = c.Snapshot(original);
        Assert.NotSame(original, snapshot);
        Assert.Equal(original, snapshot);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}

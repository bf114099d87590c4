using Microsoft.EntityFrameworkCore;
using RentToOwn.Domain.Leases;
using RentToOwn.Platform.Leases;
using RentToOwn.Platform.Auditing;
using RentToOwn.Platform.Consents;
using RentToOwn.Platform.Identity;
using RentToOwn.Platform.Notifications;
using RentToOwn.Platform.Persistence;
using RentToOwn.Platform.Recipients;

namespace RentToOwn.Platform.Tests.Persistence;

/// <summary>The same round trips, run against each provider by the provider-specific test classes.</summary>
internal static class PersistenceRoundTrips
{
    public static async Task MigrateAndCheckTablesAsync(Func<PlatformDbContext> open)
    {
        await using var db = open();
        await db.Database.MigrateAsync();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.NotEmpty(await db.Database.GetAppliedMigrationsAsync());
        // Migrating again is a no-op.
        await db.Database.MigrateAsync();
        Assert.Equal(0, await db.Leases.CountAsync());
    }

    public static async Task LeaseRoundTripAsync(Func<PlatformDbContext> open)
    {
        var lease = LeaseSamples.Lease();
        var createdAt = new DateTimeOffset(2026, 11, 25, 19, 30, 15, 123, TimeSpan.FromHours(5));
        var id = Guid.NewGuid();
        await using (var db = open())
        {
            await db.Database.MigrateAsync();
            db.Leases.Add(lease.ToRecord(id, createdAt));
            await db.SaveChangesAsync();
        }

        await using (var db = open())
        {
            var record = await db.Leases.SingleAsync(l => l.TenantIin == lease.Parties.Tenant.Iin.Value);
            Assert.Equal(id, record.Id);
            Assert.Equal(createdAt, record.CreatedAt); // same instant
            Assert.Equal(TimeSpan.Zero, record.CreatedAt.Offset); // stored in UTC
            var loaded = record.ToDomain();
            // Every input of the domain lease survives the round trip...
            // (decimal equality is by value: 38.10 m² and 38.1 m² are the same area, whatever scale the column keeps)
            Assert.Equal(lease.Number, loaded.Number);
            Assert.Equal(lease.City, loaded.City);
            Assert.Equal(lease.Parties.Tenant, loaded.Parties.Tenant);
            Assert.Equal(lease.Parties.Spouse, loaded.Parties.Spouse);
            Assert.Equal(lease.Parties.Lessor, loaded.Parties.Lessor);
            Assert.Equal(lease.Parties.Guarantors, loaded.Parties.Guarantors);
            Assert.Equal(lease.Flat, loaded.Flat);
            Assert.Equal(lease.Terms, loaded.Terms);
            Assert.Equal(["Бекзат Омаров", "«Жұмыс беруші» ЖШС"], loaded.Parties.Guarantors.Select(g => g.Name));
            Assert.Null(loaded.Parties.Guarantors[1].Iin);
            // ...so the schedule recomputed from the stored lease is the same schedule (A.17).
            var before = AnnuitySchedule.Build(lease.Terms);
            var after = AnnuitySchedule.Build(loaded.Terms);
            Assert.Equal(before.MonthlyPayment, after.MonthlyPayment);
            Assert.Equal(before.Rows, after.Rows);
            Assert.Equal(lease.Terms.Price - lease.Terms.DownPayment, after.Totals.Purchase);
        }

        // A second lease with the same contract number is refused by the unique index.
        await using (var db = open())
        {
            db.Leases.Add(LeaseSamples.Lease().ToRecord(Guid.NewGuid(), createdAt));
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        }
    }

    public static async Task PlatformRecordsRoundTripAsync(Func<PlatformDbContext> open)
    {
        var now = new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);
        var account = new UserAccount
        {
            Id = Guid.NewGuid(), Iin = "061211600012", FullName = "Әлия Қасымқызы", Phone = "+77011234567",
            Roles = PlatformRoles.Tenant | PlatformRoles.Guarantor, CreatedAt = now,
        };
        var list = new RecipientList
        {
            Id = Guid.NewGuid(), Source = "Астана қаласының әкімдігі", ReceivedOn = new DateOnly(2026, 11, 24),
            UploadDeadline = new DateOnly(2026, 11, 26), ImportedAt = now, ImportedByIin = "800101300111",
            FileName = "list.csv", FileSha256 = new string('b', 64),
            Entries =
            [
                new RecipientListEntry
                {
                    Id = Guid.NewGuid(), LineNumber = 2, Iin = account.Iin, FullName = account.FullName,
                    Phone = "+77011234567", Category = "vulnerable", AccountId = account.Id,
                    ApplicationDeadline = new DateOnly(2026, 12, 10),
                },
            ],
        };
        await using (var db = open())
        {
            await db.Database.MigrateAsync();
            db.Users.Add(account);
            db.RecipientLists.Add(list);
            db.SmsOutbox.Add(new SmsMessage { Id = Guid.NewGuid(), Phone = "+77011234567", Text = "Сәлем", CreatedAt = now, Provider = "sandbox", AccountId = account.Id });
            db.Consents.Add(new PersonalDataConsent { Id = Guid.NewGuid(), SubjectIin = account.Iin, Purpose = "application", FormVersion = "2025-04", GrantedAt = now, ValidUntil = now.AddDays(30), SignatureCms = [1, 2, 3] });
            db.Consents.Add(new PersonalDataConsent { Id = Guid.NewGuid(), SubjectIin = account.Iin, Purpose = "application", FormVersion = "2025-04", GrantedAt = now.AddDays(-60), ValidUntil = now.AddDays(-30) });
            db.AuditLog.Add(new AuditEntry { At = now, Actor = "800101300111", SubjectIin = account.Iin, Action = "read:application", Resource = "application/1", Allowed = true });
            db.AuditLog.Add(new AuditEntry { At = now.AddSeconds(1), Actor = "800101300111", SubjectIin = account.Iin, Action = "read:application", Resource = "application/1", Allowed = false });
            await db.SaveChangesAsync();
        }

        await using (var db = open())
        {
            var u = await db.Users.SingleAsync(x => x.Iin == "061211600012");
            Assert.Equal(PlatformRoles.Tenant | PlatformRoles.Guarantor, u.Roles);
            Assert.Equal("Әлия Қасымқызы", u.FullName);
            var l = await db.RecipientLists.Include(x => x.Entries).SingleAsync();
            Assert.Equal(new DateOnly(2026, 11, 26), l.UploadDeadline);
            Assert.Equal(new DateOnly(2026, 12, 10), Assert.Single(l.Entries).ApplicationDeadline);
            // Instants are comparable inside queries on both providers.
            var live = await db.Consents.Where(c => c.SubjectIin == u.Iin && c.RevokedAt == null && c.GrantedAt <= now && c.ValidUntil > now).ToListAsync();
            Assert.Equal([1, 2, 3], Assert.Single(live).SignatureCms);
            var audit = await db.AuditLog.OrderByDescending(a => a.At).ToListAsync();
            Assert.Equal([false, true], audit.Select(a => a.Allowed));
            Assert.True(audit[0].Id > audit[1].Id);
            Assert.Equal("Сәлем", (await db.SmsOutbox.SingleAsync(s => s.AccountId == u.Id)).Text);
        }

        // The directory refuses a second account with the same IIN.
        await using (var db = open())
        {
            db.Users.Add(new UserAccount { Id = Guid.NewGuid(), Iin = "061211600012", FullName = "x", CreatedAt = now });
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        }
    }
}

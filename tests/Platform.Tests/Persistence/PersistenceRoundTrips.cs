using Microsoft.EntityFrameworkCore;
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
        await using (var db = open())
        {
            await db.Database.MigrateAsync();
            db.Leases.Add(lease);
            await db.SaveChangesAsync();
        }

        await using (var db = open())
        {
            var loaded = await db.Leases.SingleAsync(l => l.TenantIin == "061211600012");
            Assert.Equal(lease.Id, loaded.Id);
            Assert.Equal(lease.ContractNumber, loaded.ContractNumber);
            Assert.Equal(lease.Flat.CadastralNumber, loaded.Flat.CadastralNumber);
            Assert.Equal(lease.Flat.Address, loaded.Flat.Address);
            Assert.Equal(64.35m, loaded.Flat.TotalArea);
            Assert.Equal(38.10m, loaded.Flat.LivingArea);
            Assert.Equal(2, loaded.Flat.Rooms);
            Assert.Equal(25_000_000_00, loaded.PriceTiyn);
            Assert.Equal(1_500_000_55, loaded.DownPaymentTiyn);
            Assert.Equal(0.031m, loaded.AnnualRate);
            Assert.Equal(240, loaded.TermMonths);
            Assert.Equal(new DateOnly(2026, 12, 1), loaded.StartDate);
            Assert.Equal("900101400123", loaded.SpouseIin);
            Assert.Equal("020340003406", loaded.LessorBin);
            Assert.Equal(["880315300456", "750512400789"],
                loaded.Guarantors.OrderBy(g => g.Order).Select(g => g.IdentityNumber));
            Assert.Equal(lease.CreatedAt, loaded.CreatedAt); // same instant
            Assert.Equal(TimeSpan.Zero, loaded.CreatedAt.Offset); // stored in UTC
        }

        // A second lease with the same contract number is refused by the unique index.
        await using (var db = open())
        {
            var dup = LeaseSamples.Lease();
            db.Leases.Add(dup);
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

using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RentToOwn.Domain.Contracts;
using RentToOwn.Domain.Leases;
using RentToOwn.Eds.Signing;
using RentToOwn.Platform.Contracts;
using RentToOwn.Platform.Leases;
using RentToOwn.Platform.Recipients;
using RentToOwn.Platform.Registration;
using RentToOwn.Platform.Registration.Model;
using RentToOwn.Platform.Tests.Infrastructure;
using RentToOwn.Platform.Tests.VideoSessions;
using RentToOwn.Platform.Term.Payments;

namespace RentToOwn.Platform.Tests.Term;

/// <summary>Test setup for the term on any host (TestServer or Kestrel): a signed lease, and a payment made at the sandbox checkout.</summary>
internal static class TermLeaseSetup
{
    /// <summary>
    /// Stores a 12-month lease of 1 200 000 ₸ for the demo tenant starting <paramref name="start"/>, its contract rendered by the
    /// domain and signed by tenant and KTK head (A.18's rows; the signing itself is #6's and tested there), and the tenant's phone.
    /// With <paramref name="registered"/> the lease encumbrance is stored as REGISTERED (A.25; how it gets there is the
    /// registration feature's, tested there and in <see cref="TermLifecycleTests"/>).
    /// </summary>
    /// <remarks><paramref name="married"/>: the demo spouse is a party and signs after the tenant, as the cadastre's АХАЖ records the demo
    /// tenant — needed when the lease goes through the A.21/A.30 session, whose participants are the application's parties.</remarks>
    public static async Task<LeaseRecord> CreateAsync(PlatformFactory app, DateOnly start, int months = 12, bool signed = true, string cadastralNumber = "21:320:045:789:1/12",
        bool registered = true, bool married = false)
    {
        await VideoSessionSetup.WaitForDemoUsersAsync(app);
        var clock = app.UseSystemClock ? TimeProvider.System : app.Time;
        var tenant = DemoKeys.Party(app.PkiDirectory, "tenant");
        var lease = new Lease("RTO-TERM-" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant(),
            // A.24: as the simulator's seed range registers the flat (address, 55.0 m², 2 rooms).
            new Flat(cadastralNumber, RentToOwn.Platform.Tests.Registration.SignedLeases.RangeAddress(cadastralNumber), 55.0m, 32.0m, 2),
            new LeaseTerms(new Domain.Money(120_000_000), 3.1m, months, start, Domain.Money.Zero),
            new LeaseParties(new Person(tenant.Name, Domain.Identity.Iin.Parse(tenant.Iin)),
                married ? new Person(DemoKeys.Party(app.PkiDirectory, "spouse").Name, Domain.Identity.Iin.Parse(DemoKeys.Party(app.PkiDirectory, "spouse").Iin)) : null, [],
                new Lessor("JSC Kazakhstan Housing Company", Domain.Identity.Bin.Parse("040540000103"))),
            "Astana");
        var record = lease.ToRecord(Guid.NewGuid(), clock.GetUtcNow());
        using var scope = app.Services.CreateScope();
        record.ContractPdf = scope.ServiceProvider.GetRequiredService<ContractPdfRenderer>().Render(lease, AnnuitySchedule.Build(lease.Terms));
        record.ContractSha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(record.ContractPdf));
        var db = scope.ServiceProvider.GetRequiredService<RentToOwn.Platform.Persistence.PlatformDbContext>();
        db.Leases.Add(record);
        if (signed)
        {
            foreach (var (step, role) in married ? new[] { (0, "tenant"), (1, "spouse"), (2, "ktk-head") } : [(0, "tenant"), (1, "ktk-head")])
            {
                db.ContractSignatures.Add(new ContractSignature
                {
                    Id = Guid.NewGuid(), LeaseId = record.Id, Step = step, Role = role, SignerIin = DemoKeys.Party(app.PkiDirectory, role).Iin,
                    Cms = new CadesSigner(clock).Sign(record.ContractPdf, DemoKeys.Load(app.PkiDirectory, role, "sign"), CadesSignOptions.Detached), SignedAt = clock.GetUtcNow(), ReceiptId = Guid.NewGuid(),
                });
            }
        }

        if (!await db.RecipientListEntries.AnyAsync(e => e.Iin == tenant.Iin))
        {
            var account = await db.Users.Where(u => u.Iin == tenant.Iin).Select(u => u.Id).SingleAsync();
            db.RecipientLists.Add(new RecipientList
            {
                Id = Guid.NewGuid(), Source = "Astana akimat", ReceivedOn = start, UploadDeadline = start, ImportedAt = clock.GetUtcNow(), ImportedByIin = DemoKeys.Party(app.PkiDirectory, "ktk-officer").Iin,
                FileName = "list.csv", FileSha256 = new string('0', 64),
                Entries = [new RecipientListEntry { Id = Guid.NewGuid(), LineNumber = 2, Iin = tenant.Iin, FullName = tenant.Name, Phone = "+77011234567", Category = "budget", AccountId = account, ApplicationDeadline = start }],
            });
        }

        await db.SaveChangesAsync();
        if (registered) await RegisterEncumbranceAsync(app, record.Id);
        return record;
    }

    /// <summary>Stores the lease-encumbrance application of <paramref name="leaseId"/> as REGISTERED (A.25), as the registration feature leaves it.</summary>
    public static async Task RegisterEncumbranceAsync(PlatformFactory app, Guid leaseId)
    {
        var clock = app.UseSystemClock ? TimeProvider.System : app.Time;
        await app.WithDbAsync(async db =>
        {
            var lease = await db.Leases.SingleAsync(l => l.Id == leaseId);
            db.Set<RegistrationApplication>().Add(new RegistrationApplication
            {
                Id = Guid.NewGuid(), LeaseId = leaseId, Kind = RegistrationKind.LeaseEncumbrance, Status = RegistrationStatus.Registered, CreatedAt = clock.GetUtcNow(),
                BasisKind = BasisDocumentKind.LeaseContract, BasisTitle = "Lease " + lease.Number, BasisContent = lease.ContractPdf ?? [], FormDocument = "form"u8.ToArray(),
                EntryNumber = "RS-" + lease.Number, DecidedAt = clock.GetUtcNow(), LegalBasis = "A.25",
            });
            await db.SaveChangesAsync();
            return 0;
        });
    }

    /// <summary>The tenant orders a payment through the API and pays it at the sandbox checkout; waits for the confirmation handler.</summary>
    public static async Task<Guid> PayAsync(PlatformFactory app, HttpClient tenant, string route)
    {
        var r = await tenant.PostAsync(route, null);
        if (!r.IsSuccessStatusCode) throw new InvalidOperationException($"{route}: {r.StatusCode} {await r.Content.ReadAsStringAsync()}");
        var id = JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement.GetProperty("paymentId").GetGuid();
        var pay = await tenant.PostAsync($"/api/payments/{id}/sandbox/pay", null);
        if (!pay.IsSuccessStatusCode) throw new InvalidOperationException($"sandbox pay: {pay.StatusCode} {await pay.Content.ReadAsStringAsync()}");
        await WaitForPaymentAsync(app, id);
        return id;
    }

    /// <summary>Waits until the term's confirmation handler recorded <paramref name="id"/>.</summary>
    public static async Task WaitForPaymentAsync(PlatformFactory app, Guid id)
    {
        if (await TestWaits.UntilAsync(() => app.WithDbAsync(db => db.Set<TermPayment>().AnyAsync(p => p.Id == id)))) return;

        throw new TimeoutException($"payment {id} was not confirmed to the term handler");
    }
}

using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using RentToOwn.Domain.Contracts;
using RentToOwn.Domain.Leases;
using RentToOwn.Eds.Signing;
using RentToOwn.Platform.Contracts;
using RentToOwn.Platform.Leases;
using RentToOwn.Platform.Payments;
using RentToOwn.Platform.Recipients;
using RentToOwn.Platform.Registration;
using RentToOwn.Platform.Tests.Infrastructure;
using RentToOwn.Platform.Tests.VideoSessions;
using RentToOwn.Platform.Term.Payments;

namespace RentToOwn.Platform.Tests.Term;

/// <summary>
/// The app with the real sandbox acquirer (callbacks routed in memory), a Moq <see cref="IRegistrationApplications"/>
/// recording what the closing files, and helpers that store a lease whose contract every party has signed.
/// </summary>
internal sealed class TermPlatform : PlatformFactory
{
    public Mock<IRegistrationApplications> Registration { get; } = new(MockBehavior.Strict);

    public List<RegistrationStart> Started { get; } = [];

    public List<RegistrationSummary> Summaries { get; } = [];

    private readonly bool _mockRegistration;

    /// <summary>With <paramref name="mockRegistration"/> false the real registration feature (area/registration) files the applications.</summary>
    public TermPlatform(bool mockRegistration = true)
    {
        _mockRegistration = mockRegistration;
        if (!mockRegistration) Settings["Kadastr:RetryInterval"] = "00:00:00.200";
        Registration.Setup(r => r.StartAsync(It.IsAny<RegistrationStart>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((RegistrationStart s, CancellationToken _) =>
            {
                lock (Started)
                {
                    Started.Add(s);
                    var id = Guid.NewGuid();
                    Summaries.Add(new RegistrationSummary(id, s.LeaseId, s.Kind, "AwaitingTenant", null, null));
                    return id;
                }
            });
        Registration.Setup(r => r.ForLeaseAsync(It.IsAny<Guid>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((Guid lease, CancellationToken _) => { lock (Started) return Summaries.Where(x => x.LeaseId == lease).ToList(); });
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        SandboxPaymentsHost.Route(this, builder);
        if (_mockRegistration) builder.ConfigureTestServices(s => s.AddSingleton(Registration.Object));
    }

    public string Iin(string role) => DemoKeys.Party(PkiDirectory, role).Iin;

    public Task<HttpClient> As(string role) => SignedInClientAsync(Iin(role));

    /// <summary>Marks an application REGISTERED in the mocked registration feature.</summary>
    public void Register(Guid id)
    {
        lock (Started)
        {
            var i = Summaries.FindIndex(s => s.Id == id);
            Summaries[i] = Summaries[i] with { Status = "REGISTERED" };
        }
    }

    public string Sign(byte[] data, string role) =>
        Convert.ToBase64String(new CadesSigner(Time).Sign(data, DemoKeys.Load(PkiDirectory, role, "sign"), CadesSignOptions.Detached));

    /// <summary>
    /// Stores a 12-month lease of 1 200 000 ₸ for the demo tenant starting <paramref name="start"/>, its contract rendered by the
    /// domain and signed by tenant and KTK head (A.18's rows; the signing itself is #6's and tested there), and the tenant's phone.
    /// </summary>
    public async Task<LeaseRecord> SignedLeaseAsync(DateOnly start, int months = 12, bool signed = true, string cadastralNumber = "21:320:045:789:1/12")
    {
        await VideoSessionSetup.WaitForDemoUsersAsync(this);
        var tenant = DemoKeys.Party(PkiDirectory, "tenant");
        var lease = new Lease("RTO-TERM-" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant(),
            new Flat(cadastralNumber, "Astana, Ula Dala 7, apt " + cadastralNumber[(cadastralNumber.LastIndexOf(':') + 1)..], 55.0m, 32.0m, 2),
            new LeaseTerms(new Domain.Money(120_000_000), 3.1m, months, start, Domain.Money.Zero),
            new LeaseParties(new Person(tenant.Name, Domain.Identity.Iin.Parse(tenant.Iin)), null, [],
                new Lessor("JSC Kazakhstan Housing Company", Domain.Identity.Bin.Parse("040540000103"))),
            "Astana");
        var record = lease.ToRecord(Guid.NewGuid(), Time.GetUtcNow());
        using var scope = Services.CreateScope();
        record.ContractPdf = scope.ServiceProvider.GetRequiredService<ContractPdfRenderer>().Render(lease, AnnuitySchedule.Build(lease.Terms));
        record.ContractSha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(record.ContractPdf));
        var db = scope.ServiceProvider.GetRequiredService<RentToOwn.Platform.Persistence.PlatformDbContext>();
        db.Leases.Add(record);
        if (signed)
        {
            foreach (var (step, role) in new[] { (0, "tenant"), (1, "ktk-head") })
            {
                db.ContractSignatures.Add(new ContractSignature
                {
                    Id = Guid.NewGuid(), LeaseId = record.Id, Step = step, Role = role, SignerIin = Iin(role),
                    Cms = Convert.FromBase64String(Sign(record.ContractPdf, role)), SignedAt = Time.GetUtcNow(), ReceiptId = Guid.NewGuid(),
                });
            }
        }

        if (!await db.RecipientListEntries.AnyAsync(e => e.Iin == tenant.Iin))
        {
            var account = await db.Users.Where(u => u.Iin == tenant.Iin).Select(u => u.Id).SingleAsync();
            db.RecipientLists.Add(new RecipientList
            {
                Id = Guid.NewGuid(), Source = "Astana akimat", ReceivedOn = start, UploadDeadline = start, ImportedAt = Time.GetUtcNow(), ImportedByIin = Iin("ktk-officer"),
                FileName = "list.csv", FileSha256 = new string('0', 64),
                Entries = [new RecipientListEntry { Id = Guid.NewGuid(), LineNumber = 2, Iin = tenant.Iin, FullName = tenant.Name, Phone = "+77011234567", Category = "budget", AccountId = account, ApplicationDeadline = start }],
            });
        }

        await db.SaveChangesAsync();
        return record;
    }

    /// <summary>The tenant orders a payment through the API and pays it at the sandbox checkout; waits for the confirmation handler.</summary>
    public async Task<Guid> PayAsync(HttpClient tenant, string route)
    {
        var r = await tenant.PostAsync(route, null);
        if (!r.IsSuccessStatusCode) throw new InvalidOperationException($"{route}: {r.StatusCode} {await r.Content.ReadAsStringAsync()}");
        var started = JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement;
        var id = started.GetProperty("paymentId").GetGuid();
        var pay = await tenant.PostAsync($"/api/payments/{id}/sandbox/pay", null);
        if (!pay.IsSuccessStatusCode) throw new InvalidOperationException($"sandbox pay: {pay.StatusCode} {await pay.Content.ReadAsStringAsync()}");
        for (var i = 0; i < 300; i++)
        {
            if (await WithDbAsync(db => db.Set<TermPayment>().AnyAsync(p => p.Id == id))) return id;
            await Task.Delay(50);
        }

        throw new TimeoutException($"payment {id} was not confirmed to the term handler");
    }

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage r) => JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement;

    public static Task<HttpResponseMessage> PostCms(HttpClient c, string route, string? cms, string? ground = null) =>
        c.PostAsJsonAsync(route, new { cms, ground });
}

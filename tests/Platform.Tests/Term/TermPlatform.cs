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

    /// <summary>Stores a signed lease for the demo tenant (see <see cref="TermLeaseSetup.CreateAsync"/>).</summary>
    public Task<LeaseRecord> SignedLeaseAsync(DateOnly start, int months = 12, bool signed = true, string cadastralNumber = "21:320:045:789:1/12", bool registered = true,
        bool married = false) =>
        TermLeaseSetup.CreateAsync(this, start, months, signed, cadastralNumber, registered, married);

    /// <summary>The tenant orders a payment through the API and pays it at the sandbox checkout; waits for the confirmation handler.</summary>
    public Task<Guid> PayAsync(HttpClient tenant, string route) => TermLeaseSetup.PayAsync(this, tenant, route);

    /// <summary>Seed 000: the court registers a decision against the lease's tenant and flat in the court-records stand-in (in force the next day).</summary>
    public Task PublishCourtDecisionAsync(LeaseRecord lease, string court, string caseNumber, DateOnly date, byte[] document,
        IReadOnlyList<RentToOwn.Platform.Courts.FamilyMember>? family = null, DateOnly? inForceOn = null, string? tenantIin = null, string? cadastralNumber = null) =>
        Services.GetRequiredService<RentToOwn.Platform.Courts.LocalCourtDecisionRegistry>().PublishAsync(new RentToOwn.Platform.Courts.CourtDecision(
            court, caseNumber, date, inForceOn ?? date.AddDays(1), tenantIin ?? lease.TenantIin, cadastralNumber ?? lease.Flat.CadastralNumber,
            Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(document)), family), default);

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage r) => JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement;

    public static Task<HttpResponseMessage> PostCms(HttpClient c, string route, string? cms, string? ground = null) =>
        c.PostAsJsonAsync(route, new { cms, ground });
}

using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using RentToOwn.Eds.Pki;
using RentToOwn.Eds.Signing;
using RentToOwn.Platform.Tests.Infrastructure;

namespace RentToOwn.Platform.Tests.VideoSessions;

/// <summary>Schedules sessions with the demo parties (seeded from the test PKI) and signs with their test keys.</summary>
internal static class VideoSessionSetup
{
    public sealed record Scheduled(Guid Id, string SubjectId, string Kind, DateTimeOffset ScheduledAt, string RoomUrl);

    public static string Iin(PlatformFactory app, string role) => DemoKeys.Party(app.PkiDirectory, role).Iin;

    /// <summary>Waits until the demo directory seeding has run (the host seeds on start).</summary>
    public static async Task WaitForDemoUsersAsync(PlatformFactory app)
    {
        await TestWaits.DemoUsersAsync(app); // starts the host
    }

    /// <summary>
    /// A.21, A.30: a session is held for one registration application. A lease of the demo tenant (and, when
    /// <paramref name="married"/>, the demo spouse) and its lease-encumbrance application, as A.19 leaves them, stored
    /// directly (the registration tests walk A.17–A.20 through the API). <paramref name="label"/> is the contract number.
    /// </summary>
    public static async Task<Guid> ApplicationAsync(PlatformFactory app, string label, bool married = true)
    {
        var leaseId = Guid.NewGuid();
        var id = RentToOwn.Platform.Registration.RegistrationApplications.NewId();
        var tenant = DemoKeys.Party(app.PkiDirectory, "tenant");
        var spouse = DemoKeys.Party(app.PkiDirectory, "spouse");
        await app.WithDbAsync(db =>
        {
            db.Leases.Add(new RentToOwn.Platform.Leases.LeaseRecord
            {
                Id = leaseId, Number = label, City = "Астана",
                Flat = new RentToOwn.Platform.Leases.LeaseFlat { CadastralNumber = "21:320:050:" + (700 + Math.Abs(label.GetHashCode() % 200)), Address = "Астана", TotalArea = 55.0m, LivingArea = 32.1m, Rooms = 2 },
                PriceTiyn = 1_500_000_000, AnnualRatePercent = 3.1m, TermMonths = 240, StartDate = new DateOnly(2026, 12, 1),
                TenantName = tenant.Name, TenantIin = tenant.Iin, SpouseName = married ? spouse.Name : null, SpouseIin = married ? spouse.Iin : null,
                LessorName = "АО «Казахстанская Жилищная Компания»", LessorBin = "040540000103", CreatedAt = app.Time.GetUtcNow(),
            });
            db.Add(new RentToOwn.Platform.Registration.Model.RegistrationApplication
            {
                Id = id, LeaseId = leaseId, Kind = RentToOwn.Platform.Registration.RegistrationKind.LeaseEncumbrance,
                Status = RentToOwn.Platform.Registration.Model.RegistrationStatus.Preparing, CreatedAt = app.Time.GetUtcNow(),
                BasisKind = RentToOwn.Platform.Registration.BasisDocumentKind.LeaseContract, BasisTitle = label, BasisContent = [1],
                FormDocument = System.Text.Encoding.UTF8.GetBytes($"application {id}"), FeeTiyn = 1_150_000,
            });
            return db.SaveChangesAsync();
        });
        return id;
    }

    /// <summary>The account id of the demo party <paramref name="role"/>, or of <paramref name="iin"/>.</summary>
    public static Task<Guid> AccountAsync(PlatformFactory app, string? role = null, string? iin = null)
    {
        var who = iin ?? Iin(app, role!);
        return app.WithDbAsync(db => db.Users.Where(u => u.Iin == who).Select(u => u.Id).SingleAsync());
    }

    /// <summary>The body of <c>POST /api/video-sessions</c>: the application, the time and the registrar's account.</summary>
    public static async Task<object> RequestAsync(PlatformFactory app, Guid applicationId, DateTimeOffset? at = null, string? registrarIin = null) =>
        new { applicationId, scheduledAt = at ?? app.Time.GetUtcNow().AddMinutes(10), registrarAccountId = await AccountAsync(app, "registrar", registrarIin) };

    /// <summary>A.21: an application of the demo tenant (married: with the spouse) and a session scheduled for it by the demo officer.</summary>
    public static async Task<Scheduled> ScheduleAsync(PlatformFactory app, string label, bool married = true, string? registrarIin = null, DateTimeOffset? at = null)
    {
        var application = await ApplicationAsync(app, label, married);
        using var officer = app is KestrelPlatform k ? await KestrelClientAsync(k, Iin(app, "ktk-officer")) : await app.SignedInClientAsync(Iin(app, "ktk-officer"));
        var r = await officer.PostAsJsonAsync("/api/video-sessions", await RequestAsync(app, application, at, registrarIin));
        if (!r.IsSuccessStatusCode) throw new InvalidOperationException($"schedule failed: {r.StatusCode} {await r.Content.ReadAsStringAsync()}");
        return (await r.Content.ReadFromJsonAsync<Scheduled>())!;
    }

    private static async Task<HttpClient> KestrelClientAsync(KestrelPlatform app, string iin)
    {
        var client = app.CreateClient(new() { BaseAddress = new Uri(app.BaseUrl), AllowAutoRedirect = false });
        (await client.GetAsync($"/test-login/{iin}")).EnsureSuccessStatusCode();
        return client;
    }

    /// <summary>Detached CAdES of <paramref name="data"/> with a demo party's key.</summary>
    public static string Sign(PlatformFactory app, string role, byte[] data, string purpose = "sign", string algorithm = "rsa") =>
        Convert.ToBase64String(new CadesSigner(app.Time).Sign(data, DemoKeys.Load(app.PkiDirectory, role, purpose, algorithm), CadesSignOptions.Detached));

    public static string KeyPassword => PkiDirectory.KeyPassword;
}

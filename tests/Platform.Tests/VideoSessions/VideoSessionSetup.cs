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

    public static object Request(PlatformFactory app, string subject, bool married = true, DateTimeOffset? at = null, string? registrarIin = null)
    {
        var participants = new List<object>
        {
            new { role = "KtkRepresentative", iin = Iin(app, "ktk-officer") },
            new { role = "Tenant", iin = Iin(app, "tenant") },
            new { role = "Registrar", iin = registrarIin ?? Iin(app, "registrar") },
        };
        if (married) participants.Add(new { role = "Spouse", iin = Iin(app, "spouse") });
        return new { subjectId = subject, kind = "Registration", scheduledAt = at ?? app.Time.GetUtcNow().AddMinutes(10), tenantMarried = married, participants };
    }

    public static async Task<Scheduled> ScheduleAsync(PlatformFactory app, string subject, bool married = true, string? registrarIin = null, DateTimeOffset? at = null)
    {
        using var officer = app is KestrelPlatform k ? await KestrelClientAsync(k, Iin(app, "ktk-officer")) : await app.SignedInClientAsync(Iin(app, "ktk-officer"));
        var r = await officer.PostAsJsonAsync("/api/video-sessions", Request(app, subject, married, at, registrarIin));
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

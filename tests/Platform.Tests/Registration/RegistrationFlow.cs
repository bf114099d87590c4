using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RentToOwn.Eds.Signing;
using RentToOwn.Platform.Identity;
using RentToOwn.Platform.Registration;
using RentToOwn.Platform.Tests.Infrastructure;
using RentToOwn.Platform.VideoSessions;
using RentToOwn.Platform.VideoSessions.Model;

namespace RentToOwn.Platform.Tests.Registration;

/// <summary>Drives registration through the public API with real EDS signatures from the test PKI (A.19–A.22).</summary>
internal sealed class RegistrationFlow(PlatformFactory app)
{
    public ApplicationFlow Applications { get; } = new(app, app.PkiDirectory);

    private TimeProvider Clock => app.UseSystemClock ? TimeProvider.System : app.Time;

    public string Iin(string role) => DemoKeys.Party(app.PkiDirectory, role).Iin;

    public string Sign(byte[] data, string role, string purpose = "sign") =>
        Convert.ToBase64String(new CadesSigner(Clock).Sign(data, DemoKeys.Load(app.PkiDirectory, role, purpose), CadesSignOptions.Detached));

    public Task<HttpClient> ClientAsync(string role) => app is KestrelPlatform k ? KestrelClientAsync(k, Iin(role)) : app.SignedInClientAsync(Iin(role));

    private static async Task<HttpClient> KestrelClientAsync(KestrelPlatform app, string iin)
    {
        var client = app.CreateClient(new() { BaseAddress = new Uri(app.BaseUrl), AllowAutoRedirect = false });
        (await client.GetAsync($"/test-login/{iin}")).EnsureSuccessStatusCode();
        return client;
    }

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage r)
    {
        var text = await r.Content.ReadAsStringAsync();
        if (!r.IsSuccessStatusCode) throw new InvalidOperationException($"{(int)r.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement;
    }

    /// <summary>A.17–A.18 through the API: approved application of the married demo tenant, then tenant, spouse, guarantor and head sign the contract. Returns the lease id.</summary>
    public async Task<Guid> SignedContractAsync()
    {
        // Married, as the cadastre's АХАЖ records the demo tenant: the spouse is a party (A.17, A.21, A.23).
        await Applications.ApprovedApplicationAsync(married: true);
        var tenant = await Applications.LoginAsync("tenant");
        var id = (await JsonAsync(await tenant.GetAsync("/api/contracts"))).EnumerateArray().Single().GetProperty("id").GetGuid();
        var pdf = await tenant.GetByteArrayAsync($"/api/contracts/{id}/pdf");
        foreach (var role in new[] { "tenant", "spouse", "guarantor", "ktk-head" })
        {
            var client = await Applications.LoginAsync(role);
            await JsonAsync(await client.PostAsJsonAsync($"/api/contracts/{id}/signatures", new { cms = Sign(pdf, role) }));
        }

        return id;
    }

    /// <summary>Consent, signature, verdict and fee of a lease-encumbrance application (A.20–A.22).</summary>
    public async Task CompleteAsync(Guid id, bool freeWill = true)
    {
        await ConsentAndSignAsync(id);
        await RecordVerdictAsync(id.ToString(), freeWill: freeWill);
        await PayAsync(id);
    }

    /// <summary>A.29 (1): KTK's letter signed with the head's EDS, as the term area hands it over; the application is formed.</summary>
    public async Task<Guid> StartTerminationAsync(Guid leaseId)
    {
        var letter = System.Text.Encoding.UTF8.GetBytes($"KTK letter: the lease {leaseId} is paid in full; terminate the encumbrance.\n");
        using var scope = app.Services.CreateScope();
        var officer = await app.WithDbAsync(db => db.Users.Where(u => u.Iin == Iin("ktk-officer")).Select(u => u.Id).SingleAsync());
        return await scope.ServiceProvider.GetRequiredService<IRegistrationApplications>().StartAsync(new RegistrationStart(leaseId, RegistrationKind.EncumbranceTermination,
            new BasisDocument(BasisDocumentKind.KtkLetter, "KTK letter", letter, [new BasisSignature(Convert.FromBase64String(Sign(letter, "ktk-head")), BasisSignerRole.Ktk, "040540000103")]),
            null, officer), CancellationToken.None);
    }

    /// <summary>A.29 (2): the transfer contract signed by the tenant and KTK's head; the ownership application is formed, paired with the termination.</summary>
    public async Task<Guid> StartOwnershipAsync(Guid leaseId, Guid terminationId)
    {
        var contract = System.Text.Encoding.ASCII.GetBytes($"%PDF-1.7\n% transfer contract for lease {leaseId}\n%%EOF\n");
        using var scope = app.Services.CreateScope();
        var officer = await app.WithDbAsync(db => db.Users.Where(u => u.Iin == Iin("ktk-officer")).Select(u => u.Id).SingleAsync());
        return await scope.ServiceProvider.GetRequiredService<IRegistrationApplications>().StartAsync(new RegistrationStart(leaseId, RegistrationKind.Ownership,
            new BasisDocument(BasisDocumentKind.TransferContract, "Transfer contract", contract,
            [
                new BasisSignature(Convert.FromBase64String(Sign(contract, "tenant")), BasisSignerRole.Tenant, Iin("tenant")),
                new BasisSignature(Convert.FromBase64String(Sign(contract, "ktk-head")), BasisSignerRole.Ktk, "040540000103"),
            ]), terminationId, officer), CancellationToken.None);
    }

    /// <summary>A.31: KTK's head signs the termination application (the tenant gave the ДҚБ consent).</summary>
    public async Task ConsentAndHeadSignAsync(Guid id)
    {
        using var tenant = await ClientAsync("tenant");
        var form = await JsonAsync(await tenant.GetAsync($"/api/registrations/{id}/consent-form?language=kk"));
        await JsonAsync(await tenant.PostAsJsonAsync($"/api/registrations/{id}/consent",
            new { language = "kk", cms = Sign(Convert.FromBase64String(form.GetProperty("document").GetString()!), "tenant") }));
        using var head = await ClientAsync("ktk-head");
        var doc = await head.GetByteArrayAsync($"/api/registrations/{id}/form");
        await JsonAsync(await head.PostAsJsonAsync($"/api/registrations/{id}/signature", new { cms = Sign(doc, "ktk-head") }));
    }

    /// <summary>A.19: the officer forms the application.</summary>
    public async Task<Guid> FormAsync(Guid leaseId)
    {
        using var officer = await ClientAsync("ktk-officer");
        var r = await officer.PostAsJsonAsync("/api/registrations", new { leaseId });
        Assert.Equal(HttpStatusCode.Created, r.StatusCode);
        return (await JsonAsync(r)).GetProperty("id").GetGuid();
    }

    /// <summary>A.20, A.22: consent then signature, by the tenant; then KTK's authorised person (the officer) certifies a lease application.</summary>
    public async Task ConsentAndSignAsync(Guid id)
    {
        await ConsentAndTenantSignAsync(id);
        // A.22: only the lease application is certified by KTK beside the tenant (A.31: the ownership by the tenant alone).
        if ((await ViewAsync(id, "ktk-officer")).Kind == "LeaseEncumbrance") await KtkCertifyAsync(id);
    }

    /// <summary>A.20: consent then signature, by the tenant only.</summary>
    public async Task ConsentAndTenantSignAsync(Guid id)
    {
        using var tenant = await ClientAsync("tenant");
        var form = await JsonAsync(await tenant.GetAsync($"/api/registrations/{id}/consent-form?language=ru"));
        await JsonAsync(await tenant.PostAsJsonAsync($"/api/registrations/{id}/consent",
            new { language = "ru", cms = Sign(Convert.FromBase64String(form.GetProperty("document").GetString()!), "tenant") }));
        var doc = await tenant.GetByteArrayAsync($"/api/registrations/{id}/form");
        await JsonAsync(await tenant.PostAsJsonAsync($"/api/registrations/{id}/signature", new { cms = Sign(doc, "tenant") }));
    }

    /// <summary>A.22: KTK's authorised person certifies the lease application with an EDS carrying KTK's BIN.</summary>
    public async Task<HttpResponseMessage> KtkCertifyAsync(Guid id, string role = "ktk-officer", bool ensure = true)
    {
        using var ktk = await ClientAsync(role);
        var doc = await ktk.GetByteArrayAsync($"/api/registrations/{id}/form");
        var r = await ktk.PostAsJsonAsync($"/api/registrations/{id}/ktk-signature", new { cms = Sign(doc, role) });
        if (ensure) await JsonAsync(r);
        return r;
    }

    /// <summary>
    /// A.21: the session is scheduled for the application (its parties take part: the tenant and, when the lease names one,
    /// the spouse), the participants join, the registrar signs the verdict once in the room (the cadastre's findings bytes);
    /// the platform attaches it to the application(s) the session serves. <paramref name="spouseJoins"/> false: the registrar
    /// does not confirm both spouses' taking part (A.23), so the findings omit the spouse. Returns the recorded verdict.
    /// </summary>
    public async Task<JsonElement> RecordVerdictAsync(string subject, string kind = "Registration", bool spouseJoins = true, bool freeWill = true)
    {
        if (!app.UseSystemClock) app.Time.Advance(TimeSpan.FromMinutes(1)); // a later session records a later verdict

        var registrarAccount = await app.WithDbAsync(db => db.Users.Where(u => u.Iin == Iin("registrar")).Select(u => u.Id).SingleAsync());
        using var officer = await ClientAsync("ktk-officer");
        var scheduled = await JsonAsync(await officer.PostAsJsonAsync("/api/video-sessions",
            new { applicationId = Guid.Parse(subject), scheduledAt = Clock.GetUtcNow().AddMinutes(10), registrarAccountId = registrarAccount }));
        Assert.Equal(kind, scheduled.GetProperty("kind").GetString());
        var sessionId = scheduled.GetProperty("id").GetGuid();
        var listed = await app.WithDbAsync(db => db.Set<VideoSessionParticipant>().Where(p => p.SessionId == sessionId).Select(p => p.AccountId).ToListAsync());
        using (var scope = app.Services.CreateScope())
        {
            var sessions = scope.ServiceProvider.GetRequiredService<VideoSessionService>();
            foreach (var account in listed)
            {
                var joined = await sessions.JoinAsync(sessionId, account, "test-" + account, CancellationToken.None);
                Assert.True(joined.Succeeded, joined.Error);
                // A.21: identity proved in the room (IdentityProofTests prove it with the AUTH key; here it is taken as done).
                await app.WithDbAsync(db => db.Set<VideoSessionParticipant>().Where(p => p.SessionId == sessionId && p.AccountId == account)
                    .ExecuteUpdateAsync(u => u.SetProperty(p => p.IdentityConfirmedAt, Clock.GetUtcNow())));
            }
        }

        using var registrar = await ClientAsync("registrar");
        var prepared = await JsonAsync(await registrar.PostAsJsonAsync($"/api/video-sessions/{sessionId}/verdict/prepare",
            new { signaturesAuthentic = true, legalCapacity = true, freeWill, spousesPresent = spouseJoins, remark = "" }));
        var findings = prepared.GetProperty("findings").GetString()!;
        return await JsonAsync(await registrar.PostAsJsonAsync($"/api/video-sessions/{sessionId}/verdict",
            new { findings, cms = Sign(Convert.FromBase64String(findings), "registrar"), remark = prepared.GetProperty("remark").GetString() }));
    }

    /// <summary>A.22: the payer orders and pays the fee at the sandbox checkout (headless).</summary>
    public async Task PayAsync(Guid id, string payer = "tenant")
    {
        using var client = await ClientAsync(payer);
        var fee = await JsonAsync(await client.PostAsync($"/api/registrations/{id}/fee", null));
        var pay = await client.PostAsync($"/api/payments/{fee.GetProperty("paymentId").GetGuid()}/sandbox/pay", null);
        Assert.Equal(HttpStatusCode.Accepted, pay.StatusCode);
    }

    public async Task<RegistrationView> ViewAsync(Guid id, string role = "tenant")
    {
        using var client = await ClientAsync(role);
        return (await client.GetFromJsonAsync<RegistrationView>($"/api/registrations/{id}"))!;
    }

    /// <summary>Waits until the fee payment was confirmed by the provider's callback.</summary>
    public async Task WaitForFeeAsync(Guid id)
    {
        if (await TestWaits.UntilAsync(async () => (await ViewAsync(id, "ktk-officer")).FeePaidAt is not null)) return;
        throw new TimeoutException($"fee of {id} not confirmed");
    }

    /// <summary>Waits until the cadastre's notices (A.28: the eGov cabinet and the platform's cabinet) are on the timeline (they follow the final status).</summary>
    public async Task<RegistrationView> WaitForNoticesAsync(Guid id, int count = 2)
    {
        RegistrationView? v = null;
        if (await TestWaits.UntilAsync(async () => (v = await ViewAsync(id, "ktk-officer")).Events.Count(e => e.Kind == "Notice") >= count)) return v!;
        throw new TimeoutException($"no notice for {id}");
    }

    /// <summary>Waits until the application reaches <paramref name="status"/> (and, if given, <paramref name="reason"/>).</summary>
    public async Task<RegistrationView> WaitForAsync(Guid id, string status, string? reason = null)
    {
        RegistrationView? last = null;
        if (await TestWaits.UntilAsync(async () =>
            {
                last = await ViewAsync(id, "ktk-officer");
                return last.Status == status && (reason is null || last.Reason?.Code == reason);
            }))
        {
            return last!;
        }

        throw new TimeoutException($"application {id} did not reach {status} {reason}; last: {last?.Status} {last?.Reason?.Code} events: "
            + string.Join(", ", last?.Events.Select(e => e.Code + ":" + e.ReasonCode) ?? []));
    }
}

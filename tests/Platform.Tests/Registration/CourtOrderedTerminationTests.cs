using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RentToOwn.Kadastr.Protocol.V1;
using RentToOwn.Kadastr.Simulator.Checks;
using RentToOwn.Platform.Registration;
using RentToOwn.Platform.Registration.Model;
using RentToOwn.Platform.Tests.Infrastructure;
using RentToOwn.Platform.Tests.VideoSessions;

namespace RentToOwn.Platform.Tests.Registration;

/// <summary>
/// Seed 000: a termination ordered by a court is registered without the tenant's cooperation — KTK's head signs the
/// application (A.31), the court decision certified by KTK travels with it, no ДҚБ consent and no A.30 session; a
/// termination without the court decision keeps needing both (art. 27 otherwise).
/// </summary>
public sealed class CourtOrderedTerminationTests : IAsyncLifetime
{
    private const string KtkBin = "040540000103";
    private static readonly byte[] Decision = "%PDF-1.4\n% Astana city court, case 2-91/2026: the rent-to-own lease is terminated for arrears\n%%EOF\n"u8.ToArray();
    private readonly RegistrationPlatform _app = new();
    private readonly RegistrationFlow _flow;

    public CourtOrderedTerminationTests() => _flow = new RegistrationFlow(_app);

    public Task InitializeAsync() => VideoSessionSetup.WaitForDemoUsersAsync(_app);

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    private async Task<Guid> StartAsync(Guid lease, BasisDocument? courtDecision)
    {
        var letter = Encoding.UTF8.GetBytes($"KTK letter: the lease {lease} is terminated by the court decision; terminate the encumbrance.\n");
        using var scope = _app.Services.CreateScope();
        var officer = await _app.WithDbAsync(db => db.Users.Where(u => u.Iin == _flow.Iin("ktk-officer")).Select(u => u.Id).SingleAsync());
        return await scope.ServiceProvider.GetRequiredService<IRegistrationApplications>().StartAsync(new RegistrationStart(lease, RegistrationKind.EncumbranceTermination,
            new BasisDocument(BasisDocumentKind.KtkLetter, "KTK letter", letter, [new BasisSignature(Convert.FromBase64String(_flow.Sign(letter, "ktk-head")), BasisSignerRole.Ktk, KtkBin)]),
            null, officer) { CourtDecision = courtDecision }, CancellationToken.None);
    }

    private BasisDocument CertifiedDecision() =>
        new(BasisDocumentKind.CourtDecision, "Astana city court, 2-91/2026", Decision, [new BasisSignature(Convert.FromBase64String(_flow.Sign(Decision, "ktk-officer")), BasisSignerRole.Ktk, KtkBin)]);

    private async Task HeadSignsAsync(Guid id)
    {
        using var head = await _flow.ClientAsync("ktk-head");
        var doc = await head.GetByteArrayAsync($"/api/registrations/{id}/form");
        var r = await head.PostAsJsonAsync($"/api/registrations/{id}/signature", new { cms = _flow.Sign(doc, "ktk-head") });
        Assert.True(r.IsSuccessStatusCode, $"head signature: {(int)r.StatusCode} {await r.Content.ReadAsStringAsync()}");
    }

    [Fact]
    public async Task Court_ordered_termination_reaches_REGISTERED_with_no_tenant_action()
    {
        var lease = await SignedLeases.CreateAsync(_app, _flow, "21:320:050:41");
        var encumbrance = await _flow.FormAsync(lease);
        await _flow.CompleteAsync(encumbrance);
        await _flow.WaitForAsync(encumbrance, "REGISTERED");

        var termination = await StartAsync(lease, CertifiedDecision());
        var view = await _flow.ViewAsync(termination, "ktk-officer");
        Assert.True(view.CourtOrdered);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Decision)), view.CourtDecisionSha256);
        Assert.Equal(["signature", "fee"], view.Missing); // no consent, no verdict
        Assert.Equal("AwaitingKtk", view.Status);

        // The application form cites the decision by its hash.
        using (var head = await _flow.ClientAsync("ktk-head"))
        {
            var form = Encoding.UTF8.GetString(await head.GetByteArrayAsync($"/api/registrations/{termination}/form"));
            Assert.Contains($"court-decision: Astana city court, 2-91/2026, sha256 {view.CourtDecisionSha256}", form);
        }

        // Nothing is asked of the tenant: a consent is refused with the legal basis, and no video-session verdict is attached.
        using (var tenant = await _flow.ClientAsync("tenant"))
        {
            var consent = await tenant.PostAsJsonAsync($"/api/registrations/{termination}/consent", new { language = "kk", cms = _flow.Sign([1, 2, 3], "tenant") });
            Assert.Equal(HttpStatusCode.Conflict, consent.StatusCode);
            Refusal.Shown(await consent.Content.ReadAsStringAsync(), "registration.refused.court_no_consent");
        }

        // No session can even be scheduled for it (the court decision is the basis, not the tenant's will), and no verdict is attached.
        using (var officer = await _flow.ClientAsync("ktk-officer"))
        {
            var registrar = await _app.WithDbAsync(db => db.Users.Where(u => u.Iin == _flow.Iin("registrar")).Select(u => u.Id).SingleAsync());
            var scheduled = await officer.PostAsJsonAsync("/api/video-sessions", new { applicationId = termination, scheduledAt = _app.Time.GetUtcNow().AddMinutes(10), registrarAccountId = registrar });
            Assert.Equal(HttpStatusCode.Conflict, scheduled.StatusCode);
            Refusal.Shown(await scheduled.Content.ReadAsStringAsync(), "registration.refused.court_no_session");
        }

        var untouched = await _flow.ViewAsync(termination, "ktk-officer");
        Assert.DoesNotContain("verdict", untouched.Missing);
        Assert.DoesNotContain(untouched.Events, e => e.Code == "VerdictAttached");
        Assert.Null(await _app.WithDbAsync(db => db.Set<RegistrationApplication>().Where(a => a.Id == termination).Select(a => a.VerdictCms).SingleAsync()));

        // A.31: KTK's head signs; KTK pays the fee; the embedded cadastre registers it on the court decision.
        await HeadSignsAsync(termination);
        await _flow.PayAsync(termination, "ktk-officer");
        var registered = await _flow.WaitForAsync(termination, "REGISTERED");
        Assert.NotNull(registered.EntryNumber);

        var stored = await _app.WithDbAsync(db => db.Set<RegistrationApplication>().AsNoTracking().SingleAsync(a => a.Id == termination));
        Assert.Null(stored.ConsentId);
        Assert.Null(stored.VerdictCms);
        using var scope = _app.Services.CreateScope();
        var sent = await scope.ServiceProvider.GetRequiredService<RegistrationWorkflow>().MapAsync(
            await scope.ServiceProvider.GetRequiredService<RentToOwn.Platform.Persistence.PlatformDbContext>().Set<RegistrationApplication>().Include(a => a.BasisSignatures).SingleAsync(a => a.Id == termination), default);
        Assert.Null(sent.Verdict);
        var decision = Assert.Single(sent.Documents, d => d.Kind == DocumentKind.CourtDecision);
        Assert.Equal(Decision, decision.Content.ToByteArray());
        Assert.Equal(KtkBin, Assert.Single(decision.Signatures).ExpectedSigner);
    }

    [Fact]
    public async Task Termination_without_a_court_decision_still_needs_consent_and_verdict_and_is_suspended_without_them()
    {
        var lease = await SignedLeases.CreateAsync(_app, _flow, "21:320:050:42");
        var encumbrance = await _flow.FormAsync(lease);
        await _flow.CompleteAsync(encumbrance);
        await _flow.WaitForAsync(encumbrance, "REGISTERED");

        var termination = await StartAsync(lease, null);
        var view = await _flow.ViewAsync(termination, "ktk-officer");
        Assert.False(view.CourtOrdered);
        Assert.Equal(["consent", "signature", "verdict", "fee"], view.Missing);

        // KTK files it early without consent or verdict (but signed and paid, A.31): art. 27, the video session is missing.
        await HeadSignsAsync(termination);
        await _flow.PayAsync(termination, "ktk-officer");
        await _flow.WaitForFeeAsync(termination);
        using (var officer = await _flow.ClientAsync("ktk-officer"))
        {
            var r = await officer.PostAsync($"/api/registrations/{termination}/submit", null);
            Assert.True(r.StatusCode == HttpStatusCode.OK, $"submit now: {(int)r.StatusCode} {await r.Content.ReadAsStringAsync()}");
        }

        var suspended = await _flow.WaitForAsync(termination, "SUSPENDED", Grounds.VideoSessionMissing.Code);
        Assert.Equal("art. 27", suspended.Reason!.LegalBasis);
    }

    [Fact]
    public async Task Inconsistent_court_decisions_are_refused_with_the_reason()
    {
        var lease = await SignedLeases.CreateAsync(_app, _flow, "21:320:050:43");
        var good = CertifiedDecision();
        async Task<string> Refused(Func<Task> start) => (await Assert.ThrowsAsync<ArgumentException>(start)).Message;

        Assert.Contains("kind CourtDecision", await Refused(() => StartAsync(lease, good with { Kind = BasisDocumentKind.KtkLetter })));
        Assert.Contains("empty", await Refused(() => StartAsync(lease, good with { Content = [] })));
        Assert.Contains("certification signature by KTK", await Refused(() => StartAsync(lease, good with { Signatures = [] })));
        Assert.Contains("certification signature by KTK", await Refused(() => StartAsync(lease,
            good with { Signatures = [new BasisSignature(Convert.FromBase64String(_flow.Sign(Decision, "tenant")), BasisSignerRole.Tenant, _flow.Iin("tenant"))] })));

        // Only a termination rests on a court decision.
        using var scope = _app.Services.CreateScope();
        var seam = scope.ServiceProvider.GetRequiredService<IRegistrationApplications>();
        var contract = new BasisDocument(BasisDocumentKind.LeaseContract, "c", [1], [new BasisSignature([1], BasisSignerRole.Tenant, _flow.Iin("tenant")), new BasisSignature([1], BasisSignerRole.Ktk, KtkBin)]);
        Assert.Contains("Only an encumbrance termination", await Refused(() =>
            seam.StartAsync(new RegistrationStart(lease, RegistrationKind.LeaseEncumbrance, contract, null, Guid.NewGuid()) { CourtDecision = good }, default)));
        Assert.Empty(await seam.ForLeaseAsync(lease, default));
    }
}

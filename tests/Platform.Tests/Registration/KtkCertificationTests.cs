using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RentToOwn.Kadastr.Protocol.V1;
using RentToOwn.Kadastr.Simulator.Checks;
using RentToOwn.Platform.Registration.Cadastre;
using RentToOwn.Platform.Tests.Infrastructure;
using RentToOwn.Platform.Tests.VideoSessions;

namespace RentToOwn.Platform.Tests.Registration;

/// <summary>
/// A.22: the lease application is certified by the tenant and KTK's authorised person and filed only with both
/// signatures and the fee; A.21: the cadastre checks the verdict's participants against the application's parties.
/// </summary>
public sealed class KtkCertificationTests : IAsyncLifetime
{
    private readonly RegistrationPlatform _app = new();
    private readonly RegistrationFlow _flow;

    public KtkCertificationTests() => _flow = new RegistrationFlow(_app);

    public Task InitializeAsync() => VideoSessionSetup.WaitForDemoUsersAsync(_app);

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A22_the_lease_application_is_filed_only_with_the_tenants_and_ktks_signatures_and_the_fee()
    {
        var id = await _flow.FormAsync(await SignedLeases.CreateAsync(_app, _flow, "21:320:050:71"));
        // KTK certifies what the tenant signed: not before.
        var early = await _flow.KtkCertifyAsync(id, ensure: false);
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        Refusal.Shown(await early.Content.ReadAsStringAsync(), "registration.refused.tenant_first");

        await _flow.ConsentAndTenantSignAsync(id);
        // The tenant is not KTK's authorised person; a KTK officer's call signed with someone else's key is refused.
        using (var tenant = await _flow.ClientAsync("tenant"))
        {
            var doc = await tenant.GetByteArrayAsync($"/api/registrations/{id}/form");
            Assert.Equal(HttpStatusCode.Forbidden, (await tenant.PostAsJsonAsync($"/api/registrations/{id}/ktk-signature", new { cms = _flow.Sign(doc, "tenant") })).StatusCode);
            using var officer = await _flow.ClientAsync("ktk-officer");
            var wrong = await officer.PostAsJsonAsync($"/api/registrations/{id}/ktk-signature", new { cms = _flow.Sign(doc, "tenant") });
            Assert.Equal(HttpStatusCode.UnprocessableEntity, wrong.StatusCode);
            var wrongBody = await wrong.Content.ReadAsStringAsync();
            Refusal.Shown(wrongBody, "signing.refused.not_accepted");
            Refusal.Mentions(wrongBody, "signing.name.ktk_certification");
            Assert.Equal(HttpStatusCode.BadRequest, (await officer.PostAsJsonAsync($"/api/registrations/{id}/ktk-signature", new { cms = "%%%" })).StatusCode);
        }

        await _flow.RecordVerdictAsync(id.ToString());
        await _flow.PayAsync(id);
        await _flow.WaitForFeeAsync(id);
        // Consent, tenant's signature, verdict and fee — but not KTK's certification: nothing goes to the cadastre.
        var waiting = await _flow.ViewAsync(id, "ktk-officer");
        Assert.Equal("AwaitingKtk", waiting.Status);
        Assert.Equal(["ktk-signature"], waiting.Missing);
        Assert.Null(waiting.CadastreId);
        using (var officer = await _flow.ClientAsync("ktk-officer"))
        {
            var r = await officer.PostAsync($"/api/registrations/{id}/submit", null);
            Assert.Equal(HttpStatusCode.Conflict, r.StatusCode);
            Refusal.Shown(await r.Content.ReadAsStringAsync(), "registration.refused.not_certified");
            // The officer's page offers the signing widget for KTK's certification.
            Assert.Contains($"/api/registrations/{id}/ktk-signature", await officer.GetStringAsync($"/Officer/Registrations?id={id}"));
        }

        await _flow.KtkCertifyAsync(id);
        // Issue 17 §3: the same certification resent (same instant, same bytes) gets the first answer; another one is 409.
        Assert.Equal(HttpStatusCode.OK, (await _flow.KtkCertifyAsync(id, ensure: false)).StatusCode);
        _app.Time.Advance(TimeSpan.FromSeconds(1));
        var again = await _flow.KtkCertifyAsync(id, ensure: false);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Refusal.Shown(await again.Content.ReadAsStringAsync(), "registration.refused.certified");
        var done = await _flow.WaitForAsync(id, "REGISTERED");
        Assert.Equal(1, done.Attempt);
        // Registered meanwhile: a further certification is still told "certified", not only "closed".
        var late = await _flow.KtkCertifyAsync(id, ensure: false);
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Refusal.Shown(await late.Content.ReadAsStringAsync(), "registration.refused.certified");
        var leaf = Assert.Single(done.Events, e => e.Code == "FormCertifiedByKtk").LedgerIndex;
        Assert.NotNull(leaf);
        var sent = _app.Services.GetRequiredService<CadastreConnection>().Gateway.Find(done.CadastreId!)!.Application;
        var form = sent.Documents.Single(d => d.Kind == DocumentKind.ApplicationForm);
        Assert.Equal([(PartyRole.Recipient, _flow.Iin("tenant")), (PartyRole.Ktk, "040540000103")], form.Signatures.Select(s => (s.SignerRole, s.ExpectedSigner)));
        Assert.NotNull(await _app.WithDbAsync(db => db.LedgerReceipts.AsNoTracking()
            .SingleOrDefaultAsync(r => r.SubjectId == Platform.Ledger.LedgerSubjects.For("registration", id) && r.LeafIndex == leaf)));
    }

    [Fact]
    public async Task A31_only_the_lease_application_is_certified_by_ktk_beside_the_tenant()
    {
        var lease = await SignedLeases.CreateAsync(_app, _flow, "21:320:050:72");
        var encumbrance = await _flow.FormAsync(lease);
        await _flow.CompleteAsync(encumbrance);
        await _flow.WaitForAsync(encumbrance, "REGISTERED");
        var termination = await _flow.StartTerminationAsync(lease);
        var ownership = await _flow.StartOwnershipAsync(lease, termination);
        await _flow.ConsentAndSignAsync(ownership);
        var r = await _flow.KtkCertifyAsync(ownership, ensure: false);
        Assert.Equal(HttpStatusCode.Conflict, r.StatusCode);
        Refusal.Shown(await r.Content.ReadAsStringAsync(), "registration.refused.no_certification");
        Assert.DoesNotContain("ktk-signature", (await _flow.ViewAsync(ownership, "ktk-officer")).Missing);
        Assert.DoesNotContain("ktk-signature", (await _flow.ViewAsync(termination, "ktk-officer")).Missing);
    }

    [Fact]
    public async Task A21_a_verdict_whose_participants_are_not_the_applications_parties_is_suspended_by_the_cadastre()
    {
        var lease = await SignedLeases.CreateAsync(_app, _flow, "21:320:050:73");
        var id = await _flow.FormAsync(lease);
        await _flow.ConsentAndSignAsync(id);
        await _flow.RecordVerdictAsync(id.ToString());
        // The application now names another spouse than the one who took part in the session (e.g. the lease was corrected).
        await _app.WithDbAsync(db => db.Leases.Where(l => l.Id == lease).ExecuteUpdateAsync(u => u.SetProperty(l => l.SpouseIin, "850720310008")));
        await _flow.PayAsync(id);
        var suspended = await _flow.WaitForAsync(id, "SUSPENDED", Grounds.VideoSessionPartiesMismatch.Code);
        Assert.Equal("art. 27", suspended.Reason!.LegalBasis);
        Assert.Contains(_flow.Iin("spouse"), suspended.Reason.TextRu ?? ""); // the spouse who took part is not the application's
        await SuspensionTests.AssertCabinetShowsAsync(_flow, id, Grounds.VideoSessionPartiesMismatch, "A.21");
    }
}

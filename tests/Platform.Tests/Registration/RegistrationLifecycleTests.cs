using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RentToOwn.Kadastr.Protocol.V1;
using RentToOwn.Platform.Registration;
using RentToOwn.Platform.Registration.Cadastre;
using RentToOwn.Platform.Tests.Infrastructure;
using RentToOwn.Platform.Tests.VideoSessions;

namespace RentToOwn.Platform.Tests.Registration;

/// <summary>A.19–A.28 end to end over the API, against the real simulator in-process (gRPC on a free port) with real EDS signatures.</summary>
public sealed class RegistrationLifecycleTests : IAsyncLifetime
{
    private readonly RegistrationPlatform _app = new();
    private readonly RegistrationFlow _flow;

    public RegistrationLifecycleTests() => _flow = new RegistrationFlow(_app);

    public Task InitializeAsync() => VideoSessionSetup.WaitForDemoUsersAsync(_app);

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Signed_contract_to_REGISTERED_with_every_status_and_notice_on_the_ledger()
    {
        var leaseId = await _flow.SignedContractAsync();
        var id = await _flow.FormAsync(leaseId);
        // A.19: it appears in the tenant's cabinet, waiting for the tenant.
        Assert.Equal("AwaitingTenant", (await _flow.ViewAsync(id)).Status);
        using (var tenant = await _flow.ClientAsync("tenant"))
        {
            var html = await tenant.GetStringAsync("/Tenant/Registration");
            Assert.Contains($"data-registration-id=\"{id}\"", html);
            Assert.Contains("data-step=\"consent\"", html);
        }

        await _flow.ConsentAndTenantSignAsync(id);
        // A.22: the application is certified by KTK's authorised person too.
        var signedByTenant = await _flow.ViewAsync(id);
        Assert.Equal("AwaitingKtk", signedByTenant.Status);
        Assert.Contains("ktk-signature", signedByTenant.Missing);
        await _flow.KtkCertifyAsync(id);
        Assert.Equal("AwaitingVerdict", (await _flow.ViewAsync(id)).Status);
        // Issue 17: a client waits for the status to move on instead of polling (the fake clock never moves: only the
        // saved change can answer it); a wait beyond 30 s is refused.
        using var waiter = await _flow.ClientAsync("tenant");
        Assert.Equal(HttpStatusCode.BadRequest, (await waiter.GetAsync($"/api/registrations/{id}?wait=31&whileStatus=AwaitingVerdict")).StatusCode);
        var waiting = waiter.GetFromJsonAsync<RegistrationView>($"/api/registrations/{id}?wait=30&whileStatus=AwaitingVerdict");
        // A.21: the registrar signs ONE verdict in the room; it is attached at once and there is no second signing step.
        var verdict = await _flow.RecordVerdictAsync(id.ToString());
        Assert.Equal("AwaitingFee", (await waiting.WaitAsync(TimeSpan.FromSeconds(60)))!.Status);
        var attached = await _flow.ViewAsync(id);
        Assert.Equal("AwaitingFee", attached.Status);
        Assert.Equal(verdict.GetProperty("ledgerIndex").GetInt64(), Assert.Single(attached.Events, e => e.Code == "VerdictAttached").LedgerIndex);
        using (var registrar = await _flow.ClientAsync("registrar"))
        {
            Assert.Equal(HttpStatusCode.NotFound, (await registrar.GetAsync($"/api/registrations/{id}/verdict/findings")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await registrar.PostAsJsonAsync($"/api/registrations/{id}/verdict", new { cms = "AAAA" })).StatusCode);
        }

        await _flow.PayAsync(id);

        var done = await _flow.WaitForAsync(id, "REGISTERED");
        done = await _flow.WaitForNoticesAsync(id);
        Assert.NotNull(done.EntryNumber);
        Assert.NotNull(done.FeeConfirmedToCadastreAt ?? (await WaitFeeConfirmedAsync(id)));
        Assert.Contains(done.Events, e => e.Kind == "Notice");

        // The cadastre's registration sheet has the lease encumbrance.
        var cadastre = _app.Services.GetRequiredService<CadastreConnection>();
        var sheet = await cadastre.Client.GetRegistrationSheetAsync(new GetRegistrationSheetRequest { CadastralNumber = done.CadastralNumber });
        Assert.Contains(sheet.Entries, e => e.Kind == RegistrationEntryKind.LeaseEncumbrance && e.Active && e.ApplicationId == done.CadastreId);

        // What went to the cadastre (the outbox keeps the exact Application): parties by role, signed documents,
        // the registrar's verdict, the ledger receipts of the signatures and the fee payment (A.22).
        var sent = cadastre.Gateway.Find(done.CadastreId!)!.Application;
        Assert.Equal(ApplicationKind.LeaseEncumbranceRegistration, sent.Kind);
        Assert.Contains(sent.Parties, p => p.Role == PartyRole.Recipient && p.Iin == _flow.Iin("tenant"));
        Assert.Contains(sent.Parties, p => p.Role == PartyRole.Guarantor && p.Iin == _flow.Iin("guarantor"));
        Assert.Contains(sent.Parties, p => p.Role == PartyRole.Ktk && p.Bin == "040540000103" && p.RepresentativeIin == _flow.Iin("ktk-head"));
        Assert.Contains(sent.Parties, p => p.Role == PartyRole.KtkRepresentative && p.Iin == _flow.Iin("ktk-officer"));
        Assert.Contains(sent.Parties, p => p.Role == PartyRole.Registrar && p.Iin == _flow.Iin("registrar"));
        var contract = sent.Documents.Single(d => d.Kind == DocumentKind.LeaseContract);
        Assert.Equal(["RECIPIENT", "SPOUSE", "GUARANTOR", "KTK"], contract.Signatures.Select(x => x.SignerRole.ToString().ToUpperInvariant()));
        // A.22: the application form carries the tenant's signature and KTK's authorised person's certification (KTK's BIN).
        Assert.Equal([_flow.Iin("tenant"), "040540000103"], sent.Documents.Single(d => d.Kind == DocumentKind.ApplicationForm).Signatures.Select(x => x.ExpectedSigner));
        // A.21: the findings name this application, and their participants are its parties.
        Assert.Equal(id.ToString(), sent.ApplicantReference);
        var findings = VideoSessionFindings.Parser.ParseFrom(sent.Verdict.Findings);
        Assert.Equal(id.ToString(), findings.ApplicationReference);
        Assert.All(findings.Participants.Where(f => f.Role != PartyRole.Registrar), f => Assert.Contains(sent.Parties, p => p.Role == f.Role && p.Iin == f.Iin));
        Assert.Contains(findings.Participants, f => f.Role == PartyRole.Spouse && f.Iin == _flow.Iin("spouse"));
        Assert.False(sent.Documents.Single(d => d.Kind == DocumentKind.PaymentDocument).Content.IsEmpty);
        Assert.Equal(done.FeeTiyn, sent.Payment.AmountTiyn);
        // The cadastre verified exactly the bytes and the signature the registrar made in the room.
        Assert.Equal(Convert.FromBase64String(verdict.GetProperty("documentBase64").GetString()!), sent.Verdict.Findings.ToByteArray());
        Assert.Equal(Convert.FromBase64String(verdict.GetProperty("signatureBase64").GetString()!), sent.Verdict.Cms.ToByteArray());
        Assert.Contains(sent.Receipts, r => r.LeafIndex == (ulong)verdict.GetProperty("ledgerIndex").GetInt64());
        Assert.Empty(await _app.WithDbAsync(db => db.LedgerReceipts.Where(r => r.SubjectId == Platform.Ledger.LedgerSubjects.For("registration", id) && r.Kind == "SignatureAdded").ToListAsync()));
        Assert.True(sent.Receipts.Count >= 8); // four contract signatures, the consent, the form (tenant and KTK), the registrar's verdict
        Assert.All(sent.Receipts, r => Assert.Equal(64, r.CheckpointRootHex.Length));

        // Every cadastre status change and notice is on the ledger with a stored receipt, and no IIN is on it.
        var cadastreEvents = done.Events.Where(e => e.Kind is "Status" or "Notice").ToList();
        Assert.Contains(cadastreEvents, e => e.Code == "RECEIVED");
        Assert.Contains(cadastreEvents, e => e.Code == "REGISTERED");
        Assert.All(cadastreEvents, e => Assert.NotNull(e.LedgerIndex));
        var receipts = await _app.WithDbAsync(db => db.LedgerReceipts.Where(r => r.Kind == "RegistrationResult").ToListAsync());
        Assert.Equal(cadastreEvents.Select(e => e.LedgerIndex!.Value).Order(), receipts.Select(r => r.LeafIndex).Order());
        Assert.All(receipts, r => Assert.DoesNotContain(_flow.Iin("tenant"), r.ReceiptJson));

        // The tenant's cabinet shows REGISTERED with the entry.
        using var t = await _flow.ClientAsync("tenant");
        var page = await t.GetStringAsync($"/Tenant/Registration?id={id}");
        Assert.Contains("data-status=\"REGISTERED\"", page);
        Assert.Contains(done.EntryNumber!, page);
    }

    private async Task<DateTimeOffset?> WaitFeeConfirmedAsync(Guid id)
    {
        DateTimeOffset? at = null;
        await TestWaits.UntilAsync(async () => (at = (await _flow.ViewAsync(id)).FeeConfirmedToCadastreAt) is not null);
        return at;
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using RentToOwn.Platform.Applications;
using RentToOwn.Platform.Identity;
using RentToOwn.Platform.Tests.Infrastructure;

namespace RentToOwn.Platform.Tests.Spouses;

/// <summary>
/// The spouse cabinet: a married tenant's spouse signs the application (like A.12) and then the contract after the tenant
/// and before the guarantors and KTK head (A.17–A.18); nobody else can use the spouse's ids.
/// </summary>
public sealed class SpouseCabinetTests : IDisposable
{
    private readonly PlatformFactory _factory = new();
    private readonly ApplicationFlow _flow;

    public SpouseCabinetTests() => _flow = new ApplicationFlow(_factory, _factory.PkiDirectory);

    private string Pki => _factory.PkiDirectory;

    private Task<byte[]> TextAsync(Guid id) =>
        _factory.WithDbAsync(async db => ApplicationText.Bytes(await db.Applications.Include(a => a.Guarantors).Include(a => a.Documents).SingleAsync(a => a.Id == id)));

    private async Task<HttpResponseMessage> DecideAsync(HttpClient officer, Guid id) =>
        await OfficerApproval.ApproveAsync(officer, id, doc => _flow.Sign(doc, "ktk-officer")); // A.16: signed with the officer's EDS

    [Fact]
    public async Task The_spouse_signs_the_application_in_their_cabinet_and_approval_waits_for_it()
    {
        var id = await _flow.SubmittedApplicationAsync(married: true);
        var spouseIin = DemoKeys.Party(Pki, "spouse").Iin;
        Assert.True((await _factory.WithDbAsync(db => db.Users.SingleAsync(u => u.Iin == spouseIin))).Roles.HasFlag(PlatformRoles.Spouse));

        var officer = await _flow.LoginAsync("ktk-officer");
        var early = await DecideAsync(officer, id);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, early.StatusCode);
        Refusal.Shown(await early.Content.ReadAsStringAsync(), "applications.refused.spouse_signs_first");

        var spouse = await _flow.LoginAsync("spouse");
        var page = await spouse.GetStringAsync("/Spouse?lang=en");
        Assert.Contains(id.ToString(), page);
        Assert.Contains($"/api/spouse/applications/{id}/signature", page); // the signing widget
        Assert.Contains("id=\"party-consent-needed\"", page); // A.9 prompt: no consent yet

        var text = await TextAsync(id);
        // Bad input: not base64, other bytes, someone else's key — each refused with the reason, nothing stored.
        var notBase64 = await spouse.PostAsJsonAsync($"/api/spouse/applications/{id}/signature", new { cms = "%%%" });
        Assert.Equal(HttpStatusCode.BadRequest, notBase64.StatusCode);
        var otherBytes = await spouse.PostAsJsonAsync($"/api/spouse/applications/{id}/signature", new { cms = _flow.Sign("other"u8.ToArray(), "spouse") });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, otherBytes.StatusCode);
        Assert.Contains("not accepted", await otherBytes.Content.ReadAsStringAsync());
        var otherKey = await spouse.PostAsJsonAsync($"/api/spouse/applications/{id}/signature", new { cms = _flow.Sign(text, "tenant") });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, otherKey.StatusCode);
        Assert.Null(await _factory.WithDbAsync(db => db.Applications.Select(a => a.SpouseSignedAt).SingleAsync()));

        await _flow.SpouseSignsAsync(id);
        // Issue 17 §3: the same signature resent gets the first answer, linked to its one receipt; another one is refused.
        var resent = await spouse.PostAsJsonAsync($"/api/spouse/applications/{id}/signature", new { cms = _flow.Sign(text, "spouse") });
        Assert.Equal(HttpStatusCode.NoContent, resent.StatusCode);
        var subject = RentToOwn.Platform.Signing.LedgerSubject.Application(id).Id;
        var receipts = await _factory.WithDbAsync(db => db.LedgerReceipts.Where(r => r.SubjectId == subject && r.Kind == "ApplicationSigned").Select(r => r.Id).ToListAsync());
        Assert.Contains(await _factory.WithDbAsync(db => db.Applications.Select(a => a.SpouseReceiptId).SingleAsync()), receipts.Cast<Guid?>());
        _factory.Time.Advance(TimeSpan.FromSeconds(1));
        var again = await spouse.PostAsJsonAsync($"/api/spouse/applications/{id}/signature", new { cms = _flow.Sign(text, "spouse") });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("already signed", await again.Content.ReadAsStringAsync());
        Assert.Contains("class=\"ok signed\"", await spouse.GetStringAsync("/Spouse"));
        var receipt = await _factory.WithDbAsync(db => db.LedgerReceipts.OrderBy(r => r.LeafIndex).ToListAsync());
        Assert.Equal(["ConsentGiven", "ConsentGiven", "ApplicationSigned", "ApplicationSigned"], receipt.Select(r => r.Kind)); // tenant's and guarantor's consent
        Assert.All(receipt, r => Assert.DoesNotContain(spouseIin, r.ReceiptJson));

        // The officer sees the spouse's signature and the spouse's checks; approval now goes through.
        Assert.Contains("id=\"spouse-signature\"", await officer.GetStringAsync($"/Officer/Review/Details?id={id}"));
        Assert.Contains(await _factory.WithDbAsync(db => db.ReviewChecks.Select(c => c.SubjectRole).ToListAsync()), r => r == "spouse");
        Assert.Equal(HttpStatusCode.NoContent, (await DecideAsync(officer, id)).StatusCode);
    }

    [Fact]
    public async Task Contract_order_is_tenant_then_spouse_then_guarantor_then_head()
    {
        await _flow.ApprovedApplicationAsync(married: true);
        var lease = await _factory.WithDbAsync(db => db.Leases.SingleAsync());
        Assert.Equal(DemoKeys.Party(Pki, "spouse").Iin, lease.SpouseIin);
        var id = lease.Id;
        var pdf = lease.ContractPdf!;

        var clients = new Dictionary<string, HttpClient>();
        foreach (var role in new[] { "tenant", "spouse", "guarantor", "ktk-head" }) clients[role] = await _flow.LoginAsync(role);
        var view = JsonDocument.Parse(await clients["spouse"].GetStringAsync($"/api/contracts/{id}")).RootElement;
        Assert.Equal(4, view.GetProperty("requiredSignatures").GetInt32());
        Assert.Contains($"/Contracts?id={id}", await clients["spouse"].GetStringAsync("/Spouse"));

        // Out of order: the spouse before the tenant, the guarantor before the spouse.
        var first = await clients["spouse"].PostAsJsonAsync($"/api/contracts/{id}/signatures", new { cms = _flow.Sign(pdf, "spouse") });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, first.StatusCode);
        Refusal.Shown(await first.Content.ReadAsStringAsync(), "contracts.refused.order", new Outcome.Text("contracts.refused.who.tenant"));
        Assert.True((await clients["tenant"].PostAsJsonAsync($"/api/contracts/{id}/signatures", new { cms = _flow.Sign(pdf, "tenant") })).IsSuccessStatusCode);
        var early = await clients["guarantor"].PostAsJsonAsync($"/api/contracts/{id}/signatures", new { cms = _flow.Sign(pdf, "guarantor") });
        Refusal.Shown(await early.Content.ReadAsStringAsync(), "contracts.refused.order", new Outcome.Text("contracts.refused.who.spouse"));

        foreach (var role in new[] { "spouse", "guarantor", "ktk-head" })
        {
            var r = await clients[role].PostAsJsonAsync($"/api/contracts/{id}/signatures", new { cms = _flow.Sign(pdf, role) });
            Assert.True(r.IsSuccessStatusCode, $"{role}: {await r.Content.ReadAsStringAsync()}");
        }

        var sigs = await _factory.WithDbAsync(db => db.ContractSignatures.OrderBy(s => s.Step).ToListAsync());
        Assert.Equal(["tenant", "spouse", "guarantor", "ktk-head"], sigs.Select(s => s.Role));
        // Each receipt keeps the signer certificate's SHA-256 (platform DB only; the ledger record has no certificate).
        var receiptIds = sigs.Select(s => s.ReceiptId).ToList();
        var receipts = await _factory.WithDbAsync(db => db.LedgerReceipts.Where(r => receiptIds.Contains(r.Id)).ToListAsync());
        Assert.All(receipts, r => Assert.Matches("^[0-9a-f]{64}$", r.CertificateSha256));
        var spouseCert = DemoKeys.Load(Pki, "spouse", "sign").Certificate;
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(spouseCert.GetEncoded())), receipts.Single(r => r.Id == sigs[1].ReceiptId).CertificateSha256);
        Assert.All(receipts, r => Assert.DoesNotContain(r.CertificateSha256!, r.ReceiptJson));
        // The spouse's CMS is step 1 of the contract's API; step 3 is the head's.
        Assert.Equal(sigs[1].Cms, await clients["tenant"].GetByteArrayAsync($"/api/contracts/{id}/signatures/1/cms"));
        Assert.Equal(sigs[3].Cms, await clients["spouse"].GetByteArrayAsync($"/api/contracts/{id}/signatures/3/cms"));
    }

    [Fact]
    public async Task Other_people_cannot_use_the_spouse_cabinet_or_its_ids()
    {
        var id = await _flow.SubmittedApplicationAsync(married: true);
        var text = await TextAsync(id);

        // The guarantor (no spouse role) is forbidden the spouse API and page.
        var guarantor = await _flow.LoginAsync("guarantor");
        Assert.Equal(HttpStatusCode.Forbidden, (await guarantor.PostAsJsonAsync($"/api/spouse/applications/{id}/signature", new { cms = _flow.Sign(text, "guarantor") })).StatusCode);
        Assert.Equal(HttpStatusCode.Found, (await guarantor.GetAsync("/Spouse")).StatusCode);

        // A spouse account that this application does not name gets a 404 for its id and sees nothing.
        const string otherSpouse = "821115400223";
        await _factory.AddUserAsync(otherSpouse, "Other Spouse", PlatformRoles.Spouse);
        var other = await _factory.SignedInClientAsync(otherSpouse);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsJsonAsync($"/api/spouse/applications/{id}/signature", new { cms = _flow.Sign(text, "spouse") })).StatusCode);
        Assert.DoesNotContain(id.ToString(), await other.GetStringAsync("/Spouse"));
        Assert.Null(await _factory.WithDbAsync(db => db.Applications.Select(a => a.SpouseSignedAt).SingleAsync()));
    }

    [Fact]
    public async Task The_consent_page_needs_a_session_and_returns_only_to_a_cabinet()
    {
        var anonymous = _factory.CreateClient(new() { AllowAutoRedirect = false });
        var r = await anonymous.GetAsync("/Consent?next=/Spouse");
        Assert.Equal(HttpStatusCode.Found, r.StatusCode);
        Assert.StartsWith("/Login", r.Headers.Location!.PathAndQuery);

        var spouse = await _flow.LoginAsync("spouse");
        Assert.Contains("data-redirect=\"/Spouse\"", await spouse.GetStringAsync("/Consent?next=/Spouse"));
        // No open redirect: anything but a cabinet path goes back to the home page.
        Assert.Contains("data-redirect=\"/\"", await spouse.GetStringAsync("/Consent?next=https://evil.example/"));
        Assert.Contains("data-redirect=\"/\"", await spouse.GetStringAsync("/Consent?next=//evil.example"));
    }

    public void Dispose() => _factory.Dispose();
}

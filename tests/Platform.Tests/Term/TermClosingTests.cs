using System.Net;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RentToOwn.Platform.Registration;
using RentToOwn.Platform.Term.Closing;
using RentToOwn.Platform.Tests.Infrastructure;
using RentToOwn.Platform.Tests.Verification;

namespace RentToOwn.Platform.Tests.Term;

/// <summary>A.29–A.31: after the purchase KTK's letter and the transfer contract are signed, the two applications filed, and the letter verifies publicly.</summary>
public sealed class TermClosingTests : IDisposable
{
    private static readonly DateOnly Start = new(2026, 5, 28);
    private readonly TermPlatform _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task After_buyout_the_letter_and_transfer_contract_are_signed_and_two_applications_filed()
    {
        var lease = await _app.SignedLeaseAsync(Start);
        using var tenant = await _app.As("tenant");
        using var officer = await _app.As("ktk-officer");
        using var head = await _app.As("ktk-head");
        var early = await officer.PostAsync($"/api/term/{lease.Id}/closing", null);
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        Refusal.Shown(await early.Content.ReadAsStringAsync(), "term.refused.purchase_incomplete");

        await _app.PayAsync(tenant, $"/api/term/{lease.Id}/buyout/payments");
        Assert.Equal(HttpStatusCode.Forbidden, (await tenant.PostAsync($"/api/term/{lease.Id}/closing", null)).StatusCode);
        var initiated = await officer.PostAsync($"/api/term/{lease.Id}/closing", null);
        Assert.Equal(HttpStatusCode.OK, initiated.StatusCode);
        var view = await TermPlatform.JsonAsync(initiated);
        Assert.Equal("Purchase", view.GetProperty("reason").GetString());
        Assert.Equal("AwaitingSignatures", view.GetProperty("state").GetString());
        Assert.Equal(HttpStatusCode.OK, (await officer.PostAsync($"/api/term/{lease.Id}/closing", null)).StatusCode); // idempotent

        var letter = await tenant.GetByteArrayAsync($"/api/term/{lease.Id}/closing/letter/pdf");
        var transfer = await tenant.GetByteArrayAsync($"/api/term/{lease.Id}/closing/transfer/pdf");
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(letter, 0, 4));
        Assert.Equal(view.GetProperty("letterSha256").GetString(), Convert.ToHexStringLower(SHA256.HashData(letter)));
        Assert.Equal(view.GetProperty("transferSha256").GetString(), Convert.ToHexStringLower(SHA256.HashData(transfer)));

        // The letter: only KTK's head, with the head's own EDS (the head's page carries the signing widget over the letter).
        var route = $"/api/term/{lease.Id}/closing/letter/signature";
        Assert.Contains($"data-submit-url=\"{route}\"", await head.GetStringAsync($"/Officer/Leases/Details?id={lease.Id}"));
        Assert.DoesNotContain("data-submit-url", await officer.GetStringAsync($"/Officer/Leases/Details?id={lease.Id}"));
        Assert.Equal(HttpStatusCode.Forbidden, (await TermPlatform.PostCms(officer, route, _app.Sign(letter, "ktk-officer"))).StatusCode);
        var wrong = await TermPlatform.PostCms(head, route, _app.Sign(letter, "ktk-officer"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrong.StatusCode);
        Refusal.Shown(await wrong.Content.ReadAsStringAsync(), "term.refused.needs_ktk_head"); // the organisation's head role is checked first
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await TermPlatform.PostCms(head, route, _app.Sign(transfer, "ktk-head"))).StatusCode); // other bytes
        Assert.Equal(HttpStatusCode.BadRequest, (await TermPlatform.PostCms(head, route, "not base64!")).StatusCode);
        var letterCms = _app.Sign(letter, "ktk-head");
        Assert.Equal(HttpStatusCode.OK, (await TermPlatform.PostCms(head, route, letterCms)).StatusCode);
        // Issue 17 §3: the same signature resent (its answer lost) is answered as the first time, and recorded once.
        Assert.Equal(HttpStatusCode.OK, (await TermPlatform.PostCms(head, route, letterCms)).StatusCode);
        Assert.Equal(1, await _app.WithDbAsync(db => db.LedgerReceipts.CountAsync(r => r.Kind == "LetterSigned")));
        Assert.Equal(1, await _app.WithDbAsync(db => db.Set<ClosingSignature>().CountAsync(s => s.Document == ClosingDocumentKind.Letter)));
        _app.Time.Advance(TimeSpan.FromSeconds(1)); // another signature of the same head over the same letter: still a conflict
        var another = await TermPlatform.PostCms(head, route, _app.Sign(letter, "ktk-head"));
        Assert.Equal(HttpStatusCode.Conflict, another.StatusCode);
        Refusal.Shown(await another.Content.ReadAsStringAsync(), "term.refused.letter_signed");

        var notYet = await officer.PostAsync($"/api/term/{lease.Id}/closing/applications", null);
        Assert.Equal(HttpStatusCode.Conflict, notYet.StatusCode);
        Refusal.Shown(await notYet.Content.ReadAsStringAsync(), "term.refused.transfer_unsigned_tenant");

        // The transfer contract: the tenant first (own EDS), then KTK's head.
        var tr = $"/api/term/{lease.Id}/closing/transfer/signatures";
        var headFirst = await TermPlatform.PostCms(head, tr, _app.Sign(transfer, "ktk-head"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, headFirst.StatusCode);
        Refusal.Shown(await headFirst.Content.ReadAsStringAsync(), "term.refused.transfer_tenant_first");
        var byOther = await TermPlatform.PostCms(tenant, tr, _app.Sign(transfer, "guarantor"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, byOther.StatusCode);
        Refusal.Shown(await byOther.Content.ReadAsStringAsync(), "signing.refused.not_by");
        Assert.Contains($"data-submit-url=\"{tr}\"", await tenant.GetStringAsync($"/Tenant/Term?id={lease.Id}"));
        Assert.Equal(HttpStatusCode.OK, (await TermPlatform.PostCms(tenant, tr, _app.Sign(transfer, "tenant"))).StatusCode);
        Assert.Contains($"data-submit-url=\"{tr}\"", await head.GetStringAsync($"/Officer/Leases/Details?id={lease.Id}"));
        Assert.Equal(HttpStatusCode.OK, (await TermPlatform.PostCms(head, tr, _app.Sign(transfer, "ktk-head"))).StatusCode);

        // A.29: two applications, the termination first, the ownership related to it.
        Assert.Equal(HttpStatusCode.Forbidden, (await tenant.PostAsync($"/api/term/{lease.Id}/closing/applications", null)).StatusCode);
        var filed = await TermPlatform.JsonAsync(await officer.PostAsync($"/api/term/{lease.Id}/closing/applications", null));
        Assert.Equal("Filed", filed.GetProperty("state").GetString());
        await officer.PostAsync($"/api/term/{lease.Id}/closing/applications", null); // idempotent
        Assert.Equal(2, _app.Started.Count);
        var termination = _app.Started[0];
        var ownership = _app.Started[1];
        Assert.Equal(RegistrationKind.EncumbranceTermination, termination.Kind);
        Assert.Equal(BasisDocumentKind.KtkLetter, termination.Basis.Kind);
        Assert.Equal(letter, termination.Basis.Content);
        Assert.Equal(BasisSignerRole.Ktk, Assert.Single(termination.Basis.Signatures).Role);
        Assert.Equal(lease.LessorBin, termination.Basis.Signatures[0].ExpectedSigner);
        Assert.Equal(RegistrationKind.Ownership, ownership.Kind);
        Assert.Equal(BasisDocumentKind.TransferContract, ownership.Basis.Kind);
        Assert.Equal(transfer, ownership.Basis.Content);
        Assert.Equal([BasisSignerRole.Tenant, BasisSignerRole.Ktk], ownership.Basis.Signatures.Select(s => s.Role));
        Assert.Equal(lease.TenantIin, ownership.Basis.Signatures[0].ExpectedSigner);
        var ids = _app.Summaries.Select(s => s.Id).ToList();
        Assert.Equal(ids[0], ownership.RelatedRegistrationId);
        Assert.Equal(ids[0], filed.GetProperty("terminationRegistrationId").GetGuid());

        // Both REGISTERED: the lease is owned; the tenant sees it.
        _app.Register(ids[0]);
        var partly = await TermPlatform.JsonAsync(await tenant.GetAsync($"/api/term/{lease.Id}/closing"));
        Assert.Equal("Filed", partly.GetProperty("state").GetString());
        _app.Register(ids[1]);
        var owned = await TermPlatform.JsonAsync(await tenant.GetAsync($"/api/term/{lease.Id}/closing"));
        Assert.Equal("Owned", owned.GetProperty("state").GetString());
        Assert.Equal(2, owned.GetProperty("applications").GetArrayLength());
        Assert.Contains("data-status=\"REGISTERED\"", await tenant.GetStringAsync($"/Tenant/Term?id={lease.Id}"));
        Assert.Contains("id=\"closing-state\" data-state=\"Owned\"", await officer.GetStringAsync($"/Officer/Leases/Details?id={lease.Id}"));

        // Every accepted closing signature is on the ledger without any IIN.
        var receipts = await _app.WithDbAsync(db => db.LedgerReceipts.Where(r => r.SubjectId.StartsWith("letter:") || r.SubjectId.StartsWith("transfer:")).ToListAsync());
        Assert.Equal(3, receipts.Count);
        Assert.Contains(receipts, r => r.Kind == "LetterSigned");
        Assert.All(receipts, r => Assert.DoesNotContain(lease.TenantIin, r.ReceiptJson));
        Assert.All(receipts, r => Assert.DoesNotContain(_app.Iin("ktk-head"), r.ReceiptJson));

        // A.29: the letter verifies in the public verifier (no login), with its ledger proof.
        using var anonymous = _app.CreateClient();
        var cms = await tenant.GetByteArrayAsync($"/api/term/{lease.Id}/closing/letter/signatures/0/cms");
        var (response, report, body) = await VerifierClient.PostAsync(anonymous, VerifierClient.Form(letter, [("letter.cms", cms)], documentName: "letter.pdf"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("TOTAL_PASSED", report.Indication);
        var sig = Assert.Single(report.Signatures);
        Assert.Equal("verified", sig.Ledger.Status);
        Assert.Equal("LetterSigned", sig.Ledger.Kind);
        Assert.True(sig.Ledger.InclusionProofVerified);
        Assert.DoesNotContain(_app.Iin("ktk-head"), body);
    }

    [Fact]
    public async Task Paying_every_period_then_closing_files_both_applications_and_another_tenant_is_kept_out()
    {
        var lease = await _app.SignedLeaseAsync(new DateOnly(2026, 9, 20), months: 2);
        using var tenant = await _app.As("tenant");
        using var officer = await _app.As("ktk-officer");
        await _app.PayAsync(tenant, $"/api/term/{lease.Id}/installments/1/payments");
        await _app.PayAsync(tenant, $"/api/term/{lease.Id}/installments/2/payments");
        Assert.Equal(HttpStatusCode.OK, (await officer.PostAsync($"/api/term/{lease.Id}/closing", null)).StatusCode);

        await _app.AddUserAsync(Infrastructure.TestIins.Recipient3, "Other Tenant", RentToOwn.Platform.Identity.PlatformRoles.Tenant);
        using var other = await _app.SignedInClientAsync(Infrastructure.TestIins.Recipient3);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/term/{lease.Id}/closing")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/term/{lease.Id}/closing/letter/pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await TermPlatform.PostCms(other, $"/api/term/{lease.Id}/closing/transfer/signatures", "AAAA")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await other.GetAsync($"/Officer/Leases/Details?id={lease.Id}")).StatusCode); // to /Forbidden
        Assert.Equal(HttpStatusCode.Forbidden, (await other.PostAsync($"/api/term/{lease.Id}/closing/applications", null)).StatusCode);

        // The transfer contract says the price was paid by the schedule; both PDFs are deterministic.
        var closing = await _app.WithDbAsync(db => db.Set<LeaseClosing>().SingleAsync(c => c.LeaseId == lease.Id));
        using var scope = _app.Services.CreateScope();
        var pdf = scope.ServiceProvider.GetRequiredService<TermPdf>();
        var doc = ClosingDocuments.Transfer(lease, lease.Number + "/P", closing.DocumentDate, 120_000_000, "schedule");
        Assert.Equal(pdf.Render(doc), pdf.Render(doc));
        Assert.NotEqual(pdf.Render(doc), pdf.Render(doc with { Date = doc.Date.AddDays(1) }));
    }
}

using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RentToOwn.LedgerAdapter.Records;
using RentToOwn.Platform.Applications;
using RentToOwn.Platform.Ledger;
using RentToOwn.Platform.Tests.Infrastructure;

namespace RentToOwn.Platform.Tests.Contracts;

/// <summary>
/// A.12, A.16, A.18: several submissions of the same valid signature at once (a double click, two tabs) store one
/// signature and append one ledger record; the other submissions get 409 (being signed, or already signed).
/// </summary>
public sealed class ConcurrentSigningTests : IDisposable
{
    private const int Submissions = 8;
    private readonly PlatformFactory _factory = new();
    private readonly ApplicationFlow _flow;

    public ConcurrentSigningTests() => _flow = new ApplicationFlow(_factory, _factory.PkiDirectory);

    /// <summary>Posts <paramref name="body"/> <see cref="Submissions"/> times at once; returns the status codes and bodies.</summary>
    private static async Task<List<(HttpStatusCode Status, string Body)>> AtOnceAsync(HttpClient client, string url, object body)
    {
        using var start = new ManualResetEventSlim();
        var posts = Enumerable.Range(0, Submissions).Select(_ => Task.Run(async () =>
        {
            start.Wait();
            var r = await client.PostAsJsonAsync(url, body);
            return (r.StatusCode, await r.Content.ReadAsStringAsync());
        })).ToList();
        start.Set();
        return [.. await Task.WhenAll(posts)];
    }

    // The refusals of a step signed already (or being signed right now by a concurrent submission).
    private static readonly string[] AlreadySigned =
    [
        "signing.refused.busy", "contracts.refused.busy", "contracts.refused.stored_meanwhile", "contracts.refused.signed_already", "contracts.refused.signed_by_all",
        "applications.refused.approval_busy", "applications.refused.approval_signed", "applications.refused.refusal_busy", "applications.refused.refusal_signed",
        "applications.refused.signed_meanwhile", "applications.refused.signed_already",
    ];

    // The same bytes sent at once: one submission stores; the others are turned away, or — once it is stored — get its answer
    // again (issue 17 §3: a resent submission whose answer was lost is answered as the first time). The records are counted apart.
    private static void AssertStoredByOne(List<(HttpStatusCode Status, string Body)> results, HttpStatusCode ok)
    {
        Assert.Contains(results, r => r.Status == ok);
        Assert.All(results.Where(r => r.Status != ok), r =>
        {
            Assert.Equal(HttpStatusCode.Conflict, r.Status);
            Assert.Contains(Refusal.Code(r.Body), AlreadySigned); // signed already, or being signed by another submission
        });
    }

    /// <summary>The records the ledger itself holds for <paramref name="subject"/> (orphans included: not only stored receipts).</summary>
    private async Task<List<RecordKind>> LedgerKindsAsync(string subject)
    {
        var ledger = await _factory.Services.GetRequiredService<PlatformLedger>().LedgerAsync(CancellationToken.None);
        return [.. (await ledger.GetBySubjectAsync(subject)).Select(e => e.Record.Kind)];
    }

    [Fact]
    public async Task Parallel_contract_signatures_of_one_step_store_one_signature_and_one_ledger_record()
    {
        await _flow.ApprovedApplicationAsync();
        var tenant = await _flow.LoginAsync("tenant");
        var id = await _factory.WithDbAsync(db => db.Leases.Select(l => l.Id).SingleAsync());
        var pdf = await tenant.GetByteArrayAsync($"/api/contracts/{id}/pdf");

        var results = await AtOnceAsync(tenant, $"/api/contracts/{id}/signatures", new { cms = _flow.Sign(pdf, "tenant") });

        AssertStoredByOne(results, HttpStatusCode.OK);
        Assert.Equal(1, await _factory.WithDbAsync(db => db.ContractSignatures.CountAsync(s => s.LeaseId == id)));
        var subject = LedgerSubjects.For("contract", id);
        Assert.Equal([RecordKind.ContractSigned], await LedgerKindsAsync(subject));
        Assert.Equal(1, await _factory.WithDbAsync(db => db.LedgerReceipts.CountAsync(r => r.SubjectId == subject)));
        // No claim is left behind: the next party signs as usual.
        var guarantor = await _flow.LoginAsync("guarantor");
        var next = await guarantor.PostAsJsonAsync($"/api/contracts/{id}/signatures", new { cms = _flow.Sign(pdf, "guarantor") });
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
        Assert.Equal([RecordKind.ContractSigned, RecordKind.SignatureAdded], await LedgerKindsAsync(subject));
    }

    [Fact]
    public async Task Parallel_spouse_signatures_of_an_application_store_one_signature_and_one_ledger_record()
    {
        var id = await _flow.SubmittedApplicationAsync(married: true);
        var text = await _factory.WithDbAsync(async db => ApplicationText.Bytes(await db.Applications.Include(a => a.Guarantors).Include(a => a.Documents).SingleAsync(a => a.Id == id)));
        var spouse = await _flow.LoginAsync("spouse");

        var results = await AtOnceAsync(spouse, $"/api/spouse/applications/{id}/signature", new { cms = _flow.Sign(text, "spouse") });

        // A.12: the guarantor signed before (in the flow); the spouse's signature is recorded once more, exactly once.
        AssertStoredByOne(results, HttpStatusCode.NoContent);
        Assert.NotNull(await _factory.WithDbAsync(db => db.Applications.Where(a => a.Id == id).Select(a => a.SpouseSignedAt).SingleAsync()));
        var subject = LedgerSubjects.For("application", id);
        Assert.Equal([RecordKind.ApplicationSigned, RecordKind.ApplicationSigned], await LedgerKindsAsync(subject));
        Assert.Equal(2, await _factory.WithDbAsync(db => db.LedgerReceipts.CountAsync(r => r.SubjectId == subject)));
    }

    [Fact]
    public async Task Parallel_head_signatures_of_a_refusal_store_one_signature_and_one_ledger_record()
    {
        var id = await _flow.SubmittedApplicationAsync();
        var officer = await _flow.LoginAsync("ktk-officer");
        var page = $"/Officer/Review/Details?id={id}";
        var fields = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = await FormPost.TokenAsync(officer, page), ["Reasons"] = "Income below the payment (A.15).",
        };
        (await officer.PostAsync($"{page}&handler=Refuse", new FormUrlEncodedContent(fields))).EnsureSuccessStatusCode();
        Assert.Equal(ApplicationStatus.RefusalPending, await _factory.WithDbAsync(db => db.Applications.Select(a => a.Status).SingleAsync()));
        var refusal = await _factory.WithDbAsync(async db => RefusalText.Bytes(await db.Applications.SingleAsync(a => a.Id == id)));
        var head = await _flow.LoginAsync("ktk-head");

        var results = await AtOnceAsync(head, $"/api/head/refusals/{id}/signature", new { cms = _flow.Sign(refusal, "ktk-head") });

        // A.16: one signed refusal reaches the tenant; one RefusalSigned record on the ledger.
        AssertStoredByOne(results, HttpStatusCode.NoContent);
        Assert.Equal(ApplicationStatus.Refused, await _factory.WithDbAsync(db => db.Applications.Select(a => a.Status).SingleAsync()));
        var subject = LedgerSubjects.For("application", id);
        Assert.Single(await LedgerKindsAsync(subject), k => k == RecordKind.RefusalSigned);
        Assert.Equal(1, await _factory.WithDbAsync(db => db.LedgerReceipts.CountAsync(r => r.SubjectId == subject && r.Kind == "RefusalSigned")));
    }

    [Fact]
    public async Task Parallel_officer_signatures_of_an_approval_approve_once_with_one_ledger_record()
    {
        var id = await _flow.SubmittedApplicationAsync();
        var officer = await _flow.LoginAsync("ktk-officer");
        (await officer.GetAsync($"/Officer/Review/Details?id={id}")).EnsureSuccessStatusCode();
        await OfficerApproval.OverrideUnavailableAsync(officer, id);
        var (_, document) = await OfficerApproval.DocumentAsync(officer, id);

        var results = await AtOnceAsync(officer, $"/api/officer/applications/{id}/approval", new { cms = _flow.Sign(document!, "ktk-officer") });

        // A.16: one approval, one ApprovalSigned record; the other submissions are told it is signed already, or get its answer.
        AssertStoredByOne(results, HttpStatusCode.NoContent);
        Assert.Equal(ApplicationStatus.Approved, await _factory.WithDbAsync(db => db.Applications.Select(a => a.Status).SingleAsync()));
        var subject = LedgerSubjects.For("application", id);
        Assert.Single(await LedgerKindsAsync(subject), k => k == RecordKind.ApprovalSigned);
        Assert.Equal(1, await _factory.WithDbAsync(db => db.LedgerReceipts.CountAsync(r => r.SubjectId == subject && r.Kind == "ApprovalSigned")));
    }

    public void Dispose() => _factory.Dispose();
}

using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RentToOwn.Platform.Courts;
using RentToOwn.Platform.Leases;
using RentToOwn.Platform.Term.Courts;
using RentToOwn.Platform.Tests.Infrastructure;
using RentToOwn.Platform.Tests.Term;

namespace RentToOwn.Platform.Tests.Courts;

/// <summary>
/// Seed 000 (Constitutional Court resolution No. 41-NP): an involuntary termination rests on a court decision the
/// court-records service confirms — it exists, names the tenant and the flat, is in legal force and its document is
/// the one uploaded. Otherwise it is refused and nothing is recorded.
/// </summary>
public sealed class CourtDecisionVerificationTests : IDisposable
{
    private const string Court = "Astana city inter-district civil court";
    private static readonly DateOnly DecisionDay = new(2026, 11, 20);
    private static readonly byte[] Decision = "%PDF-1.4\n% Astana city court: lease terminated for arrears\n%%EOF\n"u8.ToArray();
    private readonly TermPlatform _app = new();

    public void Dispose() => _app.Dispose();

    private static async Task<HttpResponseMessage> RecordAsync(HttpClient officer, LeaseRecord lease, string caseNumber, byte[] document)
    {
        var form = new MultipartFormDataContent
        {
            { new StringContent(await FormPost.TokenAsync(officer, "/Officer/RecipientLists")), "__RequestVerificationToken" },
            { new StringContent(Court), "courtName" }, { new StringContent(caseNumber), "caseNumber" },
            { new StringContent(DecisionDay.ToString("yyyy-MM-dd")), "decisionDate" }, { new StringContent("arrears of 6 payments"), "ground" },
        };
        var file = new ByteArrayContent(document);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "decision", "decision.pdf");
        return await officer.PostAsync($"/api/term/{lease.Id}/terminations/involuntary", form);
    }

    private Task<int> RecordsAsync() => _app.WithDbAsync(db => db.Set<TerminationRecord>().CountAsync());

    [Fact]
    public async Task Seed000_an_unknown_case_is_refused_and_nothing_is_recorded()
    {
        var lease = await _app.SignedLeaseAsync(new DateOnly(2026, 5, 28));
        using var officer = await _app.As("ktk-officer");

        var r = await RecordAsync(officer, lease, "2-404/2026", Decision);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, r.StatusCode);
        var text = await r.Content.ReadAsStringAsync();
        Refusal.Shown(text, "term.refused.court_mismatch");
        Refusal.Mentions(text, "courts.mismatch.no_decision", "2-404/2026", Court);
        Assert.Equal(0, await RecordsAsync());
    }

    [Fact]
    public async Task Seed000_a_decision_on_another_tenant_or_flat_not_in_force_or_with_another_document_is_refused()
    {
        var lease = await _app.SignedLeaseAsync(new DateOnly(2026, 5, 28));
        using var officer = await _app.As("ktk-officer");
        await _app.PublishCourtDecisionAsync(lease, Court, "2-1/2026", DecisionDay, Decision, tenantIin: TestIins.Recipient1);
        await _app.PublishCourtDecisionAsync(lease, Court, "2-2/2026", DecisionDay, Decision, cadastralNumber: "21:320:045:789:9/99");
        await _app.PublishCourtDecisionAsync(lease, Court, "2-3/2026", DecisionDay, Decision, inForceOn: new DateOnly(2026, 12, 21)); // appeal period running
        await _app.PublishCourtDecisionAsync(lease, Court, "2-4/2026", DecisionDay, "%PDF-1.4\n% another decision\n%%EOF\n"u8.ToArray());

        async Task<string> RefusedAsync(string caseNumber)
        {
            var r = await RecordAsync(officer, lease, caseNumber, Decision);
            Assert.Equal(HttpStatusCode.UnprocessableEntity, r.StatusCode);
            return await r.Content.ReadAsStringAsync();
        }

        Refusal.Mentions(await RefusedAsync("2-1/2026"), "courts.mismatch.not_tenant");
        Refusal.Mentions(await RefusedAsync("2-2/2026"), "courts.mismatch.not_flat");
        Refusal.Mentions(await RefusedAsync("2-3/2026"), "courts.mismatch.not_in_force");
        Refusal.Mentions(await RefusedAsync("2-4/2026"), "courts.mismatch.document_differs");
        Assert.Equal(0, await RecordsAsync());
    }

    [Fact]
    public async Task Seed000_when_the_court_records_service_cannot_answer_the_termination_is_refused_with_503()
    {
        var lease = await _app.SignedLeaseAsync(new DateOnly(2026, 5, 28));
        using var officer = await _app.As("ktk-officer");
        await File.WriteAllTextAsync(_app.Services.GetRequiredService<LocalCourtDecisionRegistry>().Path, "{ not json");

        var r = await RecordAsync(officer, lease, "2-5/2026", Decision);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, r.StatusCode);
        Refusal.Shown(await r.Content.ReadAsStringAsync(), "term.refused.court_unavailable");
        Assert.Equal(0, await RecordsAsync());
    }

    [Fact]
    public async Task Seed000_the_record_notes_the_family_minors_first_and_the_tenant_page_explains_the_right_to_appeal()
    {
        var lease = await _app.SignedLeaseAsync(new DateOnly(2026, 5, 28));
        using var officer = await _app.As("ktk-officer");
        using var tenant = await _app.As("tenant");
        FamilyMember[] family =
        [
            new("Aigerim Sadykova", new DateOnly(1990, 3, 1), "spouse"),
            new("Dana Sadykova", new DateOnly(2015, 6, 1), "daughter"),
            new("Arman Sadykov", new DateOnly(2020, 1, 9), "son"),
        ];
        await _app.PublishCourtDecisionAsync(lease, Court, "2-6/2026", DecisionDay, Decision, family, inForceOn: new DateOnly(2026, 11, 24));

        var r = await RecordAsync(officer, lease, "2-6/2026", Decision);

        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        var view = await TermPlatform.JsonAsync(r);
        Assert.Equal("2026-11-24", view.GetProperty("decisionInForceOn").GetString());
        Assert.Equal(["Arman Sadykov", "Dana Sadykova", "Aigerim Sadykova"], view.GetProperty("consideredFamily").EnumerateArray().Select(m => m.GetProperty("name").GetString()));
        var stored = await _app.WithDbAsync(db => db.Set<TerminationRecord>().SingleAsync());
        Assert.NotNull(stored.CourtVerifiedAt);

        var en = await tenant.GetStringAsync($"/Tenant/Term?id={lease.Id}&lang=en");
        Assert.Contains("id=\"court-in-force\">2026-11-24<", en);
        Assert.Contains("Checked against the court-records service", en);
        var minors = en.IndexOf("Arman Sadykov (son, 2020-01-09, minor)", StringComparison.Ordinal);
        Assert.True(minors > 0 && minors < en.IndexOf("Aigerim Sadykova (spouse, 1990-03-01)", StringComparison.Ordinal), "minors are listed first");
        Assert.Contains("Your right to appeal", en);
        Assert.Contains("Шағымдану құқығыңыз", await tenant.GetStringAsync($"/Tenant/Term?id={lease.Id}&lang=kk"));
        Assert.Contains("Ваше право на обжалование", await tenant.GetStringAsync($"/Tenant/Term?id={lease.Id}&lang=ru"));
    }

    [Fact]
    public async Task Seed000_a_record_the_court_records_service_did_not_confirm_cannot_be_certified()
    {
        var lease = await _app.SignedLeaseAsync(new DateOnly(2026, 5, 28));
        using var officer = await _app.As("ktk-officer");
        var id = Guid.NewGuid();
        await _app.WithDbAsync(async db =>
        {
            // A record from before the court rule (no confirmation).
            db.Add(new TerminationRecord
            {
                Id = id, LeaseId = lease.Id, Kind = TerminationKind.Involuntary, Ground = "arrears", CourtName = Court, CaseNumber = "2-7/2026",
                DecisionDate = DecisionDay, DecisionFile = Decision, DocumentSha256 = "00", RecordedAt = _app.Time.GetUtcNow(),
            });
            return await db.SaveChangesAsync();
        });

        var r = await TermPlatform.PostCms(officer, $"/api/term/{lease.Id}/terminations/{id}/signature", _app.Sign(Decision, "ktk-officer"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, r.StatusCode);
        Refusal.Shown(await r.Content.ReadAsStringAsync(), "term.refused.record_unconfirmed");
        Assert.Null(await _app.WithDbAsync(db => db.Set<TerminationRecord>().Where(t => t.Id == id).Select(t => t.AcceptedAt).SingleAsync()));
    }
}

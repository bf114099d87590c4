using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using RentToOwn.Platform.Tests.Infrastructure;

namespace RentToOwn.Platform.Tests.Term;

/// <summary>
/// Seed 000 on the tenant's page (rendered, no browser): a court-ordered termination shows the court, the case number,
/// the decision date, that the decision's SHA-256 is recorded, and what it means for the tenant — in kk, ru and en.
/// </summary>
public sealed class TermCourtPageTests : IDisposable
{
    private static readonly byte[] Decision = "%PDF-1.4\n% Astana city court, case 2-555/2026: lease terminated for arrears\n%%EOF\n"u8.ToArray();
    private readonly TermPlatform _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task The_tenant_sees_the_court_decision_and_what_it_means()
    {
        var lease = await _app.SignedLeaseAsync(new DateOnly(2026, 5, 28));
        using var tenant = await _app.As("tenant");
        using var officer = await _app.As("ktk-officer");
        Assert.DoesNotContain("id=\"term-court\"", await tenant.GetStringAsync($"/Tenant/Term?id={lease.Id}"));

        await _app.PublishCourtDecisionAsync(lease, "Astana city inter-district court", "2-555/2026", new DateOnly(2026, 11, 20), Decision);
        var form = new MultipartFormDataContent
        {
            { new StringContent(await FormPost.TokenAsync(officer, "/Officer/RecipientLists")), "__RequestVerificationToken" },
            { new StringContent("Astana city inter-district court"), "courtName" }, { new StringContent("2-555/2026"), "caseNumber" },
            { new StringContent("2026-11-20"), "decisionDate" }, { new StringContent("arrears of 5 payments"), "ground" },
        };
        var file = new ByteArrayContent(Decision);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "decision", "decision.pdf");
        var recorded = await TermPlatform.JsonAsync(await officer.PostAsync($"/api/term/{lease.Id}/terminations/involuntary", form));
        var sha = Convert.ToHexStringLower(SHA256.HashData(Decision));

        // Recorded, not yet certified.
        var en = await tenant.GetStringAsync($"/Tenant/Term?id={lease.Id}&lang=en");
        Assert.Contains("id=\"term-court\" data-accepted=\"false\"", en);
        Assert.Contains("Awaiting KTK&#x27;s certification", en);
        Assert.Contains("Astana city inter-district court", en);
        Assert.Contains("2-555/2026", en);
        Assert.Contains("2026-11-20", en);
        Assert.Contains(sha, en);

        // Certified with the officer's EDS: the closing starts; the tenant's page explains it.
        var id = recorded.GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await TermPlatform.PostCms(officer, $"/api/term/{lease.Id}/terminations/{id}/signature", _app.Sign(Decision, "ktk-officer"))).StatusCode);
        en = await tenant.GetStringAsync($"/Tenant/Term?id={lease.Id}&lang=en");
        Assert.Contains("id=\"term-court\" data-accepted=\"true\"", en);
        Assert.Contains("Termination on a court decision", en);
        Assert.Contains("SHA-256 of the decision document recorded", en);
        Assert.Contains($"<code id=\"court-sha256\">{sha}</code>", en);
        Assert.Contains("the lease encumbrance ends by the court&#x27;s decision", en);
        Assert.Contains("Your signature is not needed", en);
        Assert.DoesNotContain("id=\"term-terminate\"", en);

        var ru = await tenant.GetStringAsync($"/Tenant/Term?id={lease.Id}&lang=ru");
        Assert.Contains("Прекращение по решению суда", ru);
        Assert.Contains("SHA-256 документа решения записан", ru);
        Assert.Contains("Ваша подпись не нужна", ru);
        Assert.Contains("2-555/2026", ru);
        var kk = await tenant.GetStringAsync($"/Tenant/Term?id={lease.Id}&lang=kk");
        Assert.Contains("Сот шешімі бойынша шартты тоқтату", kk);
        Assert.Contains("Сіздің қолтаңбаңыз қажет емес", kk);
        Assert.Contains(sha, kk);
    }
}

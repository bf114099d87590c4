using System.Net;
using System.Net.Http.Json;
using RentToOwn.Platform.Tests.Registration;

namespace RentToOwn.Platform.Tests.Term;

/// <summary>
/// The whole term against the real registration feature and the embedded cadastre simulator: the encumbrance is
/// registered, the tenant buys out early (sandbox), the closing files the two applications, the registration feature
/// takes them to REGISTERED (consents, A.30 session, fees), and the lease shows as owned.
/// </summary>
public sealed class TermLifecycleTests : IDisposable
{
    private readonly TermPlatform _app = new(mockRegistration: false);

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Registered_lease_bought_out_then_termination_and_ownership_registered_means_owned()
    {
        var flow = new RegistrationFlow(_app);
        // Married, as the cadastre's АХАЖ records the demo tenant: the spouse takes part in the A.21/A.30 sessions.
        var lease = await _app.SignedLeaseAsync(new DateOnly(2026, 5, 28), cadastralNumber: "21:320:050:4201", registered: false, married: true);
        var encumbrance = await flow.FormAsync(lease.Id);
        await flow.CompleteAsync(encumbrance);
        await flow.WaitForAsync(encumbrance, "REGISTERED");

        using var tenant = await _app.As("tenant");
        using var officer = await _app.As("ktk-officer");
        using var head = await _app.As("ktk-head");
        await _app.PayAsync(tenant, $"/api/term/{lease.Id}/buyout/payments");
        Assert.Equal(HttpStatusCode.OK, (await officer.PostAsync($"/api/term/{lease.Id}/closing", null)).StatusCode);
        var letter = await head.GetByteArrayAsync($"/api/term/{lease.Id}/closing/letter/pdf");
        var transfer = await tenant.GetByteArrayAsync($"/api/term/{lease.Id}/closing/transfer/pdf");
        Assert.Equal(HttpStatusCode.OK, (await TermPlatform.PostCms(head, $"/api/term/{lease.Id}/closing/letter/signature", _app.Sign(letter, "ktk-head"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await TermPlatform.PostCms(tenant, $"/api/term/{lease.Id}/closing/transfer/signatures", _app.Sign(transfer, "tenant"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await TermPlatform.PostCms(head, $"/api/term/{lease.Id}/closing/transfer/signatures", _app.Sign(transfer, "ktk-head"))).StatusCode);
        var filed = await TermPlatform.JsonAsync(await officer.PostAsync($"/api/term/{lease.Id}/closing/applications", null));
        var termination = filed.GetProperty("terminationRegistrationId").GetGuid();
        var ownership = filed.GetProperty("ownershipRegistrationId").GetGuid();

        // The registration feature's steps (A.30–A.33): consents and signatures, one video session, fees.
        await flow.ConsentAndHeadSignAsync(termination);
        await flow.ConsentAndSignAsync(ownership);
        await flow.RecordVerdictAsync(termination.ToString(), "TerminationAndOwnership");
        await flow.PayAsync(termination, "ktk-officer");
        await flow.WaitForAsync(termination, "REGISTERED");
        await flow.PayAsync(ownership);
        await flow.WaitForAsync(ownership, "REGISTERED");

        using var tenantAgain = await _app.As("tenant");
        var closing = await TermPlatform.JsonAsync(await tenantAgain.GetAsync($"/api/term/{lease.Id}/closing"));
        Assert.Equal("Owned", closing.GetProperty("state").GetString());
        Assert.All(closing.GetProperty("applications").EnumerateArray(), a => Assert.Equal("REGISTERED", a.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task Court_decision_termination_is_filed_alone_and_registered_means_terminated()
    {
        var flow = new RegistrationFlow(_app);
        var lease = await _app.SignedLeaseAsync(new DateOnly(2026, 5, 28), cadastralNumber: "21:320:050:4202", registered: false, married: true);
        var encumbrance = await flow.FormAsync(lease.Id);
        await flow.CompleteAsync(encumbrance);
        await flow.WaitForAsync(encumbrance, "REGISTERED");

        // Seed 000: arrears alone end nothing; the court decision record, certified by the officer, does.
        using var officer = await _app.As("ktk-officer");
        using var head = await _app.As("ktk-head");
        var decision = "%PDF-1.4\n% Astana city court, case 2-77/2026, lease terminated for arrears\n%%EOF\n"u8.ToArray();
        await _app.PublishCourtDecisionAsync(lease, "Astana city court", "2-77/2026", new DateOnly(2026, 11, 20), decision);
        var form = new MultipartFormDataContent
        {
            { new StringContent(await Infrastructure.FormPost.TokenAsync(officer, "/Officer/RecipientLists")), "__RequestVerificationToken" },
            { new StringContent("Astana city court"), "courtName" }, { new StringContent("2-77/2026"), "caseNumber" },
            { new StringContent("2026-11-20"), "decisionDate" }, { new StringContent("arrears"), "ground" },
            { new ByteArrayContent(decision), "decision", "decision.pdf" },
        };
        var recorded = await TermPlatform.JsonAsync(await officer.PostAsync($"/api/term/{lease.Id}/terminations/involuntary", form));
        var id = recorded.GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await TermPlatform.PostCms(officer, $"/api/term/{lease.Id}/terminations/{id}/signature", _app.Sign(decision, "ktk-officer"))).StatusCode);
        var letter = await head.GetByteArrayAsync($"/api/term/{lease.Id}/closing/letter/pdf");
        Assert.Equal(HttpStatusCode.OK, (await TermPlatform.PostCms(head, $"/api/term/{lease.Id}/closing/letter/signature", _app.Sign(letter, "ktk-head"))).StatusCode);
        var filed = await TermPlatform.JsonAsync(await officer.PostAsync($"/api/term/{lease.Id}/closing/applications", null));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, filed.GetProperty("ownershipRegistrationId").ValueKind);
        var termination = filed.GetProperty("terminationRegistrationId").GetGuid();

        // Seed 000: the registration proceeds without the tenant — no ДҚБ consent, no A.30 session; KTK's head signs
        // the application (A.31) and KTK pays; the certified court decision travels with it to the cadastre.
        var view = await flow.ViewAsync(termination, "ktk-officer");
        Assert.True(view.CourtOrdered);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(decision)), view.CourtDecisionSha256);
        Assert.Equal(["signature", "fee"], view.Missing);
        var applicationForm = await head.GetByteArrayAsync($"/api/registrations/{termination}/form");
        Assert.True((await head.PostAsJsonAsync($"/api/registrations/{termination}/signature", new { cms = _app.Sign(applicationForm, "ktk-head") })).IsSuccessStatusCode);
        await flow.PayAsync(termination, "ktk-officer");
        await flow.WaitForAsync(termination, "REGISTERED");
        using var officerAgain = await _app.As("ktk-officer");
        var closing = await TermPlatform.JsonAsync(await officerAgain.GetAsync($"/api/term/{lease.Id}/closing"));
        Assert.Equal("CourtDecision", closing.GetProperty("reason").GetString());
        Assert.Equal("Terminated", closing.GetProperty("state").GetString());
    }
}

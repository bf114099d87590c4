using System.Net;
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
        var lease = await _app.SignedLeaseAsync(new DateOnly(2026, 5, 28), cadastralNumber: "21:320:050:4201");
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
        await flow.AttachVerdictAsync(termination);
        await flow.PayAsync(termination, "ktk-officer");
        await flow.WaitForAsync(termination, "REGISTERED");
        await flow.PayAsync(ownership);
        await flow.WaitForAsync(ownership, "REGISTERED");

        using var tenantAgain = await _app.As("tenant");
        var closing = await TermPlatform.JsonAsync(await tenantAgain.GetAsync($"/api/term/{lease.Id}/closing"));
        Assert.Equal("Owned", closing.GetProperty("state").GetString());
        Assert.All(closing.GetProperty("applications").EnumerateArray(), a => Assert.Equal("REGISTERED", a.GetProperty("status").GetString()));
    }
}

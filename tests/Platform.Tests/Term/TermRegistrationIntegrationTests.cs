using System.Net;
using RentToOwn.Platform.Tests.Infrastructure;

namespace RentToOwn.Platform.Tests.Term;

/// <summary>The closing against the real registration feature (area/registration): both applications are formed and their statuses shown.</summary>
public sealed class TermRegistrationIntegrationTests : IDisposable
{
    private readonly TermPlatform _app = new(mockRegistration: false);

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Buyout_then_closing_forms_the_termination_and_ownership_applications_in_the_registration_feature()
    {
        var lease = await _app.SignedLeaseAsync(new DateOnly(2026, 5, 28));
        using var tenant = await _app.As("tenant");
        using var officer = await _app.As("ktk-officer");
        using var head = await _app.As("ktk-head");
        await _app.PayAsync(tenant, $"/api/term/{lease.Id}/buyout/payments");
        Assert.Equal(HttpStatusCode.OK, (await officer.PostAsync($"/api/term/{lease.Id}/closing", null)).StatusCode);
        var letter = await officer.GetByteArrayAsync($"/api/term/{lease.Id}/closing/letter/pdf");
        var transfer = await officer.GetByteArrayAsync($"/api/term/{lease.Id}/closing/transfer/pdf");
        Assert.Equal(HttpStatusCode.OK, (await TermPlatform.PostCms(head, $"/api/term/{lease.Id}/closing/letter/signature", _app.Sign(letter, "ktk-head"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await TermPlatform.PostCms(tenant, $"/api/term/{lease.Id}/closing/transfer/signatures", _app.Sign(transfer, "tenant"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await TermPlatform.PostCms(head, $"/api/term/{lease.Id}/closing/transfer/signatures", _app.Sign(transfer, "ktk-head"))).StatusCode);

        var filed = await officer.PostAsync($"/api/term/{lease.Id}/closing/applications", null);
        var body = await filed.Content.ReadAsStringAsync();
        Assert.True(filed.StatusCode == HttpStatusCode.OK, body);
        var view = await TermPlatform.JsonAsync(await tenant.GetAsync($"/api/term/{lease.Id}/closing"));
        Assert.Equal("Filed", view.GetProperty("state").GetString());
        var apps = view.GetProperty("applications").EnumerateArray().ToList();
        Assert.Equal(["EncumbranceTermination", "Ownership"], apps.Select(a => a.GetProperty("kind").ToString()));
        Assert.All(apps, a => Assert.NotEqual("REGISTERED", a.GetProperty("status").GetString()));
        var ownership = view.GetProperty("ownershipRegistrationId").GetGuid();
        Assert.Equal(ownership, apps[1].GetProperty("id").GetGuid());

        // Filing again changes nothing (one open application per kind).
        var again = await TermPlatform.JsonAsync(await officer.PostAsync($"/api/term/{lease.Id}/closing/applications", null));
        Assert.Equal(ownership, again.GetProperty("ownershipRegistrationId").GetGuid());
        Assert.Equal(2, again.GetProperty("applications").GetArrayLength());
        Assert.Contains("data-kind=\"Ownership\"", await tenant.GetStringAsync($"/Tenant/Term?id={lease.Id}"));
    }
}

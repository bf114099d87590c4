using System.Net;
using Microsoft.EntityFrameworkCore;
using RentToOwn.Platform.Registration.Model;
using RentToOwn.Platform.Tests.Infrastructure;
using RentToOwn.Platform.Tests.VideoSessions;

namespace RentToOwn.Platform.Tests.Registration;

/// <summary>The officer's and the registrar's registration cabinets (Razor forms with anti-forgery).</summary>
public sealed class CabinetPagesTests : IAsyncLifetime
{
    private readonly RegistrationPlatform _app = new();
    private readonly RegistrationFlow _flow;

    public CabinetPagesTests() => _flow = new RegistrationFlow(_app);

    public Task InitializeAsync() => VideoSessionSetup.WaitForDemoUsersAsync(_app);

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Officer_forms_from_the_signed_contract_on_the_page_and_the_registrar_sees_the_verdict_to_countersign()
    {
        var lease = await SignedLeases.CreateAsync(_app, _flow, "21:320:050:61");
        using var officer = await _flow.ClientAsync("ktk-officer");
        var list = await officer.GetStringAsync("/Officer/Registrations");
        Assert.Contains($"data-lease=\"{lease}\"", list);

        // Without the anti-forgery token the form is refused; with it the application is formed.
        var bare = await officer.PostAsync("/Officer/Registrations?handler=Form", new FormUrlEncodedContent(new Dictionary<string, string> { ["leaseId"] = lease.ToString() }));
        Assert.Equal(HttpStatusCode.BadRequest, bare.StatusCode);
        var token = await FormPost.TokenAsync(officer, "/Officer/Registrations");
        var formed = await officer.PostAsync("/Officer/Registrations?handler=Form",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["leaseId"] = lease.ToString(), ["__RequestVerificationToken"] = token }));
        Assert.Equal(HttpStatusCode.Redirect, formed.StatusCode);
        var id = await _app.WithDbAsync(db => db.Set<RegistrationApplication>().Where(a => a.LeaseId == lease).Select(a => a.Id).SingleAsync());
        Assert.Contains($"?id={id}", formed.Headers.Location!.ToString());
        var details = await officer.GetStringAsync($"/Officer/Registrations?id={id}");
        Assert.Contains("data-status=\"AwaitingTenant\"", details);
        Assert.DoesNotContain($"data-lease=\"{lease}\"", details); // no second application for the same lease

        await _flow.ConsentAndSignAsync(id);
        await _flow.RecordVerdictAsync(id.ToString());
        // A.21: the verdict signed once in the room is attached already; the registrar's page only lists it, with nothing to sign.
        using var registrar = await _flow.ClientAsync("registrar");
        var registrarPage = await registrar.GetStringAsync("/Registrar/Registrations");
        Assert.Contains($"data-registration=\"{id}\" data-status=\"AwaitingFee\"", registrarPage);
        Assert.DoesNotContain("sign-widget", registrarPage);
        Assert.DoesNotContain($"/api/registrations/{id}/verdict", registrarPage);

        // A.22: no "file now" before the fee: the page offers no button, and a post is refused with the reason.
        var before = await officer.GetStringAsync($"/Officer/Registrations?id={id}");
        Assert.DoesNotContain("registration-submit-now", before);
        token = await FormPost.TokenAsync(officer, "/VideoSessions/Schedule"); // the officer's token (this page has no form now)
        var refused = await officer.PostAsync($"/Officer/Registrations?handler=Submit&id={id}",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Refusal.Shown(await refused.Content.ReadAsStringAsync(), "registration.refused.fee_unconfirmed");
        Assert.Null((await _flow.ViewAsync(id, "ktk-officer")).CadastreId);

        // Paid: the application goes to the cadastre by itself.
        await _flow.PayAsync(id);
        await _flow.WaitForAsync(id, "REGISTERED");
        Assert.Contains("data-status=\"REGISTERED\"", await officer.GetStringAsync($"/Officer/Registrations?id={id}"));
    }
}

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

        // Filing now (before the fee) from the officer's page.
        token = await FormPost.TokenAsync(officer, $"/Officer/Registrations?id={id}");
        var filed = await officer.PostAsync($"/Officer/Registrations?handler=Submit&id={id}",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        Assert.Equal(HttpStatusCode.Redirect, filed.StatusCode);
        await _flow.WaitForAsync(id, "SUSPENDED", "ART27_FEE_NOT_CONFIRMED");
        Assert.Contains("ART27_FEE_NOT_CONFIRMED", await officer.GetStringAsync($"/Officer/Registrations?id={id}"));
    }
}

using System.Net;
using RentToOwn.Kadastr.Simulator.Checks;
using RentToOwn.Platform.Tests.Infrastructure;
using RentToOwn.Platform.Tests.VideoSessions;

namespace RentToOwn.Platform.Tests.Registration;

/// <summary>A.26 (art. 27): a suspended application shows its ground and what to do in the tenant's cabinet, is completed and resumes to REGISTERED.</summary>
public sealed class SuspensionTests : IAsyncLifetime
{
    private readonly RegistrationPlatform _app = new();
    private readonly RegistrationFlow _flow;

    public SuspensionTests() => _flow = new RegistrationFlow(_app);

    public Task InitializeAsync() => VideoSessionSetup.WaitForDemoUsersAsync(_app);

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    private async Task SubmitNowAsync(Guid id)
    {
        using var officer = await _flow.ClientAsync("ktk-officer");
        var r = await officer.PostAsync($"/api/registrations/{id}/submit", null);
        Assert.True(r.StatusCode == HttpStatusCode.OK, $"submit now: {(int)r.StatusCode} {await r.Content.ReadAsStringAsync()}");
    }

    /// <summary>Renders the tenant's page and checks the ground's code, legal basis, both cadastre texts and the cure.</summary>
    internal static async Task AssertCabinetShowsAsync(RegistrationFlow flow, Guid id, Ground ground, string? todoFragment)
    {
        using var tenant = await flow.ClientAsync("tenant");
        var html = WebUtility.HtmlDecode(await tenant.GetStringAsync($"/Tenant/Registration?id={id}"));
        Assert.Contains($"data-code=\"{ground.Code}\"", html);
        Assert.Contains($"<code id=\"reason-code\">{ground.Code}</code>", html);
        Assert.Contains($"<span id=\"reason-legal-basis\">{ground.LegalBasis}</span>", html);
        Assert.Contains($"<p lang=\"kk\" id=\"reason-kk\">{ground.Kazakh}", html);
        Assert.Contains($"<p lang=\"ru\" id=\"reason-ru\">{ground.Russian}", html);
        if (todoFragment is not null) Assert.Contains(todoFragment, html);
    }

    private static string Timeline(Platform.Registration.RegistrationView v) =>
        $"{v.Attempt}: " + string.Join(", ", v.Events.Select(e => $"{e.Code}/{e.ReasonCode}/{e.CadastreId?[^2..]}/{e.TextKk}"));

    [Fact]
    public async Task A22_file_now_before_the_fee_is_refused_and_the_paid_application_goes_to_the_cadastre()
    {
        var lease = await SignedLeases.CreateAsync(_app, _flow, "21:320:050:11");
        var id = await _flow.FormAsync(lease);
        await _flow.ConsentAndSignAsync(id);
        await _flow.RecordVerdictAsync(id.ToString());
        // A.22: KTK cannot file before the fee is confirmed: refused with the reason, nothing goes to the cadastre.
        using (var officer = await _flow.ClientAsync("ktk-officer"))
        {
            var r = await officer.PostAsync($"/api/registrations/{id}/submit", null);
            Assert.Equal(HttpStatusCode.Conflict, r.StatusCode);
            Refusal.Shown(await r.Content.ReadAsStringAsync(), "registration.refused.fee_unconfirmed");
            var page = WebUtility.HtmlDecode(await officer.GetStringAsync($"/Officer/Registrations?id={id}"));
            Assert.DoesNotContain("registration-submit-now", page);
        }

        var waiting = await _flow.ViewAsync(id, "ktk-officer");
        Assert.Equal("AwaitingFee", waiting.Status);
        Assert.Null(waiting.CadastreId);

        // Paid: the complete application is filed by itself and registered on its first attempt.
        await _flow.PayAsync(id);
        var done = await _flow.WaitForAsync(id, "REGISTERED");
        Assert.Equal(1, done.Attempt);
        Assert.Contains(done.Events, e => e.Code == "FeeConfirmedToCadastre");
        Assert.NotNull(done.DecisionDueAt);
    }

    [Fact]
    public async Task Missing_verdict_then_missing_spouse_are_cured_by_new_verdicts_and_resubmission()
    {
        var lease = await SignedLeases.CreateAsync(_app, _flow, "21:320:050:12");
        var id = await _flow.FormAsync(lease);
        await _flow.ConsentAndSignAsync(id);
        await _flow.PayAsync(id);
        await _flow.WaitForFeeAsync(id);
        await SubmitNowAsync(id);
        await _flow.WaitForAsync(id, "SUSPENDED", Grounds.VideoSessionMissing.Code);
        await AssertCabinetShowsAsync(_flow, id, Grounds.VideoSessionMissing, "бейнесессияға қатысыңыз");

        // A verdict from a session the (married, per АХАЖ) tenant's spouse did not join: resubmitted, suspended again.
        await _flow.RecordVerdictAsync(id.ToString(), spouseJoins: false);
        var spouse = await _flow.WaitForAsync(id, "SUSPENDED", Grounds.SpouseNotParticipating.Code);
        Assert.True(spouse.Attempt == 2, "attempts: " + Timeline(spouse));
        await AssertCabinetShowsAsync(_flow, id, Grounds.SpouseNotParticipating, "A.23");

        // Both spouses take part in a new session: resubmitted again and registered.
        await _flow.RecordVerdictAsync(id.ToString());
        var done = await _flow.WaitForAsync(id, "REGISTERED");
        Assert.True(done.Attempt == 3, "attempts: " + Timeline(done));
        // The timeline keeps every attempt's statuses.
        Assert.Contains(done.Events, e => e.ReasonCode == Grounds.VideoSessionMissing.Code);
        Assert.Contains(done.Events, e => e.ReasonCode == Grounds.SpouseNotParticipating.Code);
    }
}

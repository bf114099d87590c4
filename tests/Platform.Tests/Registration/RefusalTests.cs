using System.Net;
using System.Net.Http.Json;
using RentToOwn.Kadastr.Simulator.Checks;
using RentToOwn.Platform.Tests.VideoSessions;

namespace RentToOwn.Platform.Tests.Registration;

/// <summary>A.27, A.36 (art. 31): refusals the simulator decides on the platform's real applications, shown with their ground in the tenant's cabinet.</summary>
public sealed class RefusalTests : IAsyncLifetime
{
    private readonly RegistrationPlatform _app = new();
    private readonly RegistrationFlow _flow;

    public RefusalTests() => _flow = new RegistrationFlow(_app);

    public Task InitializeAsync() => VideoSessionSetup.WaitForDemoUsersAsync(_app);

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task An_unknown_property_and_an_arrested_one_are_refused_and_nothing_more_can_be_done()
    {
        var missing = await _flow.FormAsync(await SignedLeases.CreateAsync(_app, _flow, "99:999:999:999:9"));
        var arrested = await _flow.FormAsync(await SignedLeases.CreateAsync(_app, _flow, "21:320:041:001:2"));
        await _flow.CompleteAsync(missing);
        await _flow.CompleteAsync(arrested);
        var a = await _flow.WaitForAsync(missing, "REFUSED", Grounds.PropertyNotFound.Code);
        Assert.Equal("art. 31", a.Reason!.LegalBasis);
        await SuspensionTests.AssertCabinetShowsAsync(_flow, missing, Grounds.PropertyNotFound, "Бас тарту негізін жою мүмкін емес");
        await _flow.WaitForAsync(arrested, "REFUSED", Grounds.BlockingEncumbrance.Code);
        await SuspensionTests.AssertCabinetShowsAsync(_flow, arrested, Grounds.BlockingEncumbrance, null);

        // A refused application takes no further steps; KTK may form a new one for the lease.
        using var officer = await _flow.ClientAsync("ktk-officer");
        var again = await officer.PostAsync($"/api/registrations/{missing}/submit", null);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        using var tenant = await _flow.ClientAsync("tenant");
        Assert.Equal(HttpStatusCode.Conflict, (await tenant.PostAsync($"/api/registrations/{missing}/fee", null)).StatusCode);
    }

    [Fact]
    public async Task A_negative_verdict_and_a_second_lease_on_a_registered_flat_are_refused()
    {
        var negative = await _flow.FormAsync(await SignedLeases.CreateAsync(_app, _flow, "21:320:050:21"));
        await _flow.CompleteAsync(negative, freeWill: false);
        await _flow.WaitForAsync(negative, "REFUSED", Grounds.VerdictNegative.Code);
        await SuspensionTests.AssertCabinetShowsAsync(_flow, negative, Grounds.VerdictNegative, null);

        var first = await _flow.FormAsync(await SignedLeases.CreateAsync(_app, _flow, "21:320:050:22"));
        await _flow.CompleteAsync(first);
        await _flow.WaitForAsync(first, "REGISTERED");
        var second = await _flow.FormAsync(await SignedLeases.CreateAsync(_app, _flow, "21:320:050:22"));
        await _flow.CompleteAsync(second);
        await _flow.WaitForAsync(second, "REFUSED", Grounds.LeaseAlreadyRegistered.Code);
        await SuspensionTests.AssertCabinetShowsAsync(_flow, second, Grounds.LeaseAlreadyRegistered, null);
    }

    [Fact]
    public async Task A_termination_without_a_registered_lease_is_refused()
    {
        var lease = await SignedLeases.CreateAsync(_app, _flow, "21:320:050:23");
        var termination = await _flow.StartTerminationAsync(lease);
        await _flow.ConsentAndHeadSignAsync(termination);
        await _flow.RecordVerdictAsync(termination.ToString(), "TerminationAndOwnership");
        // KTK pays the fee of its own application; the tenant cannot.
        using (var tenant = await _flow.ClientAsync("tenant"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await tenant.PostAsync($"/api/registrations/{termination}/fee", null)).StatusCode);
        }

        await _flow.PayAsync(termination, "ktk-officer");
        await _flow.WaitForAsync(termination, "REFUSED", Grounds.NoLeaseToTerminate.Code);
        await SuspensionTests.AssertCabinetShowsAsync(_flow, termination, Grounds.NoLeaseToTerminate, null);
    }
}

using System.Net;
using Microsoft.EntityFrameworkCore;
using RentToOwn.Platform.Registration.Model;
using RentToOwn.Platform.Tests.VideoSessions;

namespace RentToOwn.Platform.Tests.Registration;

/// <summary>
/// A.22, issue 17 §3: the platform killed after the confirmed fee was saved and before the application was filed (the
/// crash test's rounds at <c>POST /fee</c>): the complete application is still filed, by the retried payment handler or,
/// without one, by the cadastre retry round.
/// </summary>
public sealed class FeeCrashRecoveryTests
{
    [Fact]
    public async Task A22_the_payment_handler_rerun_after_a_crash_files_the_application_it_completed()
    {
        // No retry round during the test (it runs once at start-up): only the handler can file it.
        using var app = new RegistrationPlatform(new Dictionary<string, string?> { ["Kadastr:RetryInterval"] = "01:00:00" });
        var (flow, id) = await SignedWithVerdictAsync(app, "21:320:050:81");
        using var tenant = await flow.ClientAsync("tenant");
        var fee = await RegistrationFlow.JsonAsync(await tenant.PostAsync($"/api/registrations/{id}/fee", null));

        await SaveFeeWithoutFilingAsync(app, id);
        Assert.Equal("Ready", (await flow.ViewAsync(id, "ktk-officer")).Status);

        // The acquirer's callback arrives (again): the handler finds the fee saved and files the application.
        Assert.Equal(HttpStatusCode.Accepted, (await tenant.PostAsync($"/api/payments/{fee.GetProperty("paymentId").GetGuid()}/sandbox/pay", null)).StatusCode);
        var done = await flow.WaitForAsync(id, "REGISTERED");
        Assert.Equal(1, done.Attempt);
    }

    [Fact]
    public async Task A22_a_complete_application_left_unfiled_by_a_crash_is_filed_by_the_retry_round()
    {
        using var app = new RegistrationPlatform();
        var (flow, id) = await SignedWithVerdictAsync(app, "21:320:050:82");
        var waiting = await flow.ViewAsync(id, "ktk-officer");
        Assert.Equal(["fee"], waiting.Missing);

        await SaveFeeWithoutFilingAsync(app, id);

        var done = await flow.WaitForAsync(id, "REGISTERED");
        Assert.Equal(1, done.Attempt);
        Assert.Single(done.Events, e => e.Code == "Submitted");
    }

    // A.19–A.22: a lease application formed, consented, signed (and certified by KTK), with the registrar's verdict: all but the fee.
    private static async Task<(RegistrationFlow Flow, Guid Id)> SignedWithVerdictAsync(RegistrationPlatform app, string cadastralNumber)
    {
        await VideoSessionSetup.WaitForDemoUsersAsync(app);
        var flow = new RegistrationFlow(app);
        var id = await flow.FormAsync(await SignedLeases.CreateAsync(app, flow, cadastralNumber));
        await flow.ConsentAndSignAsync(id);
        await flow.RecordVerdictAsync(id.ToString());
        return (flow, id);
    }

    // What the fee handler saves before it files (RegistrationSteps.OnFeeConfirmedAsync), and nothing after: the kill point.
    private static Task<int> SaveFeeWithoutFilingAsync(RegistrationPlatform app, Guid id) => app.WithDbAsync(db =>
        db.Set<RegistrationApplication>().Where(a => a.Id == id).ExecuteUpdateAsync(u => u
            .SetProperty(a => a.FeePaidAt, app.Time.GetUtcNow())
            .SetProperty(a => a.PaymentReference, "crash-test")
            .SetProperty(a => a.PaymentDocument, "payment document"u8.ToArray())));
}

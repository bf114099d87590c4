using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using RentToOwn.Platform.Tests.Infrastructure;
using RentToOwn.Platform.Tests.Term;
using RentToOwn.Platform.Tests.VideoSessions;

namespace RentToOwn.Platform.Tests.Web.Cabinets;

/// <summary>
/// The app on Kestrel with realistic data behind every cabinet page: an approved application of a married tenant with a
/// guarantor (A.8–A.17), a signed and registered lease in its term with two months behind it, an open buyout payment at the
/// sandbox checkout, and a registration video session.
/// </summary>
public sealed class CabinetPagesFixture : IAsyncLifetime
{
    /// <summary>The running app.</summary>
    public KestrelPlatform App { get; } = new();

    /// <summary>The seeded ids.</summary>
    public CabinetData Data { get; private set; } = null!;

    /// <summary>axe-core's browser build from the ClientApp's node_modules.</summary>
    public string AxeScript { get; private set; } = "";

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        AxeScript = await File.ReadAllTextAsync(Path.Combine(ClientAppFolder.Path, "node_modules", "axe-core", "axe.min.js"));
        var flow = new ApplicationFlow(App, App.PkiDirectory);
        var application = await flow.ApprovedApplicationAsync(married: true);
        var today = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);
        var lease = await TermLeaseSetup.CreateAsync(App, today.AddMonths(-2), months: 24);
        var tenant = await flow.LoginAsync("tenant");
        var order = await tenant.PostAsync($"/api/term/{lease.Id}/buyout/payments", null);
        if (!order.IsSuccessStatusCode) throw new InvalidOperationException($"buyout order: {order.StatusCode} {await order.Content.ReadAsStringAsync()}");
        var payment = JsonDocument.Parse(await order.Content.ReadAsStringAsync()).RootElement.GetProperty("paymentId").GetGuid();
        var session = await VideoSessionSetup.ScheduleAsync(App, "APP-UI-0001", married: true, at: TimeProvider.System.GetUtcNow().AddHours(2));
        var list = await App.WithDbAsync(db => db.RecipientLists.OrderBy(l => l.ImportedAt).Select(l => l.Id).FirstAsync());
        Data = new CabinetData(application, lease.Id, list, payment, session.Id);
    }

    /// <inheritdoc />
    public Task DisposeAsync()
    {
        App.Dispose();
        return Task.CompletedTask;
    }
}

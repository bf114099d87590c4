using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using RentToOwn.Platform.Registration.Deadlines;
using RentToOwn.Platform.Tests.Infrastructure;
using RentToOwn.Platform.Tests.VideoSessions;

namespace RentToOwn.Platform.Tests.Telemetry;

/// <summary>
/// Runs alone: a meter listener sees every live host's platform meters in this process, so another test's host signing at
/// the same time would show up in these counts.
/// </summary>
[CollectionDefinition(nameof(MetricsEndpointTests), DisableParallelization = true)]
public sealed class MetricsAlone;

/// <summary><c>/metrics</c> (Prometheus text) shows each platform metric after the action that records it.</summary>
[Collection(nameof(MetricsEndpointTests))]
public sealed class MetricsEndpointTests : IDisposable
{
    private readonly PlatformFactory _factory = new();

    [Fact]
    public async Task Metrics_show_signatures_ledger_payments_video_sessions_outbox_and_A38_deadlines_after_each_action()
    {
        var anonymous = _factory.CreateClient();
        var before = await ScrapeAsync(anonymous);
        Assert.DoesNotContain("rto_signatures_accepted_total{", before);
        Assert.DoesNotContain("rto_payments_callbacks_total{", before);

        // A.9, A.12: the tenant's consent and the guarantor's signature are accepted and appended to the ledger.
        var flow = new ApplicationFlow(_factory, _factory.PkiDirectory);
        await flow.SubmittedApplicationAsync();
        // A refused signature: a consent signed by someone else (the guarantor's key for the tenant's session).
        var tenant = await flow.LoginAsync("tenant");
        var form = await ConsentClient.FormAsync(tenant);
        var refused = await tenant.PostAsJsonAsync(form.SubmitUrl, new { language = "kk", cms = flow.Sign("not the consent form"u8.ToArray(), "guarantor") });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        // An unsigned payment callback is refused (401) and counted.
        var callback = await anonymous.PostAsync("/api/payments/callback", new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Unauthorized, callback.StatusCode);
        // A.21: a video session is scheduled.
        await VideoSessionSetup.ScheduleAsync(_factory, "APP-METRICS");
        // A.38: the deadline monitor runs.
        using (var scope = _factory.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<RegistrationDeadlineMonitor>().RunAsync(CancellationToken.None);
        }

        var text = await ScrapeAsync(anonymous);
        Assert.Matches(new Regex(@"rto_signatures_accepted_total\{[^}]*kind=""ConsentGiven""[^}]*\} [1-9]"), text);
        Assert.Matches(new Regex(@"rto_signatures_accepted_total\{[^}]*kind=""ApplicationSigned""[^}]*\} [1-9]"), text);
        Assert.Matches(new Regex(@"rto_signatures_refused_total\{[^}]*reason=""verification""[^}]*\} [1-9]"), text);
        Assert.Matches(new Regex(@"rto_ledger_append_duration_seconds_count\{[^}]*\} [1-9]"), text);
        Assert.Matches(new Regex(@"rto_ledger_batch_size_count\{?[^}\n]*\}? [1-9]"), text);
        Assert.Matches(new Regex(@"rto_payments_callbacks_total\{[^}]*status=""401""[^}]*\} 1"), text);
        Assert.Matches(new Regex(@"rto_video_sessions_events_total\{[^}]*event=""scheduled""[^}]*\} 1"), text);
        Assert.Matches(new Regex(@"rto_cadastre_outbox_depth(\{[^}]*\})? 0"), text);
        Assert.Matches(new Regex(@"rto_cadastre_outbox_oldest_age_seconds(\{[^}]*\})? 0"), text);
        Assert.Matches(new Regex(@"rto_registration_deadlines_at_risk(\{[^}]*\})? 0"), text);
        Assert.Matches(new Regex(@"rto_registration_deadlines_breached(\{[^}]*\})? 0"), text);
    }

    [Fact]
    public async Task Ready_health_checks_report_the_database_ledger_and_cadastre_and_a_stopped_cadastre_as_unhealthy()
    {
        var client = _factory.CreateClient();
        var ok = await client.GetAsync("/healthz/ready");
        Assert.True(ok.StatusCode == HttpStatusCode.OK, $"{(int)ok.StatusCode} {await ok.Content.ReadAsStringAsync()}");
        var body = (await ok.Content.ReadFromJsonAsync<Ready>())!;
        Assert.Equal("Healthy", body.Status);
        Assert.Equal(["cadastre", "database", "ledger"], body.Checks.Keys.Order());
        Assert.All(body.Checks.Values, c => Assert.Equal("Healthy", c.Status));
        // The ledger line says what is configured: here the embedded log (the log service, EVM and Fabric: LedgerConfigurationTests).
        Assert.StartsWith("embedded log: checkpoint of size ", body.Checks["ledger"].Description);
        Assert.Contains("in-process-cadastre", body.StandIns);

        // The embedded cadastre simulator stops: the check says so, and the endpoint answers 503.
        var connection = _factory.Services.GetRequiredService<RentToOwn.Platform.Registration.Cadastre.CadastreConnection>();
        await connection.Simulator!.DisposeAsync();
        var down = await client.GetAsync("/healthz/ready");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, down.StatusCode);
        var report = (await down.Content.ReadFromJsonAsync<Ready>())!;
        Assert.Equal("Unhealthy", report.Status);
        Assert.Equal("Unhealthy", report.Checks["cadastre"].Status);
        Assert.Contains("does not answer", report.Checks["cadastre"].Description);
        Assert.Equal("Healthy", report.Checks["database"].Status);
        // Liveness stays up: /healthz keeps its stand-ins report.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
    }

    private static async Task<string> ScrapeAsync(HttpClient client)
    {
        var r = await client.GetAsync("/metrics");
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        return await r.Content.ReadAsStringAsync();
    }

    private sealed record Check(string Status, string? Description);

    private sealed record Ready(string Status, Dictionary<string, Check> Checks, string[] StandIns);

    public void Dispose() => _factory.Dispose();
}

using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using RentToOwn.LedgerAdapter.Embedded;
using RentToOwn.LedgerAdapter.Remote;
using RentToOwn.Platform.Ledger;
using RentToOwn.Platform.Tests.Infrastructure;

namespace RentToOwn.Platform.Tests.Ledger;

/// <summary>
/// Issue 17 §2: with <c>Ledger:Endpoint</c> the platform uses the log service (<c>rto ledger serve</c>) instead of an embedded
/// log; its ledger folder must hold the service's public keys and deployment secret. (Receipts and bundles through the
/// service: LedgerAdapter.Tests' LogServiceTests.)
/// </summary>
public sealed class ServedLogBackendTests() : LedgerBackendHosts("rto-served-ledger-"), IAsyncLifetime
{
    private const string Token = "served-log-test-token";
    private readonly string _serviceDir = Path.Combine(Directory.CreateTempSubdirectory("rto-log-service-").FullName, "ledger");
    private EmbeddedLedger? _log;
    private LogServiceHost? _service;

    public async Task InitializeAsync()
    {
        var folder = new LedgerDirectory(_serviceDir);
        await folder.InitAsync("test.rto.kz/served", "test.rto.kz/served-witness");
        _log = folder.Open(TimeProvider.System);
        _service = await LogServiceHost.StartAsync(_log, new LogServiceOptions { Token = Token, AllowTokenOverPlaintext = true });

        // The platform's ledger folder holds only what it must trust and the signer-reference secret, copied out of band.
        var platformLedger = Directory.CreateDirectory(Path.Combine(DataDirectory, "ledger")).FullName;
        foreach (var file in new[] { "log.pub", "witness.pub", "deployment.secret" })
        {
            File.Copy(Path.Combine(_serviceDir, file), Path.Combine(platformLedger, file));
        }
    }

    public async Task DisposeAsync()
    {
        if (_service is not null) await _service.DisposeAsync();
        if (_log is not null) await _log.DisposeAsync();
        try { Directory.Delete(Path.GetDirectoryName(_serviceDir)!, recursive: true); } catch (IOException) { }
    }

    protected override IEnumerable<(string Key, string Value)> BackendSettings() =>
        [("Ledger:Endpoint", _service!.Address.ToString()), ("Ledger:Token", Token)];

    [Fact]
    public async Task A_platform_whose_ledger_folder_lacks_the_service_keys_stops_with_a_message_naming_the_file()
    {
        File.Delete(Path.Combine(DataDirectory, "ledger", "witness.pub"));
        var app = Start();

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => app.Services.GetRequiredService<PlatformLedger>().LedgerAsync(default));

        Assert.Contains("witness.pub is missing", refused.Message);
        Assert.Equal(0, (await _log!.GetLatestCheckpointAsync()).Checkpoint.Size);
    }

    [Fact]
    public async Task Readiness_names_the_log_service_and_its_address_not_the_embedded_log()
    {
        var app = Start();

        var ready = await app.CreateClient().GetAsync("/healthz/ready");

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        var ledger = (await ready.Content.ReadFromJsonAsync<Ready>())!.Checks["ledger"];
        Assert.Equal("Healthy", ledger.Status);
        Assert.Equal($"log service at {_service!.Address.Authority}: checkpoint of size 0", ledger.Description);
    }

    [Fact]
    public async Task A_signature_request_and_its_append_at_the_log_service_are_one_trace()
    {
        var app = Start();
        var flow = new ApplicationFlow(app, app.PkiDirectory);
        var officer = await flow.LoginAsync("ktk-officer");
        var csv = Encoding.UTF8.GetBytes($"iin,full_name,phone,category\n{DemoKeys.Party(app.PkiDirectory, "tenant").Iin},Askarov Arman,+77011234567,budget\n");
        Assert.Equal(HttpStatusCode.OK, (await FormPost.UploadAsync(officer, "/Officer/RecipientLists",
            new Dictionary<string, string> { ["Source"] = "Astana akimat", ["ReceivedOn"] = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime).AddDays(-1).ToString("yyyy-MM-dd") },
            "Upload", "list.csv", csv)).StatusCode);
        var tenant = await flow.LoginAsync("tenant");
        var form = await ConsentClient.FormAsync(tenant);

        // The caller's trace (as a browser or gateway with OpenTelemetry would send it); only spans of this trace are recorded,
        // so other tests' hosts in this process neither appear here nor pay for spans.
        var traceId = ActivityTraceId.CreateRandom();
        var spans = new ConcurrentBag<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name is "Microsoft.AspNetCore" or "System.Net.Http",
            Sample = (ref ActivityCreationOptions<ActivityContext> o) => o.TraceId == traceId ? ActivitySamplingResult.AllDataAndRecorded : ActivitySamplingResult.None,
            ActivityStopped = spans.Add,
        };
        ActivitySource.AddActivityListener(listener);
        using var request = new HttpRequestMessage(HttpMethod.Post, form.SubmitUrl)
        {
            Content = JsonContent.Create(new { language = "kk", cms = flow.Sign(Convert.FromBase64String(form.Document), "tenant") }),
        };
        request.Headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom()}-01");
        var consent = await tenant.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, consent.StatusCode);

        // A.9: the consent is on the service's log, appended in the caller's trace: the service's gRPC server span is in it.
        Assert.Equal(1, (await _log!.GetLatestCheckpointAsync()).Checkpoint.Size);
        var append = await SpanAsync(spans, s => s.Kind == ActivityKind.Server && (s.GetTagItem("grpc.method") as string ?? "").EndsWith("/Append", StringComparison.Ordinal));
        Assert.Equal(traceId, append.TraceId);
        Assert.Contains(spans, s => s.Kind == ActivityKind.Client && s.Source.Name == "System.Net.Http" && s.SpanId == append.ParentSpanId);
    }

    private static async Task<Activity> SpanAsync(ConcurrentBag<Activity> spans, Func<Activity, bool> match)
    {
        // The server span ends just after its reply is written: wait for it (bounded), never a fixed sleep.
        var until = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            if (spans.FirstOrDefault(match) is { } found) return found;
            Assert.True(DateTime.UtcNow < until, "no such span; recorded: " + string.Join(", ", spans.Select(s => $"{s.Source.Name}:{s.Kind}:{s.DisplayName}")));
            await Task.Delay(20);
        }
    }

    private sealed record Check(string Status, string? Description);

    private sealed record Ready(string Status, Dictionary<string, Check> Checks);
}

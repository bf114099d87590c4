using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using RentToOwn.Kadastr.Gateway;
using RentToOwn.Platform.Registration.Cadastre;
using RentToOwn.Platform.Tests.Infrastructure;
using RentToOwn.Platform.Tests.Registration;
using RentToOwn.Platform.Tests.VideoSessions;

namespace RentToOwn.Platform.Tests.Telemetry;

/// <summary>
/// Issue 17 §4: one trace spans the platform request that files a registration (A.22), the cadastre outbox's later send
/// (<c>kadastr.submit</c>, on the dispatcher's thread) and the cadastre's own server span — the outbox keeps the request's
/// W3C trace context. (A restart between enqueue and send: Kadastr.Gateway.Tests' TraceContextTests.)
/// </summary>
public sealed class CadastreTraceTests
{
    [Fact]
    public async Task A22_the_officers_filing_request_the_outbox_send_and_the_cadastres_SubmitApplication_are_one_trace()
    {
        using var app = new RegistrationPlatform();
        await VideoSessionSetup.WaitForDemoUsersAsync(app);
        var flow = new RegistrationFlow(app);
        var id = await flow.FormAsync(await SignedLeases.CreateAsync(app, flow, "21:320:050:41"));
        await flow.ConsentAndSignAsync(id);
        await flow.PayAsync(id);
        await flow.WaitForFeeAsync(id);

        // The caller's trace, as a browser or proxy with OpenTelemetry sends it; only this trace's spans are recorded, so
        // other tests' hosts in this process neither show up here nor pay for spans.
        var traceId = ActivityTraceId.CreateRandom();
        var spans = new ConcurrentBag<Activity>();
        using var listener = new ActivityListener
        {
            // "": activities made with `new Activity` (Grpc.Net.Client's call span) report through the unnamed source.
            ShouldListenTo = s => s.Name is "" or "Microsoft.AspNetCore" or "System.Net.Http" or KadastrGateway.TracingSource,
            Sample = (ref ActivityCreationOptions<ActivityContext> o) => o.TraceId == traceId ? ActivitySamplingResult.AllDataAndRecorded : ActivitySamplingResult.None,
            ActivityStopped = a =>
            {
                if (a.TraceId == traceId) spans.Add(a);
            },
        };
        ActivitySource.AddActivityListener(listener);
        using var officer = await flow.ClientAsync("ktk-officer");
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/registrations/{id}/submit");
        request.Headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom()}-01");
        Assert.Equal(HttpStatusCode.OK, (await officer.SendAsync(request)).StatusCode);

        // The outbox row keeps the request's context (the platform's server span, child of the caller's).
        var cadastreId = (await flow.ViewAsync(id, "ktk-officer")).CadastreId!;
        var item = app.Services.GetRequiredService<CadastreConnection>().Gateway.Find(cadastreId)!;
        Assert.StartsWith($"00-{traceId}-", item.TraceParent);

        var send = await SpanAsync(spans, s => s.OperationName == "kadastr.submit" && s.GetTagItem("kadastr.application_id") as string == cadastreId);
        Assert.Equal(traceId, send.TraceId);
        var platformRequest = await SpanAsync(spans, s => s.Source.Name == "Microsoft.AspNetCore" && s.SpanId.ToHexString() == item.TraceParent!.Split('-')[2]);
        Assert.Equal(platformRequest.SpanId, send.ParentSpanId);
        // The cadastre simulator (its own Kestrel server) served SubmitApplication in the same trace, below the send's gRPC call.
        var cadastre = await SpanAsync(spans, s => s.Kind == ActivityKind.Server
            && (s.GetTagItem("grpc.method") as string ?? "").EndsWith("/SubmitApplication", StringComparison.Ordinal));
        Assert.Equal(traceId, cadastre.TraceId);
        Assert.True(Descends(spans, cadastre, send.SpanId), "the cadastre's span is not below the send: " + string.Join(", ", spans.Select(s => $"{s.Source.Name}:{s.SpanId}<{s.ParentSpanId}")));
    }

    /// <summary>Whether <paramref name="span"/>'s chain of recorded parents reaches <paramref name="ancestor"/>.</summary>
    private static bool Descends(IEnumerable<Activity> spans, Activity span, ActivitySpanId ancestor)
    {
        var byId = spans.DistinctBy(s => s.SpanId).ToDictionary(s => s.SpanId);
        for (var parent = span.ParentSpanId; parent != default; parent = byId[parent].ParentSpanId)
        {
            if (parent == ancestor) return true;
            if (!byId.ContainsKey(parent)) return false;
        }

        return false;
    }

    private static async Task<Activity> SpanAsync(ConcurrentBag<Activity> spans, Func<Activity, bool> match)
    {
        // A span is recorded when it ends (a server's just after its reply): wait for it, bounded, never a fixed sleep.
        var until = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            if (spans.FirstOrDefault(match) is { } found) return found;
            Assert.True(DateTime.UtcNow < until, "no such span; recorded: " + string.Join(", ", spans.Select(s => $"{s.Source.Name}:{s.Kind}:{s.DisplayName}")));
            await Task.Delay(20);
        }
    }
}

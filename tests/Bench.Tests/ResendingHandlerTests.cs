using System.Collections.Concurrent;
using System.Net;
using RentToOwn.Bench.Platform.Crash;

namespace RentToOwn.Bench.Tests;

/// <summary>
/// The crash test's client (issue 17 §3): a call cut off by a platform restart is sent again, byte for byte, and the
/// resending is bounded (a dead platform ends in an error naming the step, not a hang).
/// </summary>
public sealed class ResendingHandlerTests
{
    private static readonly Uri Contract = new("http://platform.test/api/contracts/6f1c2d3e-4a5b-4c6d-8e7f-0a1b2c3d4e5f/signatures");

    [Fact]
    public async Task A_reset_connection_and_a_gateway_answer_are_resent_with_the_same_body_until_the_platform_answers()
    {
        var inner = new Scripted(
            _ => throw new HttpRequestException("Connection reset by peer", new IOException("reset")),
            _ => Task.FromResult(new HttpResponseMessage(HttpStatusCode.BadGateway)),
            _ => Task.FromResult(new HttpResponseMessage(HttpStatusCode.Created) { Content = new StringContent("{\"index\":7}") }));
        var resends = new ConcurrentQueue<string>();
        using var client = new HttpClient(new ResendingHandler(inner, resends, firstPause: TimeSpan.Zero));

        using var response = await client.PostAsync(Contract, new StringContent("{\"cms\":\"MIIB\"}"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("{\"index\":7}", await response.Content.ReadAsStringAsync());
        Assert.Equal(["{\"cms\":\"MIIB\"}", "{\"cms\":\"MIIB\"}", "{\"cms\":\"MIIB\"}"], inner.Bodies);
        Assert.All(inner.Paths, p => Assert.Equal(Contract.AbsolutePath, p));
        Assert.Equal(["POST /api/contracts/{id}/signatures: connection: reset", "POST /api/contracts/{id}/signatures: 502"], resends);
    }

    [Fact]
    public async Task A_refusal_the_platform_gave_is_not_resent()
    {
        var inner = new Scripted(_ => Task.FromResult(new HttpResponseMessage(HttpStatusCode.Conflict)));
        var resends = new ConcurrentQueue<string>();
        using var client = new HttpClient(new ResendingHandler(inner, resends, firstPause: TimeSpan.Zero));

        using var response = await client.PostAsync(Contract, new StringContent("{}"));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Single(inner.Bodies);
        Assert.Empty(resends);
    }

    [Fact]
    public async Task A_platform_that_never_answers_ends_in_an_error_naming_the_step_once_the_total_is_spent()
    {
        // Each attempt waits for its own time limit (the event: its token is cancelled), and the total allows no resend.
        var inner = new Scripted(async ct =>
        {
            await Task.Delay(Timeout.Infinite, ct);
            return new HttpResponseMessage(HttpStatusCode.OK);
        });
        var resends = new ConcurrentQueue<string>();
        using var client = new HttpClient(new ResendingHandler(inner, resends, attemptTimeout: TimeSpan.FromMilliseconds(20), total: TimeSpan.Zero));

        var e = await Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync(Contract));

        Assert.Contains("GET /api/contracts/{id}/signatures: gave up after 1 attempts", e.Message);
        Assert.Contains("no answer in 0.02 s", e.Message);
        Assert.IsAssignableFrom<OperationCanceledException>(e.InnerException);
        Assert.Empty(resends);
    }

    // Answers each attempt with the next script step (the last one repeats), recording the bodies and paths it was sent.
    private sealed class Scripted(params Func<CancellationToken, Task<HttpResponseMessage>>[] steps) : HttpMessageHandler
    {
        private int _next;

        public List<string> Bodies { get; } = [];

        public List<string> Paths { get; } = [];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
        {
            Bodies.Add(request.Content is null ? "" : await request.Content.ReadAsStringAsync(ct));
            Paths.Add(request.RequestUri!.AbsolutePath);
            var step = steps[Math.Min(_next++, steps.Length - 1)];
            return await step(ct);
        }
    }
}

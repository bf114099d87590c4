using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;

namespace RentToOwn.Bench.Platform.Crash;

/// <summary>
/// The crash test's client rides out a platform restart as a real client does: an attempt that meets a refused or reset
/// connection, a gateway answer (502, 504) or no answer within its time limit is sent again — the same method, address,
/// headers and body — after a growing pause (0.25 s doubling to 5 s), until the total limit has passed;
/// then the last failure is thrown. A resent signature gets the platform's first answer (the signing pipeline's rule), so
/// a resend whose first attempt did the work is safe; the round's checks prove nothing was done twice. Every resend is
/// written to <paramref name="resends"/> (step and reason).
/// </summary>
/// <param name="inner">The connection handler.</param>
/// <param name="resends">Where each resend is written.</param>
/// <param name="attemptTimeout">One attempt's limit (default <see cref="DefaultAttemptTimeout"/>).</param>
/// <param name="total">All attempts' limit (default <see cref="DefaultTotal"/>).</param>
/// <param name="firstPause">The first pause (default 0.25 s), doubled after each resend up to 5 s.</param>
public sealed class ResendingHandler(HttpMessageHandler inner, ConcurrentQueue<string> resends, TimeSpan? attemptTimeout = null,
    TimeSpan? total = null, TimeSpan? firstPause = null) : DelegatingHandler(inner)
{
    /// <summary>One attempt's limit: well above a step's time on the loaded 2-core machine (seconds), below a stuck call.</summary>
    public static readonly TimeSpan DefaultAttemptTimeout = TimeSpan.FromSeconds(90);

    /// <summary>All attempts of one call: room for a restart under load (measured 7–20 s, more with other work running).</summary>
    public static readonly TimeSpan DefaultTotal = TimeSpan.FromMinutes(6);

    private static readonly TimeSpan MaxPause = TimeSpan.FromSeconds(5);
    private readonly TimeSpan _attemptTimeout = attemptTimeout ?? DefaultAttemptTimeout;
    private readonly TimeSpan _total = total ?? DefaultTotal;

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        // Buffered once, so every attempt sends the same bytes.
        if (request.Content is not null) await request.Content.LoadIntoBufferAsync(ct);
        var step = $"{request.Method} {CrashProxy.StepOf(request.RequestUri?.AbsolutePath ?? "")}";
        var started = Stopwatch.GetTimestamp();
        var pause = firstPause ?? TimeSpan.FromMilliseconds(250);
        for (var attempt = 1; ; attempt++)
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(_attemptTimeout);
            var message = attempt == 1 ? null : Copy(request); // not disposed: it shares the request's body
            string why;
            Exception? failure;
            try
            {
                var response = await base.SendAsync(message ?? request, timeout.Token);
                // The whole answer inside the attempt: a reset mid-body is a lost answer too.
                await response.Content.LoadIntoBufferAsync(timeout.Token);
                if (response.StatusCode is not (HttpStatusCode.BadGateway or HttpStatusCode.GatewayTimeout)
                    || Stopwatch.GetElapsedTime(started) + pause > _total)
                {
                    return response;
                }

                why = $"{(int)response.StatusCode}";
                failure = null;
                response.Dispose();
            }
            catch (Exception e) when (e is HttpRequestException or IOException)
            {
                (why, failure) = ($"connection: {e.GetBaseException().Message}", e);
            }
            catch (OperationCanceledException e) when (!ct.IsCancellationRequested)
            {
                (why, failure) = (FormattableString.Invariant($"no answer in {_attemptTimeout.TotalSeconds:g} s"), e);
            }

            var elapsed = Stopwatch.GetElapsedTime(started);
            if (elapsed + pause > _total)
            {
                throw new HttpRequestException($"{step}: gave up after {attempt} attempts in {elapsed.TotalSeconds:F0} s: {why}", failure);
            }

            resends.Enqueue($"{step}: {why}");
            await Task.Delay(pause, ct);
            pause = pause * 2 > MaxPause ? MaxPause : pause * 2;
        }
    }

    // The same call again: method, address, headers (cookies come from the handler's container), the buffered body, options.
    private static HttpRequestMessage Copy(HttpRequestMessage request)
    {
        var copy = new HttpRequestMessage(request.Method, request.RequestUri) { Content = request.Content, Version = request.Version, VersionPolicy = request.VersionPolicy };
        foreach (var (name, values) in request.Headers)
        {
            if (!name.Equals("Cookie", StringComparison.OrdinalIgnoreCase)) copy.Headers.TryAddWithoutValidation(name, values);
        }

        foreach (var (key, value) in request.Options) ((IDictionary<string, object?>)copy.Options)[key] = value;
        return copy;
    }
}

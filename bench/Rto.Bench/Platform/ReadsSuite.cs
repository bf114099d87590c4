using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using RentToOwn.Cli.Demo;

namespace RentToOwn.Bench.Platform;

/// <summary>
/// Suite <c>reads</c> (issue 17): reads under load on one platform instance hosted in this process (SQLite). 200 distinct
/// signed-in tenants (own AUTH keys, EDS login) each give their A.9 consent once, then loop on their dashboard page (<c>/Tenant</c>, the journey; audited reads), their
/// contracts (<c>GET /api/contracts</c>) and, every fourth request, the public verifier (<c>POST /api/verify</c>) on a
/// contract PDF and its tenant signature from one lease whose contract was signed first (A.18; its receipts on the ledger). Closed loop, no think time.
/// Reports requests/s, p50/p95/p99 per kind and overall, and errors (any non-2xx). Goal: p95 under 100 ms, no errors.
/// Options: <c>--users N</c> (200), <c>--seconds N</c> (20; --quick: 3 with 20 users).
/// </summary>
public sealed class ReadsSuite : IBenchSuite
{
    /// <inheritdoc />
    public string Name => "reads";

    /// <inheritdoc />
    public Task<JsonObject> RunAsync(bool quick) => RunAsync(quick, []);

    /// <inheritdoc />
    public async Task<JsonObject> RunAsync(bool quick, IReadOnlyList<string> args)
    {
        var users = Options.Int(args, "--users") ?? (quick ? 20 : 200);
        var seconds = Options.Int(args, "--seconds") ?? (quick ? 3 : 20);
        var data = Directory.CreateTempSubdirectory("rto-bench-reads-").FullName;
        try
        {
            var people = BenchPeople.Prepare(data, leases: 1, readers: users);
            await using var platform = await BenchPlatform.StartAsync(data, people, "sqlite");
            using var parties = platform.Parties(people.Leases[0]);
            var contract = await new DemoScenario(platform.Url, data, TextWriter.Null).SignContractAsync(parties, CancellationToken.None);
            var id = contract.Id;
            var pdf = contract.Pdf;
            var cms = await parties.Tenant.Http.GetByteArrayAsync($"api/contracts/{id}/signatures/0/cms");

            var pki = Path.Combine(data, "pki");
            var readers = people.Readers.Select(r => new DemoUser(platform.Url, pki, "tenant", r)).ToList();
            using var logins = new SemaphoreSlim(16);
            await Task.WhenAll(readers.Select(async r =>
            {
                await logins.WaitAsync();
                try
                {
                    await r.LoginAsync(CancellationToken.None);
                    // A.9: the dashboard shows a person's data only with their live consent (without it: a redirect to the form).
                    var consent = await r.PageAsync("Tenant/Consent", CancellationToken.None);
                    if (!consent.Contains("id=\"consent-given\"", StringComparison.Ordinal)) await r.SignWidgetHtmlAsync(consent, "Tenant/Consent", "kk", CancellationToken.None);
                }
                finally
                {
                    logins.Release();
                }
            }));

            // Warm-up: every path once per user.
            await Task.WhenAll(readers.Select(r => OneAsync(r, 0, pdf, cms)));
            await Task.WhenAll(readers.Select(r => OneAsync(r, 3, pdf, cms)));

            var latencies = new ConcurrentDictionary<string, ConcurrentBag<double>>();
            var errors = new ConcurrentDictionary<string, int>();
            var clock = Stopwatch.StartNew();
            var end = TimeSpan.FromSeconds(seconds);
            await Task.WhenAll(readers.Select(async (r, i) =>
            {
                for (var n = i; clock.Elapsed < end; n++)
                {
                    var started = Stopwatch.GetTimestamp();
                    var (kind, status) = await OneAsync(r, n, pdf, cms);
                    latencies.GetOrAdd(kind, _ => []).Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                    if (status is < 200 or > 299) errors.AddOrUpdate($"{kind} {status}", 1, (_, c) => c + 1);
                }
            }));
            clock.Stop();
            foreach (var r in readers) r.Dispose();

            var all = latencies.Values.SelectMany(v => v).Order().ToArray();
            var byKind = new JsonObject();
            foreach (var (kind, values) in latencies.OrderBy(kv => kv.Key)) byKind[kind] = Summary(values.Order().ToArray(), clock.Elapsed);
            var overall = Summary(all, clock.Elapsed);
            return new JsonObject
            {
                ["users"] = users,
                ["seconds"] = Math.Round(clock.Elapsed.TotalSeconds, 2),
                ["requestsPerSecond"] = overall["requestsPerSecond"]!.DeepClone(),
                ["p95Ms"] = overall["p95Ms"]!.DeepClone(),
                ["goalP95Ms"] = 100,
                ["errors"] = errors.Values.Sum(),
                ["errorKinds"] = new JsonObject(errors.Select(kv => KeyValuePair.Create(kv.Key, (JsonNode?)kv.Value))),
                ["overall"] = overall,
                ["byKind"] = byKind,
                ["processors"] = Environment.ProcessorCount,
            };
        }
        finally
        {
            try
            {
                Directory.Delete(data, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    // Dashboard page, own contracts, dashboard again, the public verifier: a quarter of the requests each.
    private static async Task<(string Kind, int Status)> OneAsync(DemoUser user, int n, byte[] pdf, byte[] cms)
    {
        switch (n % 4)
        {
            case 0:
            case 2:
                using (var r = await user.Http.GetAsync("Tenant"))
                {
                    await r.Content.ReadAsByteArrayAsync();
                    return ("dashboard", (int)r.StatusCode);
                }

            case 1:
                using (var r = await user.Http.GetAsync("api/contracts"))
                {
                    await r.Content.ReadAsByteArrayAsync();
                    return ("contracts", (int)r.StatusCode);
                }

            default:
                using (var form = new MultipartFormDataContent())
                {
                    var document = new ByteArrayContent(pdf);
                    document.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
                    var signature = new ByteArrayContent(cms);
                    signature.Headers.ContentType = new MediaTypeHeaderValue("application/pkcs7-signature");
                    form.Add(document, "document", "contract.pdf");
                    form.Add(signature, "signature", "tenant.cms");
                    using var r = await user.Http.PostAsync("api/verify", form);
                    await r.Content.ReadAsByteArrayAsync();
                    return ("verifier", (int)r.StatusCode);
                }
        }
    }

    private static JsonObject Summary(double[] sorted, TimeSpan elapsed) => new()
    {
        ["requests"] = sorted.Length,
        ["requestsPerSecond"] = Math.Round(sorted.Length / elapsed.TotalSeconds, 1),
        ["p50Ms"] = Options.Percentile(sorted, 0.50),
        ["p95Ms"] = Options.Percentile(sorted, 0.95),
        ["p99Ms"] = Options.Percentile(sorted, 0.99),
    };
}

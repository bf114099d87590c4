using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace RentToOwn.Platform.Tests.Security.Authorization;

/// <summary>
/// Issue 15, section 4: every endpoint and page the app maps (read from its endpoint data sources, so a new one without a row
/// fails this test) is called as anonymous, as each role, and as another user of the same role on the victim's objects; each
/// answer must be the status the one table (<see cref="AuthorizationMatrix"/>) declares.
/// </summary>
public sealed class AuthorizationMatrixTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Every_endpoint_answers_each_caller_as_the_matrix_declares()
    {
        using var app = new MatrixPlatform();
        var victim = await Victim.SeedAsync(app);

        var mapped = MappedEndpoints(app);
        var rows = AuthorizationMatrix.Rows.Select(r => r.Endpoint).ToHashSet();
        var problems = mapped.Where(e => !rows.Contains(e)).Select(e => $"no row for {e}").ToList();
        problems.AddRange(rows.Where(r => !mapped.Contains(r)).Select(r => $"row for an endpoint the app does not map: {r}"));

        var clients = new Dictionary<Caller, HttpClient>();
        foreach (var caller in Enum.GetValues<Caller>()) clients[caller] = await victim.ClientAsync(app, caller);
        var calls = 0;
        foreach (var row in AuthorizationMatrix.Rows)
        {
            var observed = new Dictionary<Caller, HttpStatusCode>();
            // Party callers last: a wrong user's call must not depend on what the owner did before.
            foreach (var caller in Enum.GetValues<Caller>().OrderBy(c => c is Caller.Anonymous or >= Caller.OtherTenant ? 0 : 1).ThenBy(c => c))
            {
                var client = row.FreshClient ? await victim.ClientAsync(app, caller) : clients[caller];
                observed[caller] = await CallAsync(client, row, victim);
                calls++;
                if (row.FreshClient) client.Dispose();
            }

            var wrong = observed.Where(kv => kv.Value != row.ExpectedFor(kv.Key)).ToList();
            if (wrong.Count > 0)
            {
                problems.Add($"{row.Endpoint}: " + string.Join(", ", wrong.Select(kv => $"{kv.Key} expected {(int)row.ExpectedFor(kv.Key)} got {(int)kv.Value}"))
                    + $"\n    observed: \"{MatrixRow.Notation(observed)}\"");
            }
        }

        foreach (var c in clients.Values) c.Dispose();
        output.WriteLine($"{mapped.Count} endpoints, {AuthorizationMatrix.Rows.Count} rows, {calls} calls");
        Assert.True(problems.Count == 0, $"{problems.Count} problem(s):\n" + string.Join("\n", problems));
    }

    /// <summary>Each mapped endpoint as the matrix names it: <c>METHOD /pattern</c> (ANY without a method), <c>PAGE /path</c> for a page.</summary>
    private static HashSet<string> MappedEndpoints(MatrixPlatform app) =>
        app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().Select(e =>
        {
            if (e.Metadata.GetMetadata<ActionDescriptor>() is PageActionDescriptor page) return $"PAGE {page.ViewEnginePath}";
            var methods = e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods is { Count: > 0 } m ? string.Join(',', m) : "ANY";
            var pattern = e.RoutePattern.RawText ?? "";
            return $"{methods} {(pattern.StartsWith('/') ? pattern : "/" + pattern)}";
        }).ToHashSet();

    private static async Task<HttpStatusCode> CallAsync(HttpClient client, MatrixRow row, Victim victim)
    {
        using var request = new HttpRequestMessage(new HttpMethod(row.Method == "ANY" ? "GET" : row.Method), victim.Fill(row.Request));
        if (row.Multipart) request.Content = new MultipartFormDataContent { { new StringContent("x"), "note" } };
        else if (row.Body is not null) request.Content = new StringContent(victim.Fill(System.Text.Json.JsonSerializer.Serialize(row.Body)), Encoding.UTF8, "application/json");
        else if (row.Method == "POST") request.Content = JsonContent.Create(new { });
        using var response = await client.SendAsync(request);
        // Pages: the cookie handler redirects instead of answering 401/403.
        if (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString is { } to)
        {
            if (to.Contains("/Login", StringComparison.Ordinal)) return HttpStatusCode.Unauthorized;
            if (to.Contains("/Forbidden", StringComparison.Ordinal)) return HttpStatusCode.Forbidden;
        }

        return response.StatusCode;
    }
}

using System.Net;

namespace RentToOwn.Platform.Tests.Security.Authorization;

/// <summary>
/// One endpoint of the matrix: the route as the app maps it (<c>GET /api/contracts/{id:guid}</c>, or <c>PAGE /Tenant/Index</c> for a
/// Razor page), the request the matrix sends (placeholders filled by <see cref="Victim.Fill"/>), and the expected status per caller.
/// Expectations read <c>A401 T200 *404</c>: a column letter of <see cref="Callers.Letters"/> and a status, <c>*</c> for every caller
/// not named. Pages answer a redirect to /Login as 401 and to /Forbidden as 403 (the cookie handler's page behaviour).
/// </summary>
public sealed record MatrixRow(string Endpoint, string Request, string Expected, object? Body = null)
{
    /// <summary>Multipart form instead of JSON.</summary>
    public bool Multipart { get; init; }

    /// <summary>Call with a fresh session (the request ends it, e.g. logout).</summary>
    public bool FreshClient { get; init; }

    /// <summary>The method to send when the endpoint takes any (<c>ANY …</c>).</summary>
    public string? Verb { get; init; }

    public string Method => Verb ?? (Endpoint.StartsWith("PAGE ", StringComparison.Ordinal) ? "GET" : Endpoint[..Endpoint.IndexOf(' ')]);

    /// <summary>The expected status of <paramref name="caller"/>.</summary>
    public HttpStatusCode ExpectedFor(Caller caller)
    {
        int? fallback = null;
        foreach (var token in Expected.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var code = int.Parse(token[1..], System.Globalization.CultureInfo.InvariantCulture);
            if (token[0] == '*') fallback = code;
            else if (token[0] == caller.Letter()) return (HttpStatusCode)code;
        }

        return fallback is { } f ? (HttpStatusCode)f : throw new InvalidOperationException($"{Endpoint}: no expectation for {caller}");
    }

    /// <summary>The same notation for observed statuses (printed on a mismatch, to compare with the table).</summary>
    public static string Notation(IReadOnlyDictionary<Caller, HttpStatusCode> observed)
    {
        var common = observed.Values.GroupBy(v => v).OrderByDescending(g => g.Count()).First().Key;
        return string.Join(' ', observed.Where(kv => kv.Value != common).OrderBy(kv => kv.Key).Select(kv => $"{kv.Key.Letter()}{(int)kv.Value}")
            .Append($"*{(int)common}"));
    }
}

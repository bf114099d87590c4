using System.Net.Http.Json;
using RentToOwn.Eds.Certificates;
using RentToOwn.Eds.Signing;

namespace RentToOwn.Platform.Tests.Infrastructure;

/// <summary>Logs in through the public EDS login API the way the browser code does.</summary>
internal static class EdsClient
{
    public sealed record Challenge(string Nonce, DateTimeOffset ExpiresAt, string Text, string Content);

    public sealed record LoginResult(string Name, string Iin, List<string> Roles, string Redirect);

    public static async Task<Challenge> ChallengeAsync(HttpClient client)
    {
        var r = await client.PostAsync("/api/auth/challenge", null);
        r.EnsureSuccessStatusCode();
        return (await r.Content.ReadFromJsonAsync<Challenge>())!;
    }

    public static string Sign(Challenge challenge, Pkcs12Key key, TimeProvider time) =>
        Convert.ToBase64String(new CadesSigner(time).Sign(Convert.FromBase64String(challenge.Content), key, CadesSignOptions.Detached));

    public static Task<HttpResponseMessage> AnswerAsync(HttpClient client, string nonce, string cms) =>
        client.PostAsJsonAsync("/api/auth/login", new { nonce, cms });

    /// <summary>A new cookie client logged in with <paramref name="key"/>.</summary>
    public static async Task<HttpClient> LoggedInAsync(PlatformFactory factory, Pkcs12Key key)
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        var c = await ChallengeAsync(client);
        var r = await AnswerAsync(client, c.Nonce, Sign(c, key, factory.Time));
        if (!r.IsSuccessStatusCode) throw new InvalidOperationException($"login failed: {r.StatusCode} {await r.Content.ReadAsStringAsync()}");
        return client;
    }
}

using System.Net.Http.Json;

namespace RentToOwn.Platform.Tests.Infrastructure;

/// <summary>Gives the A.9 consent through the API as the page does: fetch a form (fresh form number), sign its bytes, post to its submit URL.</summary>
internal static class ConsentClient
{
    public sealed record Form(string Text, string Document, string SubmitUrl);

    /// <summary>A new form for the caller in <paramref name="language"/>.</summary>
    public static async Task<Form> FormAsync(HttpClient client, string language = "kk")
    {
        var r = await client.GetAsync($"/api/consents/form?language={language}");
        r.EnsureSuccessStatusCode();
        return (await r.Content.ReadFromJsonAsync<Form>())!;
    }

    /// <summary>Signs a new form with <paramref name="sign"/> (bytes → base64 CMS) and posts it.</summary>
    public static async Task<HttpResponseMessage> GiveAsync(HttpClient client, Func<byte[], string> sign, string language = "kk")
    {
        var form = await FormAsync(client, language);
        return await client.PostAsJsonAsync(form.SubmitUrl, new { language, cms = sign(Convert.FromBase64String(form.Document)) });
    }
}

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

    /// <summary>Withdraws every live consent of the caller (the cabinet's withdrawal, signed with <paramref name="sign"/>); returns how many.</summary>
    public static async Task<int> WithdrawAllAsync(HttpClient client, Func<byte[], string> sign)
    {
        var count = 0;
        foreach (var c in (await client.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/consents")).EnumerateArray().Where(c => c.GetProperty("live").GetBoolean()))
        {
            var id = c.GetProperty("id").GetGuid();
            var form = await client.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/consents/{id}/withdrawal?language=en");
            var cms = sign(Convert.FromBase64String(form.GetProperty("document").GetString()!));
            (await client.PostAsJsonAsync($"/api/consents/{id}/withdrawal", new { language = "en", cms })).EnsureSuccessStatusCode();
            count++;
        }

        return count;
    }
}

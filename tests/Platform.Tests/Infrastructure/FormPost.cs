using System.Net.Http.Headers;
using System.Text.RegularExpressions;

namespace RentToOwn.Platform.Tests.Infrastructure;

/// <summary>Posts forms the way a browser does: the anti-forgery token is read from the page first.</summary>
internal static partial class FormPost
{
    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    public static async Task<string> TokenAsync(HttpClient client, string page)
    {
        var html = await client.GetStringAsync(page);
        return TokenPattern().Match(html) is { Success: true } m ? m.Groups[1].Value
            : throw new InvalidOperationException($"no anti-forgery token on {page}");
    }

    public static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string page,
        IDictionary<string, string> fields, string fileField, string fileName, byte[] content, string? tokenPage = null)
    {
        var form = new MultipartFormDataContent { { new StringContent(await TokenAsync(client, tokenPage ?? page)), "__RequestVerificationToken" } };
        foreach (var (k, v) in fields) form.Add(new StringContent(v), k);
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, fileField, fileName);
        return await client.PostAsync(page, form);
    }
}

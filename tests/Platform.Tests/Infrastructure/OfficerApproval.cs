using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace RentToOwn.Platform.Tests.Infrastructure;

/// <summary>
/// A.15–A.17 as the officer does it on the review page: the checks run on opening it, each Unavailable check is overridden with a
/// stated reason (A.15), the approval text is fetched (failed checks confirmed as reviewed) and signed with the officer's EDS
/// (A.16, ledger ApprovalSigned). Every test that approves goes through here.
/// </summary>
internal static partial class OfficerApproval
{
    [GeneratedRegex("name=\"CheckId\" value=\"([0-9a-fA-F-]{36})\"")]
    private static partial Regex UnavailableCheck();

    /// <summary>Overrides every Unavailable check of the latest run with <paramref name="reason"/>; returns how many.</summary>
    public static async Task<int> OverrideUnavailableAsync(HttpClient officer, Guid id, string reason = "Source down; the data were checked on paper (test).")
    {
        var page = $"/Officer/Review/Details?id={id}";
        var ids = UnavailableCheck().Matches(await officer.GetStringAsync(page)).Select(m => m.Groups[1].Value).ToList();
        foreach (var check in ids)
        {
            var fields = new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = await FormPost.TokenAsync(officer, page), ["CheckId"] = check, ["OverrideReason"] = reason,
            };
            (await officer.PostAsync($"{page}&handler=Override", new FormUrlEncodedContent(fields))).EnsureSuccessStatusCode();
        }

        return ids.Count;
    }

    /// <summary>The approval text's bytes from <c>GET /api/officer/applications/{id}/approval</c>, or the refusal.</summary>
    public static async Task<(HttpResponseMessage Response, byte[]? Document)> DocumentAsync(HttpClient officer, Guid id, bool failedChecksReviewed = true)
    {
        var r = await officer.GetAsync($"/api/officer/applications/{id}/approval?failedChecksReviewed={(failedChecksReviewed ? "true" : "false")}");
        if (r.StatusCode != HttpStatusCode.OK) return (r, null);
        var body = await r.Content.ReadFromJsonAsync<JsonElement>();
        return (r, Convert.FromBase64String(body.GetProperty("document").GetString()!));
    }

    /// <summary>Posts <paramref name="cmsBase64"/> as the officer's approval signature.</summary>
    public static Task<HttpResponseMessage> SignAsync(HttpClient officer, Guid id, string cmsBase64) =>
        officer.PostAsJsonAsync($"/api/officer/applications/{id}/approval", new { cms = cmsBase64 });

    /// <summary>
    /// Opens the review page (the checks run), overrides what is Unavailable, and signs the approval with <paramref name="sign"/>
    /// (the officer's key); the response of the signature post (204 when approved).
    /// </summary>
    public static async Task<HttpResponseMessage> ApproveAsync(HttpClient officer, Guid id, Func<byte[], string> sign, bool overrideUnavailable = true)
    {
        (await officer.GetAsync($"/Officer/Review/Details?id={id}")).EnsureSuccessStatusCode();
        if (overrideUnavailable) await OverrideUnavailableAsync(officer, id);
        var (response, document) = await DocumentAsync(officer, id);
        return document is null ? response : await SignAsync(officer, id, sign(document));
    }
}

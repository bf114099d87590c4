using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using RentToOwn.Cli.Commands;
using RentToOwn.Cli.Demo;
using RentToOwn.Eds.Pki;

namespace RentToOwn.Cli.Tests;

/// <summary>
/// Issue 14 §2: <c>rto egov-mobile sign</c> against a real platform (hosted in-process on a loopback port, its clock a
/// test clock): when the platform refuses what the phone posts — another person's signature, a procedure used twice or
/// expired — the command prints the site, the platform's message as "refused: …", and exits 1.
/// </summary>
public sealed class EgovMobileRefusalCommandTests
{
    private static string Key(string pki, string role) =>
        Path.Combine(pki, PkiDirectory.ReadManifest(pki).Parties.Single(p => p.Role == role).Keys.Single(k => k.Purpose == "sign" && k.Algorithm == "rsa").Path);

    private static (int Code, string Out, string Err) Sign(string qr, string key) =>
        CliRunner.Run(EgovMobileCommand.Create(), "sign", "--qr", qr, "--p12", key, "--password", PkiDirectory.KeyPassword);

    private static async Task<string> OpenAsync(DemoUser page, byte[] document)
    {
        var r = await page.Http.PostAsJsonAsync("api/egov-mobile/procedures", new { document = Convert.ToBase64String(document), name = "Test document", purpose = "contract" });
        Assert.True(r.IsSuccessStatusCode, await r.Content.ReadAsStringAsync());
        return JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement.GetProperty("qr").GetString()!;
    }

    [Fact]
    public async Task Wrong_signer_used_twice_and_expired_are_printed_as_refusals_with_exit_code_1()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var host = await DemoHost.StartAsync(DemoLedger.Embedded, [], b => b.Services.AddSingleton<TimeProvider>(clock), CancellationToken.None);
        var pki = Path.Combine(host.DataDirectory, "pki");
        using var tenant = new DemoUser(host.Url, pki, "tenant");
        await tenant.LoginAsync(CancellationToken.None);
        var site = host.Url.GetLeftPart(UriPartial.Authority);

        // Another person's EDS: refused at once, the procedure stays open for its owner.
        var qr = await OpenAsync(tenant, "A.18: a document the tenant signs"u8.ToArray());
        var wrong = Sign(qr, Key(pki, "guarantor"));
        Assert.Equal(1, wrong.Code);
        Assert.Contains($"rto egov-mobile sign: site {site}", wrong.Err);
        Assert.Contains("refused (HTTP 422, egov.refused.not_signed): ", wrong.Err);
        Assert.Contains("\"signed\":false", wrong.Out);

        var right = Sign(qr, Key(pki, "tenant"));
        Assert.True(right.Code == 0, right.Err);
        Assert.DoesNotContain("refused", right.Err);
        Assert.Contains("подписание договора аренды", right.Err); // the description the phone showed

        // The same QR again: used.
        var twice = Sign(qr, Key(pki, "tenant"));
        Assert.Equal(1, twice.Code);
        Assert.Contains("refused (HTTP 409, egov.refused.used): ", twice.Err);

        // Past its life (180 s on the platform's clock): expired.
        var late = await OpenAsync(tenant, "another document"u8.ToArray());
        clock.Advance(TimeSpan.FromSeconds(181));
        var expired = Sign(late, Key(pki, "tenant"));
        Assert.Equal(1, expired.Code);
        Assert.Contains("refused (HTTP 410, egov.refused.expired): ", expired.Err);
    }
}

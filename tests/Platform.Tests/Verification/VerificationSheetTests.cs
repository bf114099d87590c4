using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using RentToOwn.Platform.Identity;
using RentToOwn.Platform.Tests.Infrastructure;
using RentToOwn.Platform.Verification;
using RentToOwn.Platform.Verification.Sheets;

namespace RentToOwn.Platform.Tests.Verification;

/// <summary>
/// Issue 14 §3 (A.18): the verification sheet of a signed contract — rasterised with pdftoppm, its QR decoded with
/// zbarimg, the link followed to the public verifier, every signature TOTAL_PASSED; who may download it; determinism.
/// </summary>
public sealed class VerificationSheetTests : IDisposable
{
    private readonly PlatformFactory _factory = new();
    private readonly ApplicationFlow _flow;

    public VerificationSheetTests() => _flow = new ApplicationFlow(_factory, _factory.PkiDirectory);

    public void Dispose() => _factory.Dispose();

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage r) => JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement;

    /// <summary>A contract signed by tenant, guarantor and head through the contract API; its id, SHA-256 and the head's leaf.</summary>
    private async Task<(Guid Id, string Sha, long HeadLeaf, HttpClient Tenant)> SignedContractAsync()
    {
        await _flow.ApprovedApplicationAsync();
        var tenant = await _flow.LoginAsync("tenant");
        var id = (await JsonAsync(await tenant.GetAsync("/api/contracts"))).EnumerateArray().Single().GetProperty("id").GetGuid();
        var pdf = await tenant.GetByteArrayAsync($"/api/contracts/{id}/pdf");
        HttpResponseMessage last = null!;
        foreach (var role in new[] { "tenant", "guarantor", "ktk-head" })
        {
            last = await (await _flow.LoginAsync(role)).PostAsJsonAsync($"/api/contracts/{id}/signatures", new { cms = _flow.Sign(pdf, role) });
            Assert.Equal(HttpStatusCode.OK, last.StatusCode);
        }

        var leaf = (await JsonAsync(last)).GetProperty("signatures")[2].GetProperty("leafIndex").GetInt64();
        return (id, Convert.ToHexStringLower(SHA256.HashData(pdf)), leaf, tenant);
    }

    private static string Run(string file, params string[] args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var p = Process.Start(start)!;
        var output = p.StandardOutput.ReadToEnd();
        var error = p.StandardError.ReadToEnd();
        p.WaitForExit();
        Assert.True(p.ExitCode == 0, $"{file} exited {p.ExitCode}: {error}");
        return output;
    }

    /// <summary>
    /// Downloads the sheet of <paramref name="sha"/> in <paramref name="lang"/>, checks it is deterministic, rasterises it, decodes
    /// its QR (must name <paramref name="leaf"/>) and follows the link as anyone: every signature TOTAL_PASSED with a verified
    /// ledger record, roles in order. Returns the sheet's text.
    /// </summary>
    private static async Task<string> FollowSheetQrAsync(PlatformFactory app, HttpClient reader, string sha, long leaf, string lang, string[] roles)
    {
        var response = await reader.GetAsync($"/api/sheets/{sha}?lang={lang}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        var sheet = await response.Content.ReadAsByteArrayAsync();
        // Deterministic: the same document and ledger state give the same bytes.
        Assert.Equal(sheet, await reader.GetByteArrayAsync($"/api/sheets/{sha}?lang={lang}"));

        var dir = Directory.CreateTempSubdirectory("rto-sheet-").FullName;
        try
        {
            var file = Path.Combine(dir, "sheet.pdf");
            await File.WriteAllBytesAsync(file, sheet);
            Run("pdftoppm", "-r", "150", "-png", "-f", "1", "-l", "1", file, Path.Combine(dir, "page"));
            var png = Directory.GetFiles(dir, "page*.png").Single();
            var url = Run("zbarimg", "--raw", "-q", png).Trim();
            Assert.Equal($"http://localhost/Verify?doc={sha}&entry={leaf}", url);

            // Follow the link as anyone (no session): the public verifier page shows the report of the stored document.
            var anyone = app.CreateClient();
            var page = await anyone.GetAsync(new Uri(url).PathAndQuery);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            var html = await page.Content.ReadAsStringAsync();
            Assert.Contains("class=\"verdict TOTAL_PASSED\"", html);
            Assert.Equal(roles.Length, html.Split("data-indication=\"TOTAL_PASSED\"").Length - 1);
            if (roles.Length == 0)
            {
                // An unsigned document (the cadastre's result): its own ledger record, proven by its bundle, decides.
                var unsigned = await JsonAsync(await anyone.GetAsync($"/api/verify/stored{new Uri(url).Query}"));
                Assert.Equal("TOTAL_PASSED", unsigned.GetProperty("indication").GetString());
                Assert.Equal(sha, unsigned.GetProperty("documentSha256").GetString());
                Assert.Empty(unsigned.GetProperty("signatures").EnumerateArray());
                var bundle = unsigned.GetProperty("bundle");
                Assert.True(bundle.GetProperty("valid").GetBoolean(), bundle.GetProperty("reason").GetString());
                Assert.True(bundle.GetProperty("documentMatches").GetBoolean());
                Assert.Equal(leaf, bundle.GetProperty("index").GetInt64());
                Assert.Equal("RegistrationResult", bundle.GetProperty("kind").GetString());
                Assert.Contains("class=\"bundle-kind-code\">RegistrationResult</code>", html);
                Assert.DoesNotContain("(RegistrationResult)", html);
                return Run("pdftotext", "-layout", file, "-");
            }

            // Issue 14: the record kind reads as its human label; the code name only under "technical details".
            var kinds = System.Text.RegularExpressions.Regex.Matches(html, "<dd class=\"ledger-kind\">([^<]*)</dd>").Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
            Assert.Equal(roles.Length, kinds.Count);
            foreach (var kind in kinds)
            {
                Assert.DoesNotMatch(@"\([A-Za-z]+\)", kind);
                Assert.DoesNotMatch("^[A-Z][a-z]+[A-Z][A-Za-z]*$", kind);
            }

            Assert.Matches("<details class=\"technical ledger-technical\">\\s*<summary>[^<]+</summary>\\s*<dl class=\"facts\"><dt>[^<]+</dt><dd><code class=\"ledger-kind-code\">[A-Za-z]+</code>", html);

            // Its JSON twin gives the same report as an upload of the document and its CMS files.
            var report = await JsonAsync(await anyone.GetAsync($"/api/verify/stored{new Uri(url).Query}"));
            Assert.Equal("TOTAL_PASSED", report.GetProperty("indication").GetString());
            Assert.Equal(sha, report.GetProperty("documentSha256").GetString());
            var signatures = report.GetProperty("signatures").EnumerateArray().ToList();
            Assert.All(signatures, s => Assert.Equal("TOTAL_PASSED", s.GetProperty("indication").GetString()));
            Assert.Equal(roles, signatures.Select(s => s.GetProperty("ledger").GetProperty("role").GetString()));
            Assert.All(signatures, s => Assert.Equal("verified", s.GetProperty("ledger").GetProperty("status").GetString()));
            Assert.Equal(leaf, signatures[^1].GetProperty("ledger").GetProperty("index").GetInt64());
            return Run("pdftotext", "-layout", file, "-");
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [Fact]
    public async Task Sheet_QR_opens_the_public_verifier_and_every_signature_passes()
    {
        var (_, sha, headLeaf, tenant) = await SignedContractAsync();
        var text = await FollowSheetQrAsync(_factory, tenant, sha, headLeaf, "ru", ["tenant", "guarantor", "ktk-head"]);

        // The printed text: name, hash, masked IINs, roles; never a full IIN.
        Assert.Contains("Лист проверки электронного документа", text);
        Assert.Contains(sha, text);
        foreach (var role in new[] { "tenant", "guarantor", "ktk-head" })
        {
            var iin = DemoKeys.Party(_factory.PkiDirectory, role).Iin;
            Assert.Contains(RentToOwn.Platform.Security.IinMask.Mask(iin)!, text);
            Assert.DoesNotContain(iin, text);
        }

        Assert.Contains("Арендатор", text);
        Assert.Contains("Поручитель", text);
        Assert.Contains("Руководитель КТК", text);
    }

    [Fact]
    public async Task A21_registrar_verdict_has_a_sheet_whose_QR_verifies()
    {
        using var app = new Registration.RegistrationPlatform();
        await VideoSessions.VideoSessionSetup.WaitForDemoUsersAsync(app);
        var flow = new Registration.RegistrationFlow(app);
        var leaseId = await flow.SignedContractAsync();
        var id = await flow.FormAsync(leaseId);
        await flow.ConsentAndSignAsync(id);
        var verdict = await flow.RecordVerdictAsync(id.ToString());
        var sha = Convert.ToHexStringLower(SHA256.HashData(Convert.FromBase64String(verdict.GetProperty("documentBase64").GetString()!)));
        var leaf = verdict.GetProperty("ledgerIndex").GetInt64();

        using var tenant = await flow.ClientAsync("tenant");
        foreach (var (lang, title, role) in new[] { ("kk", "Тіркеушінің бейнесеанс бойынша қорытындысы", "Тіркеуші"), ("ru", "Заключение регистратора по видеосеансу", "Регистратор") })
        {
            var text = await FollowSheetQrAsync(app, tenant, sha, leaf, lang, ["registrar"]);
            Assert.Contains(title, text);
            Assert.Contains(role, text);
            var iin = flow.Iin("registrar");
            Assert.Contains(RentToOwn.Platform.Security.IinMask.Mask(iin)!, text);
            Assert.DoesNotContain(iin, text);
        }

        // Not a party of the lease: as if it did not exist.
        var strangerIin = TestIins.Make("850505", '3', 556);
        await app.AddUserAsync(strangerIin, "Stranger", PlatformRoles.Tenant);
        using var stranger = await app.SignedInClientAsync(strangerIin);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/sheets/{sha}")).StatusCode);
    }

    [Fact]
    public async Task A25_registration_result_has_a_sheet_whose_QR_verifies_the_kept_event_message()
    {
        using var app = new Registration.RegistrationPlatform();
        await VideoSessions.VideoSessionSetup.WaitForDemoUsersAsync(app);
        var flow = new Registration.RegistrationFlow(app);
        var leaseId = await flow.SignedContractAsync();
        var id = await flow.FormAsync(leaseId);
        await flow.CompleteAsync(id);
        var view = await flow.WaitForAsync(id, "REGISTERED");
        var registered = view.Events.Last(e => e.Kind == "Status" && e.Code == "REGISTERED");
        Assert.NotNull(registered.MessageSha256);
        var (sha, leaf) = (registered.MessageSha256!, registered.LedgerIndex!.Value);

        // The ledger's record holds exactly the kept bytes' hash.
        using (var scope = app.Services.CreateScope())
        {
            var ledger = await scope.ServiceProvider.GetRequiredService<RentToOwn.Platform.Ledger.PlatformLedger>().LedgerAsync(default);
            Assert.Equal(sha, (await ledger.GetAsync(leaf, default))!.Record.DocumentSha256.ToHex());
        }

        using var tenant = await flow.ClientAsync("tenant");
        Assert.Contains($"href=\"/api/sheets/{sha}?lang=", await tenant.GetStringAsync("/Tenant/Registration"));
        foreach (var (lang, title) in new[] { ("ru", "Сообщение кадастра о результате регистрации"), ("kk", "Кадастрдың тіркеу нәтижесі туралы хабары") })
        {
            var text = await FollowSheetQrAsync(app, tenant, sha, leaf, lang, []);
            Assert.Contains(title, text);
            Assert.Contains(sha, text);
        }

        // Not a party of the lease: as if it did not exist.
        var strangerIin = TestIins.Make("850505", '3', 557);
        await app.AddUserAsync(strangerIin, "Stranger", PlatformRoles.Tenant);
        using var stranger = await app.SignedInClientAsync(strangerIin);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/sheets/{sha}")).StatusCode);
    }

    [Fact]
    public async Task Sheet_follows_who_may_see_the_document_and_the_link_needs_a_matching_entry()
    {
        var (_, sha, headLeaf, tenant) = await SignedContractAsync();
        // Parties and KTK staff: kk by default, ru on request.
        var kk = await tenant.GetByteArrayAsync($"/api/sheets/{sha}");
        Assert.NotEqual(kk, await tenant.GetByteArrayAsync($"/api/sheets/{sha}?lang=ru"));
        Assert.Equal(HttpStatusCode.OK, (await (await _flow.LoginAsync("guarantor")).GetAsync($"/api/sheets/{sha}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await _flow.LoginAsync("ktk-officer")).GetAsync($"/api/sheets/{sha}")).StatusCode);

        // Someone else: as if it did not exist; no session: not served.
        var strangerIin = TestIins.Make("850505", '3', 555);
        await _factory.AddUserAsync(strangerIin, "Stranger", PlatformRoles.Tenant);
        var stranger = await _factory.SignedInClientAsync(strangerIin);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/sheets/{sha}")).StatusCode);
        var anyone = _factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.NotEqual(HttpStatusCode.OK, (await anyone.GetAsync($"/api/sheets/{sha}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await tenant.GetAsync($"/api/sheets/{new string('0', 64)}")).StatusCode);

        // The public link needs the document's hash and one of its own entries.
        Assert.Equal(HttpStatusCode.NotFound, (await anyone.GetAsync($"/Verify?doc={sha}&entry={headLeaf + 100}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anyone.GetAsync($"/api/verify/stored?doc={new string('a', 64)}&entry={headLeaf}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anyone.GetAsync($"/api/verify/stored?doc=xyz&entry={headLeaf}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anyone.GetAsync($"/api/verify/stored?doc={sha.ToUpperInvariant()}&entry={headLeaf}")).StatusCode);
    }

    [Fact]
    public void Same_sheet_gives_the_same_bytes_and_any_change_other_bytes()
    {
        var pdf = _factory.Services.GetRequiredService<SheetPdf>();
        var at = new DateTimeOffset(2026, 11, 25, 4, 0, 0, TimeSpan.Zero);
        var sheet = new VerificationSheet("kk", "Сатып алу құқығымен жалдау шарты № RTO-1", new string('a', 64),
            [new SheetSigner("tenant", "Тест Арендатор", "90******0120", at, "TOTAL_PASSED", "CN=Тест, SERIALNUMBER=IIN90******0120", "0a1b",
                "CN=Test CA", at.AddDays(-1), at.AddYears(1), 3)],
            new SheetEntry(3, "ContractSigned", new string('b', 64), "rto.example/log", 4, new string('c', 64), 1, 1),
            "https://rto.example/Verify?doc=" + new string('a', 64) + "&entry=3");
        var first = pdf.Render(sheet);
        Assert.Equal(first, pdf.Render(sheet));
        Assert.Equal(first, pdf.Render(sheet with { Signers = [.. sheet.Signers] }));
        Assert.NotEqual(first, pdf.Render(sheet with { Entry = sheet.Entry with { TreeSize = 5 } }));
        Assert.NotEqual(first, pdf.Render(sheet with { Language = "ru" }));
    }
}

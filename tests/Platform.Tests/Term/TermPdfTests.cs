using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using RentToOwn.Platform.Identity;
using RentToOwn.Platform.Tests.Infrastructure;

namespace RentToOwn.Platform.Tests.Term;

/// <summary>
/// Issue 14: the term's schedule and payment statement download as PDFs in kk and ru, deterministic like the contract
/// (same statement → same bytes), linked from the term summary for tenant and officer; a tenant sees only their own lease.
/// </summary>
public sealed class TermPdfTests : IDisposable
{
    // Fake clock: Wed 2026-11-25 09:00 Almaty; periods 1–5 of a lease from 2026-05-28 are overdue (see TermPaymentsTests).
    private static readonly DateOnly Start = new(2026, 5, 28);
    private readonly TermPlatform _app = new();

    public void Dispose() => _app.Dispose();

    private static async Task<byte[]> PdfAsync(HttpClient client, string url)
    {
        var r = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Equal("application/pdf", r.Content.Headers.ContentType!.MediaType);
        var bytes = await r.Content.ReadAsByteArrayAsync();
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(bytes, 0, 5));
        return bytes;
    }

    private static string Text(byte[] pdf)
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(file, pdf);
            var start = new ProcessStartInfo("pdftotext") { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var a in new[] { "-layout", file, "-" }) start.ArgumentList.Add(a);
            using var p = Process.Start(start)!;
            var text = p.StandardOutput.ReadToEnd();
            p.WaitForExit();
            Assert.Equal(0, p.ExitCode);
            return text;
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task The_schedule_PDF_lists_every_period_in_kk_and_ru_and_is_deterministic()
    {
        var lease = await _app.SignedLeaseAsync(Start);
        using var tenant = await _app.As("tenant");

        var kk = await PdfAsync(tenant, $"/api/term/{lease.Id}/schedule/pdf");
        Assert.Equal(kk, await PdfAsync(tenant, $"/api/term/{lease.Id}/schedule/pdf?lang=kk"));
        var ru = await PdfAsync(tenant, $"/api/term/{lease.Id}/schedule/pdf?lang=ru");
        Assert.NotEqual(kk, ru);

        var kkText = Text(kk);
        Assert.Contains("Төлем кестесі", kkText);
        var ruText = Text(ru);
        Assert.Contains("График платежей", ruText);
        Assert.Contains(lease.Number, ruText);
        Assert.Contains(lease.TenantName, ruText);
        // Twelve periods, due dates moved off the weekend (06-28 is a Sunday), and the total.
        Assert.Contains("2026-06-29", ruText);
        Assert.Contains("2027-05-28", ruText);
        Assert.Matches(@"(?m)^\s*12\s+2027-05-28", ruText);
        Assert.Contains("Итого", ruText);
        Assert.DoesNotContain(_app.Iin("tenant"), ruText);

        // The schedule is the plan: a payment does not change it.
        await _app.PayAsync(tenant, $"/api/term/{lease.Id}/installments/1/payments");
        Assert.Equal(ru, await PdfAsync(tenant, $"/api/term/{lease.Id}/schedule/pdf?lang=ru"));
    }

    [Fact]
    public async Task The_statement_PDF_shows_payments_and_arrears_as_of_today_and_changes_only_with_them()
    {
        var lease = await _app.SignedLeaseAsync(Start);
        using var tenant = await _app.As("tenant");
        var before = await PdfAsync(tenant, $"/api/term/{lease.Id}/statement/pdf?lang=ru");
        Assert.Equal(before, await PdfAsync(tenant, $"/api/term/{lease.Id}/statement/pdf?lang=ru"));
        var text = Text(before);
        Assert.Contains("Выписка по платежам", text);
        Assert.Contains("По состоянию на: 2026-11-25", text);
        Assert.Contains("Платежей пока не было.", text);
        Assert.Contains("Просрочен (149 дн.)", text);

        await _app.PayAsync(tenant, $"/api/term/{lease.Id}/installments/1/payments");
        var after = await PdfAsync(tenant, $"/api/term/{lease.Id}/statement/pdf?lang=ru");
        Assert.NotEqual(before, after);
        Assert.Equal(after, await PdfAsync(tenant, $"/api/term/{lease.Id}/statement/pdf?lang=ru"));
        text = Text(after);
        Assert.Contains("Поступившие платежи", text);
        Assert.Contains("Взнос", text);
        Assert.Contains("Оплачен", text);
        Assert.DoesNotContain("Платежей пока не было.", text);
        Assert.DoesNotContain(_app.Iin("tenant"), text);

        var kk = Text(await PdfAsync(tenant, $"/api/term/{lease.Id}/statement/pdf"));
        Assert.Contains("Төлемдер бойынша үзінді", kk);
        Assert.Contains("Жарна", kk);
    }

    [Fact]
    public async Task Tenant_and_officer_find_the_links_on_the_term_summary_and_others_get_404()
    {
        var lease = await _app.SignedLeaseAsync(Start);
        using var tenant = await _app.As("tenant");
        var html = await tenant.GetStringAsync($"/Tenant/Term?id={lease.Id}");
        Assert.Contains($"id=\"term-schedule-pdf\" href=\"/api/term/{lease.Id}/schedule/pdf?lang=", html);
        Assert.Contains($"id=\"term-statement-pdf\" href=\"/api/term/{lease.Id}/statement/pdf?lang=", html);

        using var officer = await _app.As("ktk-officer");
        var officerHtml = await officer.GetStringAsync($"/Officer/Leases/Details?id={lease.Id}");
        Assert.Contains($"href=\"/api/term/{lease.Id}/statement/pdf?lang=", officerHtml);
        await PdfAsync(officer, $"/api/term/{lease.Id}/schedule/pdf");
        await PdfAsync(officer, $"/api/term/{lease.Id}/statement/pdf?lang=ru");

        // Another tenant: as if the lease did not exist; no session: not served.
        await _app.AddUserAsync(TestIins.Recipient2, "Other Tenant", PlatformRoles.Tenant);
        using var other = await _app.SignedInClientAsync(TestIins.Recipient2);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/term/{lease.Id}/schedule/pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/term/{lease.Id}/statement/pdf")).StatusCode);
        using var anyone = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.NotEqual(HttpStatusCode.OK, (await anyone.GetAsync($"/api/term/{lease.Id}/statement/pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await tenant.GetAsync($"/api/term/{Guid.NewGuid()}/schedule/pdf")).StatusCode);
    }
}

using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using RentToOwn.Eds.Signing;
using RentToOwn.Platform.Applications;
using RentToOwn.Platform.Consents;
using RentToOwn.Platform.Identity;
using RentToOwn.Platform.Recipients;
using RentToOwn.Platform.Tests.Infrastructure;

namespace RentToOwn.Platform.Tests.Applications;

/// <summary>
/// A.7: the recipient submits within 15 calendar days of the SMS. After the window the submission is refused with the
/// day it closed and nothing changes; the officer sees on the list who missed it. (Fake clock: 25 Nov 2026.)
/// </summary>
public sealed class ApplicationWindowTests : IDisposable
{
    private const string Page = "/Tenant/Application";
    private static readonly byte[] Pdf = "%PDF-1.7\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF"u8.ToArray();
    private readonly PlatformFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private string TenantIin => DemoKeys.Party(_factory.PkiDirectory, "tenant").Iin;

    private async Task<Guid> ListAsync(params (string Iin, DateOnly Deadline)[] entries)
    {
        var officer = DemoKeys.Party(_factory.PkiDirectory, "ktk-officer").Iin;
        var list = new RecipientList
        {
            Id = Guid.NewGuid(), Source = "Astana akimat", ReceivedOn = new DateOnly(2026, 11, 5), UploadDeadline = new DateOnly(2026, 11, 9),
            ImportedAt = _factory.Time.GetUtcNow(), ImportedByIin = officer, FileName = "list.csv", FileSha256 = new string('0', 64),
        };
        var line = 2;
        foreach (var (iin, deadline) in entries)
        {
            var account = await _factory.WithDbAsync(db => db.Users.Where(u => u.Iin == iin).Select(u => (Guid?)u.Id).SingleOrDefaultAsync())
                          ?? (await _factory.AddUserAsync(iin, "Recipient " + line, PlatformRoles.Tenant)).Id;
            list.Entries.Add(new RecipientListEntry
            {
                Id = Guid.NewGuid(), LineNumber = line++, Iin = iin, FullName = "Recipient " + line, Phone = "+77011234567", Category = "budget",
                AccountId = account, ApplicationDeadline = deadline,
            });
        }

        await _factory.WithDbAsync(db =>
        {
            db.RecipientLists.Add(list);
            return db.SaveChangesAsync();
        });
        return list.Id;
    }

    private async Task<HttpClient> ReadyTenantAsync()
    {
        await _factory.WithDbAsync(db => db.Users.Where(u => u.Iin == TenantIin).ExecuteUpdateAsync(s => s.SetProperty(u => u.Roles, PlatformRoles.Tenant)));
        var client = await EdsClient.LoggedInAsync(_factory, DemoKeys.Load(_factory.PkiDirectory, "tenant"));
        var party = DemoKeys.Party(_factory.PkiDirectory, "tenant");
        var cms = new CadesSigner(_factory.Time).Sign(ConsentForm.Bytes("kk", party.Name, party.Iin, "040540000103"), DemoKeys.Load(_factory.PkiDirectory, "tenant", "sign"), CadesSignOptions.Detached);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync("/api/consents", new { language = "kk", cms = Convert.ToBase64String(cms) })).StatusCode);
        await PostAsync(client, "Save", new() { ["Employer"] = "KazPost", ["Position"] = "Clerk", ["MonthlyIncome"] = "380000", ["FamilyMembers"] = "2" });
        foreach (var kind in TenantApplications.RequiredDocuments)
        {
            await FormPost.UploadAsync(client, $"{Page}?handler=Upload", new Dictionary<string, string> { ["Kind"] = kind.ToString() }, "Document", $"{kind}.pdf", Pdf, tokenPage: Page);
        }

        return client;
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string handler, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = await FormPost.TokenAsync(client, Page);
        return await client.PostAsync($"{Page}?handler={handler}", new FormUrlEncodedContent(fields));
    }

    private Task<ApplicationStatus> StatusAsync() => _factory.WithDbAsync(db => db.Applications.Where(a => a.TenantIin == TenantIin).Select(a => a.Status).SingleAsync());

    [Fact]
    public async Task A7_submission_after_the_window_is_refused_with_the_closing_date()
    {
        await ListAsync((TenantIin, new DateOnly(2026, 11, 24))); // the SMS went on 9 Nov: the last day was yesterday
        var client = await ReadyTenantAsync();

        var r = await PostAsync(client, "Submit", []);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, r.StatusCode);
        Assert.Contains("The 15-calendar-day window for the application and documents (A.7) closed on 2026-11-24", await r.Content.ReadAsStringAsync());
        Assert.Equal(ApplicationStatus.Draft, await StatusAsync());
        Assert.Null(await _factory.WithDbAsync(db => db.Applications.Where(a => a.TenantIin == TenantIin).Select(a => a.SubmittedAt).SingleAsync()));
    }

    [Fact]
    public async Task A7_submission_on_the_last_day_of_the_window_is_accepted()
    {
        await ListAsync((TenantIin, new DateOnly(2026, 11, 25)));
        var client = await ReadyTenantAsync();

        var r = await PostAsync(client, "Submit", []);

        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Equal(ApplicationStatus.Submitted, await StatusAsync());
    }

    [Fact]
    public async Task A7_the_latest_list_naming_the_recipient_sets_the_window()
    {
        await ListAsync((TenantIin, new DateOnly(2026, 11, 10)));
        await ListAsync((TenantIin, new DateOnly(2026, 12, 7))); // named again on a later list: a new SMS, a new window
        var client = await ReadyTenantAsync();

        Assert.Equal(HttpStatusCode.OK, (await PostAsync(client, "Submit", [])).StatusCode);
        Assert.Equal(ApplicationStatus.Submitted, await StatusAsync());
    }

    [Fact]
    public async Task A7_the_officer_sees_who_missed_the_window_who_submitted_and_whose_window_is_open()
    {
        var id = await ListAsync((TestIins.Recipient1, new DateOnly(2026, 11, 24)), (TestIins.Recipient2, new DateOnly(2026, 11, 24)), (TenantIin, new DateOnly(2026, 12, 10)));
        await _factory.WithDbAsync(db =>
        {
            db.Applications.Add(new TenantApplication { Id = Guid.NewGuid(), TenantIin = TestIins.Recipient2, Status = ApplicationStatus.Submitted, CreatedAt = _factory.Time.GetUtcNow() });
            return db.SaveChangesAsync();
        });
        var officer = await _factory.SignedInClientAsync(DemoKeys.Party(_factory.PkiDirectory, "ktk-officer").Iin);

        var html = await officer.GetStringAsync($"/Officer/RecipientLists/Details?id={id}&lang=en");

        Assert.Equal(["missed", "submitted", "open"], System.Text.RegularExpressions.Regex.Matches(html, "class=\"a7-state\" data-state=\"(\\w+)\"").Select(m => m.Groups[1].Value));
        Assert.Contains("Missed the window (A.7)", html);
    }

    [Fact]
    public async Task A2_9_a_guarantor_who_retires_before_the_term_ends_is_refused_though_eligible_today()
    {
        var client = await ReadyTenantAsync();
        var fifty = TestIins.Make("760315", '3', 4242); // a man of 50: retires at 63 on 15 Mar 2039, the 240-month term ends on 25 Nov 2046

        var r = await PostAsync(client, "Invite", new() { ["GuarantorIin"] = fifty });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, r.StatusCode);
        Assert.Contains("A.2.9: guarantor reaches retirement age 63 on 2039-03-15, before obligations end 2046-11-25", WebUtility.HtmlDecode(await r.Content.ReadAsStringAsync()));
        Assert.Equal(0, await _factory.WithDbAsync(db => db.GuarantorInvitations.CountAsync()));
    }
}

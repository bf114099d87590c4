using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using RentToOwn.Platform.Identity;
using RentToOwn.Platform.Tests.Infrastructure;
using RentToOwn.Platform.Tests.Security;

namespace RentToOwn.Platform.Tests.Recipients;

/// <summary>A.6–A.7 through the officer's page on the real app (fake clock: Wed 2026-11-25, 09:00 Almaty).</summary>
public sealed class RecipientImportTests : IDisposable
{
    private const string Page = "/Officer/RecipientLists";
    private readonly PlatformFactory _factory = new();

    private static byte[] Csv(params string[] rows) =>
        Encoding.UTF8.GetBytes(string.Join('\n', ["iin,full_name,phone,category", .. rows]));

    private async Task<HttpClient> OfficerAsync(string iin)
    {
        await _factory.AddUserAsync(iin, "Officer " + iin[..4], PlatformRoles.Officer);
        return await _factory.SignedInClientAsync(iin);
    }

    private static Task<HttpResponseMessage> Upload(HttpClient c, string receivedOn, byte[] csv, string source = "Астана қаласының әкімдігі") =>
        FormPost.UploadAsync(c, Page, new Dictionary<string, string> { ["Source"] = source, ["ReceivedOn"] = receivedOn }, "Upload", "list.csv", csv);

    [Fact]
    public async Task Accepted_list_creates_accounts_sends_sms_and_tracks_the_A6_deadline()
    {
        var officer = await OfficerAsync(TestIins.Officer);
        var r = await Upload(officer, "2026-11-24", Csv(
            $"{TestIins.Recipient1},Нұрлан Қасымов,+77011234567,vulnerable",
            $"{TestIins.Recipient2},Әлия Серікқызы,87771234567,budget"));
        var html = await r.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Contains("id=\"import-accepted\"", html);
        // A.6: received Tue 24 Nov → 2 working days → Thu 26 Nov; uploaded 25 Nov → on time.
        Assert.Contains("2026-11-26", html);
        Assert.Contains("class=\"ontime\"", html);

        var (users, sms) = await _factory.WithDbAsync(async db => (
            await db.Users.Where(u => u.RecipientListId != null).OrderBy(u => u.Phone).ToListAsync(),
            await db.SmsOutbox.ToListAsync()));
        Assert.Equal([TestIins.Recipient1, TestIins.Recipient2], users.Select(u => u.Iin));
        Assert.Equal(2, sms.Count);
        Assert.All(sms, m => Assert.NotNull(m.SentAt));
        Assert.All(sms, m => Assert.Equal("sandbox", m.Provider));
        // A.7: 15 calendar days from the SMS day (25 Nov) → 10 Dec, in both languages.
        Assert.All(sms, m => Assert.Contains("10.12.2026", m.Text));
        Assert.All(sms, m => Assert.Contains("15 күнтізбелік күн", m.Text));
        Assert.All(sms, m => Assert.Contains("15 календарных дней", m.Text));

        var inbox = await _factory.CreateClient().GetStringAsync("/Dev/SmsInbox");
        Assert.Contains("7771234567", inbox);
        Assert.Contains("10.12.2026", inbox);
    }

    [Fact]
    public async Task Late_upload_is_shown_as_late_and_holidays_push_the_deadline()
    {
        var officer = await OfficerAsync(TestIins.Officer);
        // Received Thu 19 Nov → Fri 20, Mon 23 → due 23 Nov; uploaded 25 Nov → late.
        var html = await (await Upload(officer, "2026-11-19", Csv($"{TestIins.Recipient1},A B,+77011234567,vulnerable"))).Content.ReadAsStringAsync();
        Assert.Contains("2026-11-23", html);
        Assert.Contains("class=\"late\"", html);
    }

    [Fact]
    public async Task Bad_rows_refuse_the_whole_list_and_store_nothing()
    {
        var officer = await OfficerAsync(TestIins.Officer);
        var r = await Upload(officer, "2026-11-24", Csv(
            $"{TestIins.Recipient1},Good,+77011234567,vulnerable",
            $"{TestIins.WithWrongControlDigit(TestIins.Recipient2)},Bad,+77011234567,vulnerable",
            $"{TestIins.Recipient1},Again,+77011234567,vulnerable"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, r.StatusCode);
        var html = await r.Content.ReadAsStringAsync();
        Assert.Contains("id=\"import-errors\"", html);
        Refusal.Mentions(html, "csv.refused.duplicate_iin", TestIins.Recipient1, 2);
        Assert.Contains("control digit", html, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, await _factory.WithDbAsync(db => db.RecipientLists.CountAsync()));
        Assert.Equal(0, await _factory.WithDbAsync(db => db.Users.CountAsync(u => u.RecipientListId != null)));
        Assert.Equal(0, await _factory.WithDbAsync(db => db.SmsOutbox.CountAsync()));
    }

    [Theory]
    [InlineData("2026-11-26", "csv.refused.received_future")]
    [InlineData("", "csv.refused.received_missing")]
    [InlineData("2026-02-30", "csv.refused.received_missing")]
    [InlineData("1999-05-04", "csv.refused.received_outside_calendar")]
    public async Task Bad_receipt_dates_are_refused(string receivedOn, string key)
    {
        var officer = await OfficerAsync(TestIins.Officer);
        var r = await Upload(officer, receivedOn, Csv($"{TestIins.Recipient1},A,+77011234567,vulnerable"));
        var html = await r.Content.ReadAsStringAsync();
        Assert.NotEqual(HttpStatusCode.OK, r.StatusCode);
        Refusal.Shown(html, key);
        Assert.Equal(0, await _factory.WithDbAsync(db => db.RecipientLists.CountAsync()));
    }

    [Fact]
    public async Task An_officer_cannot_open_another_officers_list_and_the_attempt_is_audited()
    {
        var owner = await OfficerAsync(TestIins.Officer);
        await Upload(owner, "2026-11-24", Csv($"{TestIins.Recipient1},Нұрлан,+77011234567,vulnerable"));
        var listId = await _factory.WithDbAsync(db => db.RecipientLists.Select(l => l.Id).SingleAsync());

        var ownView = await owner.GetAsync($"{Page}/Details?id={listId}");
        Assert.Equal(HttpStatusCode.OK, ownView.StatusCode);
        Assert.Contains("Нұрлан", await ownView.Content.ReadAsStringAsync());

        var other = await OfficerAsync(TestIins.Officer2);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"{Page}/Details?id={listId}")).StatusCode);
        Assert.DoesNotContain("Нұрлан", await other.GetStringAsync(Page));

        var audit = await _factory.WithDbAsync(db => db.AuditLog.OrderBy(a => a.Id).ToListAsync());
        Assert.Contains(audit, a => a.Actor == TestIins.Officer && a.SubjectIin == TestIins.Recipient1 && a.Allowed);
        Assert.Contains(audit, a => a.Actor == TestIins.Officer2 && !a.Allowed);
    }

    [Fact]
    public async Task The_developer_inbox_exists_only_in_Development()
    {
        using var production = new ProductionReadyFactory();
        Assert.Equal(HttpStatusCode.NotFound, (await production.CreateClient().GetAsync("/Dev/SmsInbox")).StatusCode);
    }

    public void Dispose() => _factory.Dispose();
}

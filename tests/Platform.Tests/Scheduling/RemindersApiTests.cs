using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using RentToOwn.Platform.Identity;
using RentToOwn.Platform.Scheduling.Reminders;
using RentToOwn.Platform.Tests.Infrastructure;

namespace RentToOwn.Platform.Tests.Scheduling;

/// <summary><c>GET /api/reminders</c>: the caller's own reminders only; anonymous callers get 401.</summary>
public sealed class RemindersApiTests : IDisposable
{
    private readonly PlatformFactory _app = new();

    [Fact]
    public async Task Each_user_sees_only_their_own_reminders()
    {
        var mine = await _app.AddUserAsync(TestIins.Officer, "Officer", PlatformRoles.Officer);
        var theirs = await _app.AddUserAsync(TestIins.Officer2, "Other Officer", PlatformRoles.Officer);
        await _app.WithDbAsync(async db =>
        {
            foreach (var (account, subject) in new[] { (mine.Id, "app-mine"), (theirs.Id, "app-theirs") })
            {
                db.Add(new SentReminder
                {
                    Id = Guid.NewGuid(), Kind = ReminderKind.ReviewDueSoon, SubjectId = subject, AccountId = account,
                    Text = $"A.13 {subject}", DueAt = _app.Time.GetUtcNow().AddDays(3), CreatedAt = _app.Time.GetUtcNow(),
                });
            }

            return await db.SaveChangesAsync();
        });

        var client = await _app.SignedInClientAsync(TestIins.Officer);
        var list = await client.GetFromJsonAsync<JsonElement>("/api/reminders");
        var item = Assert.Single(list.EnumerateArray());
        Assert.Equal("app-mine", item.GetProperty("subjectId").GetString());
        Assert.Equal("ReviewDueSoon", item.GetProperty("kind").GetString());
        Assert.False(item.GetProperty("sentBySms").GetBoolean());

        using var anonymous = _app.CreateClient(new() { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/reminders")).StatusCode);
    }

    public void Dispose() => _app.Dispose();
}

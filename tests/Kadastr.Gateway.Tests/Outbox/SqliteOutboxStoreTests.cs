using RentToOwn.Kadastr.Gateway.Outbox;
using RentToOwn.Kadastr.Protocol.V1;

namespace RentToOwn.Kadastr.Gateway.Tests.Outbox;

public sealed class SqliteOutboxStoreTests : IDisposable
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 3, 5, 0, 0, TimeSpan.Zero);
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    private static Application App(string id) => new() { Id = id, Kind = ApplicationKind.LeaseEncumbranceRegistration, CadastralNumber = "21:320:050:1" };

    [Fact]
    public void Enqueue_is_durable_and_idempotent_on_the_id()
    {
        var path = temp.File("outbox.db");
        using (var store = new SqliteOutboxStore(path))
        {
            Assert.True(store.Enqueue(App("a"), T0));
            Assert.False(store.Enqueue(App("a"), T0.AddMinutes(1)));
        }

        using var reopened = new SqliteOutboxStore(path);
        var item = Assert.Single(reopened.InState(OutboxState.Pending));
        Assert.Equal("a", item.ApplicationId);
        Assert.Equal("21:320:050:1", item.Application.CadastralNumber);
        Assert.Equal(T0, item.EnqueuedAt);
        Assert.Equal(0, item.Attempts);
    }

    [Fact]
    public void Due_respects_the_next_attempt_and_reschedules_count_attempts()
    {
        using var store = new SqliteOutboxStore(temp.File("o.db"));
        store.Enqueue(App("a"), T0);
        store.Enqueue(App("b"), T0);
        store.Reschedule("a", T0.AddSeconds(10), "Unavailable: down");

        Assert.Equal(["b"], store.Due(T0, 10).Select(i => i.ApplicationId));
        Assert.Equal(T0, store.NextDue());
        Assert.Equal(["b", "a"], store.Due(T0.AddSeconds(10), 10).Select(i => i.ApplicationId));
        store.MarkSent("b", ApplicationStatus.UnderReview, null, T0);
        Assert.Equal(T0.AddSeconds(10), store.NextDue());
        var a = store.Find("a")!;
        Assert.Equal(1, a.Attempts);
        Assert.Equal("Unavailable: down", a.LastError);
    }

    [Fact]
    public void Sent_items_leave_the_due_list_and_events_only_move_forward()
    {
        using var store = new SqliteOutboxStore(temp.File("o.db"));
        store.Enqueue(App("a"), T0);
        store.MarkSent("a", ApplicationStatus.UnderReview, "UNDER_REVIEW", T0.AddSeconds(1));
        Assert.Empty(store.Due(T0.AddHours(1), 10));
        Assert.Null(store.NextDue());

        store.RecordEvent("a", 3, ApplicationStatus.Registered, "REGISTERED");
        store.RecordEvent("a", 2, ApplicationStatus.UnderReview, "UNDER_REVIEW"); // late duplicate: ignored
        var a = store.Find("a")!;
        Assert.Equal(OutboxState.Sent, a.State);
        Assert.Equal(3UL, a.LastSequence);
        Assert.Equal(ApplicationStatus.Registered, a.LastStatus);

        store.RecordStatus("a", ApplicationStatus.Registered, "REGISTERED");
        Assert.Equal(3UL, store.Find("a")!.LastSequence); // polling does not move the resume point
        store.MarkDone("a");
        Assert.Equal(OutboxState.Done, store.Find("a")!.State);
    }

    [Fact]
    public void Failed_items_are_never_due_again()
    {
        using var store = new SqliteOutboxStore(temp.File("o.db"));
        store.Enqueue(App("a"), T0);
        store.MarkFailed("a", "InvalidArgument: kind");
        Assert.Empty(store.Due(T0.AddDays(1), 10));
        Assert.Equal(OutboxState.Failed, store.Find("a")!.State);
    }

    [Fact]
    public void Application_without_id_is_rejected()
    {
        using var store = new SqliteOutboxStore(temp.File("o.db"));
        Assert.Throws<ArgumentException>(() => store.Enqueue(new Application(), T0));
    }
}

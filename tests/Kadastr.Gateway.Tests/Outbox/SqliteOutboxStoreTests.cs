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
    public void Event_failures_are_counted_without_moving_the_resume_point_and_cleared_once_handled()
    {
        var path = temp.File("o.db");
        using (var store = new SqliteOutboxStore(path))
        {
            store.Enqueue(App("a"), T0);
            store.MarkSent("a", ApplicationStatus.Received, null, T0);
            store.RecordEvent("a", 1, ApplicationStatus.Received, null);
            store.RecordEventFailure("a", 2, "IOException: disk full");
            store.RecordEventFailure("a", 2, "TimeoutException: locked");
        }

        using var reopened = new SqliteOutboxStore(path);
        var stuck = Assert.Single(reopened.WithUndeliveredEvents());
        Assert.Equal(1UL, stuck.LastSequence);
        Assert.Equal(2, stuck.EventFailures);
        Assert.Equal("#2: TimeoutException: locked", stuck.EventError);

        reopened.RecordEventFailure("a", 1, "late failure of an already handled event"); // ignored
        Assert.Equal(2, reopened.Find("a")!.EventFailures);
        reopened.RecordEvent("a", 2, ApplicationStatus.UnderReview, null);
        var handled = reopened.Find("a")!;
        Assert.Equal((2UL, 0, (string?)null), (handled.LastSequence, handled.EventFailures, handled.EventError));
        Assert.Empty(reopened.WithUndeliveredEvents());
    }

    [Fact]
    public void An_outbox_from_before_event_failures_were_tracked_is_upgraded_in_place()
    {
        var path = temp.File("old.db");
        using (var old = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=false"))
        {
            old.Open();
            using var cmd = old.CreateCommand();
            cmd.CommandText = """
                CREATE TABLE outbox(application_id TEXT PRIMARY KEY, payload BLOB NOT NULL, state INTEGER NOT NULL,
                  attempts INTEGER NOT NULL DEFAULT 0, next_attempt_at INTEGER NOT NULL, last_error TEXT,
                  enqueued_at INTEGER NOT NULL, sent_at INTEGER, last_sequence INTEGER NOT NULL DEFAULT 0,
                  last_status INTEGER NOT NULL DEFAULT 0, reason_code TEXT);
                INSERT INTO outbox(application_id, payload, state, next_attempt_at, enqueued_at, last_sequence) VALUES('a', x'', 1, 0, 0, 3);
                """;
            cmd.ExecuteNonQuery();
        }

        using var store = new SqliteOutboxStore(path);
        var a = store.Find("a")!;
        Assert.Equal((OutboxState.Sent, 3UL, 0, (string?)null), (a.State, a.LastSequence, a.EventFailures, a.EventError));
        store.RecordEventFailure("a", 4, "x");
        Assert.Equal(1, store.Find("a")!.EventFailures);
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

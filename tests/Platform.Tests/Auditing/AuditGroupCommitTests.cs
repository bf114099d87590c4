using System.Threading.Channels;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using RentToOwn.Platform.Auditing;

namespace RentToOwn.Platform.Tests.Auditing;

/// <summary>
/// A.9, A.39 (issue 17, reads under load): the audit log's group commit. Lines wait in a queue and are committed in
/// batches by one writer; a request gets its answer only once its line is committed; a failed commit fails the requests
/// of that batch; stopping commits what is queued. The store is held at a gate, so every step is an event, not a sleep.
/// </summary>
public sealed class AuditGroupCommitTests
{
    [Fact]
    public async Task A39_lines_queued_while_a_commit_runs_are_committed_together_in_the_next_batch()
    {
        var store = new GatedStore();
        await using var commit = Start(store);

        var first = commit.WriteAsync([Line("a")], CancellationToken.None);
        Assert.Equal(["a"], await store.NextBatchAsync()); // the writer holds "a" at the gate
        var rest = new[] { "b", "c", "d" }.Select(r => commit.WriteAsync([Line(r)], CancellationToken.None)).ToArray();

        store.Release();
        Assert.True(await first);
        Assert.Equal(["b", "c", "d"], await store.NextBatchAsync());
        store.Release();
        Assert.All(await Task.WhenAll(rest), Assert.True);
        Assert.Equal((2, 4), (commit.Batches, commit.Entries));
        Assert.Equal(["a", "b", "c", "d"], store.Committed.Select(e => e.Resource));
    }

    [Fact]
    public async Task A39_a_write_answers_only_after_its_batch_is_committed()
    {
        var store = new GatedStore();
        await using var commit = Start(store);

        var write = commit.WriteAsync([Line("a"), Line("a2")], CancellationToken.None);
        Assert.Equal(["a", "a2"], await store.NextBatchAsync());
        // The store has not returned (it waits at the gate): nothing is committed, so the request has no answer yet.
        Assert.False(write.IsCompleted);
        Assert.Empty(store.Committed);

        store.Release();
        Assert.True(await write);
        Assert.Equal(["a", "a2"], store.Committed.Select(e => e.Resource));
    }

    [Fact]
    public async Task A39_a_failed_commit_fails_every_request_of_its_batch_and_the_next_batch_still_commits()
    {
        var store = new GatedStore();
        await using var commit = Start(store);

        var first = commit.WriteAsync([Line("a")], CancellationToken.None);
        await store.NextBatchAsync();
        var failing = new[] { "b", "c" }.Select(r => commit.WriteAsync([Line(r)], CancellationToken.None)).ToArray();
        store.Release();
        await first;

        Assert.Equal(["b", "c"], await store.NextBatchAsync());
        store.Fail(new InvalidOperationException("disk full"));
        foreach (var f in failing)
        {
            Assert.Equal("disk full", (await Assert.ThrowsAsync<InvalidOperationException>(() => f)).Message);
        }

        var after = commit.WriteAsync([Line("d")], CancellationToken.None);
        Assert.Equal(["d"], await store.NextBatchAsync());
        store.Release();
        Assert.True(await after);
        Assert.Equal(["a", "d"], store.Committed.Select(e => e.Resource));
        Assert.Equal((2, 2), (commit.Batches, commit.Entries));
    }

    [Fact]
    public async Task A39_stopping_commits_the_queued_lines_and_later_writes_are_left_to_the_caller()
    {
        var store = new GatedStore();
        var commit = Start(store);

        var first = commit.WriteAsync([Line("a")], CancellationToken.None);
        await store.NextBatchAsync();
        var queued = new[] { "b", "c" }.Select(r => commit.WriteAsync([Line(r)], CancellationToken.None)).ToArray();
        var stopping = commit.StopAsync();

        store.Release();
        Assert.Equal(["b", "c"], await store.NextBatchAsync());
        store.Release();
        await stopping;
        await first;
        Assert.All(await Task.WhenAll(queued), Assert.True);
        Assert.Equal(["a", "b", "c"], store.Committed.Select(e => e.Resource));

        // Stopped: nothing is queued, the caller is told to save the line itself.
        Assert.False(await commit.WriteAsync([Line("late")], CancellationToken.None));
        Assert.DoesNotContain(store.Committed, e => e.Resource == "late");
    }

    [Fact]
    public async Task A39_a_batch_holds_at_most_MaxBatch_lines()
    {
        var store = new GatedStore();
        await using var commit = Start(store, maxBatch: 2);

        var first = commit.WriteAsync([Line("a")], CancellationToken.None);
        await store.NextBatchAsync();
        var rest = new[] { "b", "c", "d", "e", "f" }.Select(r => commit.WriteAsync([Line(r)], CancellationToken.None)).ToArray();
        store.Release();

        Assert.Equal(["b", "c"], await store.NextBatchAsync());
        store.Release();
        Assert.Equal(["d", "e"], await store.NextBatchAsync());
        store.Release();
        Assert.Equal(["f"], await store.NextBatchAsync());
        store.Release();
        await first;
        Assert.All(await Task.WhenAll(rest), Assert.True);
        Assert.Equal(4, commit.Batches);
    }

    [Fact]
    public async Task A39_a_full_queue_makes_the_caller_wait_and_a_cancelled_wait_queues_nothing()
    {
        var store = new GatedStore();
        await using var commit = Start(store, capacity: 1);

        var first = commit.WriteAsync([Line("a")], CancellationToken.None);
        await store.NextBatchAsync(); // "a" left the queue; the writer holds it at the gate
        var second = commit.WriteAsync([Line("b")], CancellationToken.None); // fills the queue
        using var cancel = new CancellationTokenSource();
        var third = commit.WriteAsync([Line("c")], cancel.Token); // no room: waits to be queued
        cancel.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => third);

        store.Release();
        Assert.Equal(["b"], await store.NextBatchAsync());
        store.Release();
        await first;
        Assert.True(await second);
        Assert.Equal(["a", "b"], store.Committed.Select(e => e.Resource));
    }

    [Fact]
    public async Task A39_a_requests_wait_is_split_into_queued_before_its_batch_and_resuming_after_the_commit()
    {
        var time = new FakeTimeProvider();
        var store = new GatedStore();
        await using var commit = new AuditGroupCommit(store, Options.Create(new AuditOptions()), time);

        var first = commit.WriteAsync([Line("a")], CancellationToken.None);
        await store.NextBatchAsync(); // "a" taken at 0 ms
        var second = commit.WriteAsync([Line("b")], CancellationToken.None); // queued at 0 ms behind it
        time.Advance(TimeSpan.FromMilliseconds(7));
        store.Release(); // "a" committed at 7 ms
        await first;
        Assert.Equal(["b"], await store.NextBatchAsync()); // "b" taken at 7 ms
        time.Advance(TimeSpan.FromMilliseconds(5));
        store.Release(); // "b" committed at 12 ms
        await second;

        // The fake clock stands still while a request resumes, so the whole wait is queue plus commit.
        Assert.Equal(TimeSpan.FromMilliseconds(7 + 12), commit.WaitTime);
        Assert.Equal(TimeSpan.FromMilliseconds(0 + 7), commit.QueuedTime);
        Assert.Equal(TimeSpan.FromMilliseconds(7 + 5), commit.CommitTime);
        Assert.Equal(TimeSpan.Zero, commit.ResumeTime);
    }

    [Fact]
    public void A39_non_positive_sizes_are_refused_at_start()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new AuditGroupCommit(new GatedStore(), Options.Create(new AuditOptions { MaxBatch = 0 })));
        Assert.Contains("Auditing:MaxBatch", e.Message, StringComparison.Ordinal);
    }

    private static AuditGroupCommit Start(IAuditStore store, int maxBatch = 256, int capacity = 4096) =>
        new(store, Options.Create(new AuditOptions { MaxBatch = maxBatch, QueueCapacity = capacity }));

    private static AuditEntry Line(string resource) =>
        new() { At = DateTimeOffset.UnixEpoch, Actor = "800101300111", SubjectIin = "800101300111", Action = "read:dashboard", Resource = resource, Allowed = true };

    // Each batch stops at a gate: the test sees it arrive, then lets it commit (or fail).
    private sealed class GatedStore : IAuditStore
    {
        private readonly Channel<(IReadOnlyList<AuditEntry> Batch, TaskCompletionSource Gate)> _arrived = Channel.CreateUnbounded<(IReadOnlyList<AuditEntry>, TaskCompletionSource)>();
        private TaskCompletionSource? _gate;

        public List<AuditEntry> Committed { get; } = [];

        public async Task SaveAsync(IReadOnlyList<AuditEntry> entries, CancellationToken ct)
        {
            var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            await _arrived.Writer.WriteAsync((entries.ToList(), gate), ct);
            await gate.Task;
            lock (Committed) Committed.AddRange(entries);
        }

        public async Task<string[]> NextBatchAsync()
        {
            var (batch, gate) = await _arrived.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(30));
            _gate = gate;
            return batch.Select(e => e.Resource).ToArray();
        }

        public void Release() => _gate!.SetResult();

        public void Fail(Exception e) => _gate!.SetException(e);
    }
}

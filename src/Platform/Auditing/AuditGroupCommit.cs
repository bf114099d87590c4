using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace RentToOwn.Platform.Auditing;

/// <summary>
/// Group commit for audit-log lines (A.9, A.39; issue 17 reads under load). Requests hand their lines to one writer and
/// wait until the batch that holds them is committed: the line is durable before the request answers, as before, but
/// many requests share one transaction, so SQLite's single writer is taken once per batch instead of once per read.
/// The queue is bounded (a full queue makes callers wait); a failed commit fails every request of its batch; stopping
/// commits what is queued. After <see cref="StopAsync"/> callers are told to write the line themselves.
/// </summary>
public sealed class AuditGroupCommit : IAsyncDisposable
{
    private readonly Channel<Pending> _queue;
    private readonly IAuditStore _store;
    private readonly int _maxBatch;
    private readonly Task _loop;
    private readonly TimeProvider _time;
    private long _batches;
    private long _entries;
    private long _commitTicks;
    private long _waitTicks;
    private long _queuedTicks;
    private long _resumeTicks;

    /// <summary>Starts the writer over <paramref name="store"/>.</summary>
    public AuditGroupCommit(IAuditStore store, IOptions<AuditOptions> options, TimeProvider? time = null)
    {
        _time = time ?? TimeProvider.System;
        var o = options.Value;
        if (o.MaxBatch < 1 || o.QueueCapacity < 1) throw new ArgumentOutOfRangeException(nameof(options), "Auditing:MaxBatch and Auditing:QueueCapacity must be positive");
        _store = store;
        Enabled = o.GroupCommit;
        _maxBatch = o.MaxBatch;
        _queue = Channel.CreateBounded<Pending>(new BoundedChannelOptions(o.QueueCapacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });
        _loop = Task.Run(RunAsync);
    }

    /// <summary>Whether requests use the group commit (<c>Auditing:GroupCommit</c>); false: each request saves its own lines.</summary>
    public bool Enabled { get; }

    /// <summary>Committed batches so far.</summary>
    public long Batches => Interlocked.Read(ref _batches);

    /// <summary>Committed lines so far.</summary>
    public long Entries => Interlocked.Read(ref _entries);

    /// <summary>Time spent committing batches so far (the store's calls).</summary>
    public TimeSpan CommitTime => TimeSpan.FromTicks(Interlocked.Read(ref _commitTicks));

    /// <summary>Time requests spent waiting for their lines to be committed so far, summed over the requests.</summary>
    public TimeSpan WaitTime => TimeSpan.FromTicks(Interlocked.Read(ref _waitTicks));

    /// <summary>Of <see cref="WaitTime"/>: queued until the writer took the request's lines into a batch.</summary>
    public TimeSpan QueuedTime => TimeSpan.FromTicks(Interlocked.Read(ref _queuedTicks));

    /// <summary>Of <see cref="WaitTime"/>: from the batch's commit until the request ran again (the thread pool's queue).</summary>
    public TimeSpan ResumeTime => TimeSpan.FromTicks(Interlocked.Read(ref _resumeTicks));

    /// <summary>
    /// Queues <paramref name="entries"/> and returns once they are committed: true. False when the writer has stopped
    /// (nothing queued: the caller writes them itself). Throws what the commit threw when it failed.
    /// <paramref name="ct"/> stops the waiting only: lines already queued are still committed (an audit line too many,
    /// never one too few; the cancelled request answers nothing).
    /// </summary>
    public async Task<bool> WriteAsync(IReadOnlyList<AuditEntry> entries, CancellationToken ct)
    {
        if (entries.Count == 0) return true;
        var started = _time.GetTimestamp();
        var pending = new Pending(entries, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)) { Queued = started };
        try
        {
            await _queue.Writer.WriteAsync(pending, ct);
        }
        catch (ChannelClosedException)
        {
            return false;
        }

        await pending.Done.Task.WaitAsync(ct);
        var resumed = _time.GetTimestamp();
        Interlocked.Add(ref _waitTicks, _time.GetElapsedTime(started, resumed).Ticks);
        Interlocked.Add(ref _queuedTicks, _time.GetElapsedTime(started, pending.Taken).Ticks);
        Interlocked.Add(ref _resumeTicks, _time.GetElapsedTime(pending.Committed, resumed).Ticks);
        return true;
    }

    /// <summary>Stops taking lines and commits those queued (host shutdown).</summary>
    public async Task StopAsync()
    {
        _queue.Writer.TryComplete();
        await _loop;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync() => await StopAsync();

    // One reader: take what has queued (up to MaxBatch lines, at least one request), commit it, answer its requests.
    private async Task RunAsync()
    {
        var reader = _queue.Reader;
        var batch = new List<Pending>();
        var lines = new List<AuditEntry>();
        while (await reader.WaitToReadAsync())
        {
            batch.Clear();
            lines.Clear();
            while (lines.Count < _maxBatch && reader.TryRead(out var p))
            {
                batch.Add(p);
                lines.AddRange(p.Entries);
            }

            var started = _time.GetTimestamp();
            foreach (var p in batch) p.Taken = started;
            try
            {
                await _store.SaveAsync(lines, CancellationToken.None);
                Interlocked.Add(ref _commitTicks, _time.GetElapsedTime(started).Ticks);
                Interlocked.Increment(ref _batches);
                Interlocked.Add(ref _entries, lines.Count);
                var committed = _time.GetTimestamp();
                foreach (var p in batch)
                {
                    p.Committed = committed;
                    p.Done.TrySetResult();
                }
            }
            catch (Exception e)
            {
                foreach (var p in batch) p.Done.TrySetException(e);
            }
        }
    }

    private sealed record Pending(IReadOnlyList<AuditEntry> Entries, TaskCompletionSource Done)
    {
        public long Queued { get; init; }

        public long Taken { get; set; }

        public long Committed { get; set; }
    }
}

/// <summary>Where committed audit lines go: one call, one transaction.</summary>
public interface IAuditStore
{
    /// <summary>Saves <paramref name="entries"/> in one transaction.</summary>
    Task SaveAsync(IReadOnlyList<AuditEntry> entries, CancellationToken ct);
}

/// <summary><c>Auditing</c> settings.</summary>
public sealed class AuditOptions
{
    /// <summary>Group commit on (default) or each request saving its own lines (the behaviour before; a benchmark's baseline).</summary>
    public bool GroupCommit { get; set; } = true;

    /// <summary>Most lines in one committed batch.</summary>
    public int MaxBatch { get; set; } = 256;

    /// <summary>Most requests waiting in the queue; beyond that callers wait for room.</summary>
    public int QueueCapacity { get; set; } = 4096;
}

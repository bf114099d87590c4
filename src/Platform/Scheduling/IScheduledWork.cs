namespace RentToOwn.Platform.Scheduling;

/// <summary>Work an area runs on a schedule (reminders, notices, deadline checks): one pass, returning how much it did.</summary>
public interface IScheduledWork
{
    /// <summary>Runs one pass; returns the number of items produced (0: nothing to do).</summary>
    Task<int> RunAsync(CancellationToken ct);
}

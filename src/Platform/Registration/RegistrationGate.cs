using Microsoft.EntityFrameworkCore;

namespace RentToOwn.Platform.Registration;

/// <summary>
/// Serialises workflow decisions per instance, so an event and the retry loop never submit the same application twice
/// at once, and a step's write (a verdict with its receipt) is never seen half-saved by a decision reading it in several queries.
/// </summary>
public sealed class RegistrationGate
{
    /// <summary>The lock.</summary>
    public SemaphoreSlim Lock { get; } = new(1, 1);

    /// <summary>Saves a step's changes while no workflow decision is reading the application.</summary>
    public async Task SaveAsync(DbContext db, CancellationToken ct)
    {
        await Lock.WaitAsync(ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        finally
        {
            Lock.Release();
        }
    }
}

using Microsoft.Data.Sqlite;

namespace RentToOwn.Kadastr.Simulator.State;

/// <summary>A store transaction: everything written inside commits together or not at all.</summary>
public sealed class StoreTransaction : IDisposable
{
    private readonly SqliteTransaction tx;
    private readonly Action onEnd;
    private bool ended;

    internal StoreTransaction(SqliteTransaction tx, Action onEnd)
    {
        this.tx = tx;
        this.onEnd = onEnd;
    }

    /// <summary>Commits.</summary>
    public void Commit()
    {
        tx.Commit();
        End();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (!ended)
        {
            tx.Rollback();
            End();
        }

        tx.Dispose();
    }

    private void End()
    {
        ended = true;
        onEnd();
    }
}

namespace RentToOwn.LedgerAdapter.Evm;

/// <summary>
/// One account's nonces, handed out locally so many transactions can be in flight (Nethereum's in-memory nonce service
/// is not used: it has known problems under concurrency). It starts at, and moves up to, the node's transaction count
/// (start, restart, or another sender used the account); a nonce whose transaction the node refused is handed back and
/// given out again first, so no gap holds later transactions. Thread-safe.
/// </summary>
public sealed class NonceCounter
{
    private readonly Lock gate = new();
    private readonly SortedSet<long> returned = [];
    private long next;
    private long floor;

    /// <summary>The next nonce never handed out.</summary>
    public long Next
    {
        get
        {
            lock (gate)
            {
                return next;
            }
        }
    }

    /// <summary>Nonces handed back and not yet given out again.</summary>
    public int ReturnedCount
    {
        get
        {
            lock (gate)
            {
                return returned.Count;
            }
        }
    }

    /// <summary>
    /// Moves the counter up to <paramref name="nodeCount"/> (the node's pending transaction count): every nonce below
    /// it is used on the node, so handed-back ones below it are dropped. Never moves down.
    /// </summary>
    public void MoveUpTo(long nodeCount)
    {
        lock (gate)
        {
            floor = Math.Max(floor, nodeCount);
            next = Math.Max(next, nodeCount);
            returned.RemoveWhere(n => n < nodeCount);
        }
    }

    /// <summary>The lowest handed-back nonce, else the next fresh one.</summary>
    public long Take()
    {
        lock (gate)
        {
            if (returned.Count > 0)
            {
                var n = returned.Min;
                returned.Remove(n);
                return n;
            }

            return next++;
        }
    }

    /// <summary>Takes a handed-back nonce only (to fill a gap).</summary>
    public bool TryTakeReturned(out long nonce)
    {
        lock (gate)
        {
            nonce = returned.Count > 0 ? returned.Min : -1;
            return nonce >= 0 && returned.Remove(nonce);
        }
    }

    /// <summary>
    /// Hands back a nonce the node did not take. Returns true when a higher nonce is already out, i.e. the node
    /// holds later transactions until this one is filled.
    /// </summary>
    public bool Return(long nonce)
    {
        lock (gate)
        {
            if (nonce < floor || nonce >= next)
            {
                return false; // used on the node already, or never handed out
            }

            if (nonce == next - 1)
            {
                next--;
                while (returned.Remove(next - 1))
                {
                    next--;
                }

                return false;
            }

            returned.Add(nonce);
            return true;
        }
    }
}

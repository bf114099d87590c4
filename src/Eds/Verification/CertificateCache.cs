namespace RentToOwn.Eds.Verification;

/// <summary>
/// Certificates kept across verifications, keyed by their DER, least recently used evicted first. The verifier
/// adds only certificates that chained to a trust anchor, so a stream of made-up certificates cannot fill it.
/// </summary>
internal sealed class CertificateCache(int capacity)
{
    private readonly Dictionary<ReadOnlyMemory<byte>, LinkedListNode<CachedCertificate>> _byDer = new(RawBytesComparer.Instance);
    private readonly LinkedList<CachedCertificate> _recency = new();
    private readonly Lock _lock = new();

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _byDer.Count;
            }
        }
    }

    public CachedCertificate? Find(ReadOnlyMemory<byte> der)
    {
        lock (_lock)
        {
            if (!_byDer.TryGetValue(der, out var node))
            {
                return null;
            }

            _recency.Remove(node);
            _recency.AddFirst(node);
            return node.Value;
        }
    }

    /// <summary>Keeps <paramref name="certificate"/>; returns the instance already kept for the same DER, if any.</summary>
    public CachedCertificate Add(CachedCertificate certificate)
    {
        if (capacity <= 0)
        {
            return certificate;
        }

        lock (_lock)
        {
            if (_byDer.TryGetValue(certificate.Der, out var existing))
            {
                return existing.Value;
            }

            _byDer[certificate.Der] = _recency.AddFirst(certificate);
            while (_byDer.Count > capacity)
            {
                var last = _recency.Last!;
                _recency.RemoveLast();
                _byDer.Remove(last.Value.Der);
            }

            return certificate;
        }
    }
}

namespace RentToOwn.LedgerAdapter.Embedded;

/// <summary>A growable list of 32-byte hashes in 2 MiB chunks (no per-hash object).</summary>
internal sealed class HashList
{
    private const int ChunkShift = 16;
    private const int ChunkHashes = 1 << ChunkShift;
    private readonly List<byte[]> chunks = [];

    public long Count { get; private set; }

    public void Add(ReadOnlySpan<byte> hash)
    {
        var chunk = (int)(Count >> ChunkShift);
        if (chunk == chunks.Count)
        {
            chunks.Add(new byte[ChunkHashes * 32]);
        }

        hash.CopyTo(chunks[chunk].AsSpan((int)(Count & (ChunkHashes - 1)) * 32, 32));
        Count++;
    }

    public ReadOnlySpan<byte> Get(long index)
    {
        if ((ulong)index >= (ulong)Count)
        {
            throw new ArgumentOutOfRangeException(nameof(index));
        }

        return chunks[(int)(index >> ChunkShift)].AsSpan((int)(index & (ChunkHashes - 1)) * 32, 32);
    }

    public void Truncate(long count)
    {
        if (count < Count)
        {
            Count = count;
            var keep = (int)((count + ChunkHashes - 1) >> ChunkShift);
            chunks.RemoveRange(keep, chunks.Count - keep);
        }
    }
}

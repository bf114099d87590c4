using System.Numerics;
using Nethereum.ABI.FunctionEncoding.Attributes;

namespace RentToOwn.LedgerAdapter.Evm.Messages;

/// <summary><c>Recorded(bytes32 indexed subject, bytes32 indexed entryHash, uint8 kind, address writer, uint256 index)</c>.</summary>
[Event("Recorded")]
public sealed class RecordedEventDto : IEventDTO
{
    /// <summary>Subject key (topic 1).</summary>
    [Parameter("bytes32", "subject", 1, true)]
    public byte[] Subject { get; set; } = [];

    /// <summary>Entry hash (topic 2).</summary>
    [Parameter("bytes32", "entryHash", 2, true)]
    public byte[] EntryHash { get; set; } = [];

    /// <summary>Record kind.</summary>
    [Parameter("uint8", "kind", 3, false)]
    public byte Kind { get; set; }

    /// <summary>Writer account.</summary>
    [Parameter("address", "writer", 4, false)]
    public string Writer { get; set; } = string.Empty;

    /// <summary>Running index.</summary>
    [Parameter("uint256", "index", 5, false)]
    public BigInteger Index { get; set; }
}

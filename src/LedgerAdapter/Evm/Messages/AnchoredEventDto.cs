using Nethereum.ABI.FunctionEncoding.Attributes;

namespace RentToOwn.LedgerAdapter.Evm.Messages;

/// <summary><c>Anchored(uint64 treeSize, bytes32 root, address writer)</c>.</summary>
[Event("Anchored")]
public sealed class AnchoredEventDto : IEventDTO
{
    /// <summary>Tree size.</summary>
    [Parameter("uint64", "treeSize", 1, false)]
    public ulong TreeSize { get; set; }

    /// <summary>Root.</summary>
    [Parameter("bytes32", "root", 2, false)]
    public byte[] Root { get; set; } = [];

    /// <summary>Writer account.</summary>
    [Parameter("address", "writer", 3, false)]
    public string Writer { get; set; } = string.Empty;
}

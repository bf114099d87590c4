using Nethereum.ABI.FunctionEncoding.Attributes;

namespace RentToOwn.LedgerAdapter.Evm.Messages;

/// <summary>What <c>latestAnchor</c> returns.</summary>
[FunctionOutput]
public sealed class LatestAnchorOutput : IFunctionOutputDTO
{
    /// <summary>Tree size.</summary>
    [Parameter("uint64", "treeSize", 1)]
    public ulong TreeSize { get; set; }

    /// <summary>Root.</summary>
    [Parameter("bytes32", "root", 2)]
    public byte[] Root { get; set; } = [];

    /// <summary>Block of the anchor.</summary>
    [Parameter("uint64", "blockNumber", 3)]
    public ulong BlockNumber { get; set; }
}

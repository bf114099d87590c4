using Nethereum.ABI.FunctionEncoding.Attributes;
using Nethereum.Contracts;

namespace RentToOwn.LedgerAdapter.Evm.Messages;

/// <summary><c>anchor(uint64 treeSize, bytes32 root)</c>: allow-listed writers only; the size never goes backwards.</summary>
[Function("anchor")]
public sealed class AnchorFunction : FunctionMessage
{
    /// <summary>Checkpoint tree size.</summary>
    [Parameter("uint64", "treeSize", 1)]
    public ulong TreeSize { get; set; }

    /// <summary>Checkpoint RFC 6962 root.</summary>
    [Parameter("bytes32", "root", 2)]
    public byte[] Root { get; set; } = [];
}

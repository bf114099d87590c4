using Nethereum.ABI.FunctionEncoding.Attributes;
using Nethereum.Contracts;

namespace RentToOwn.LedgerAdapter.Evm.Messages;

/// <summary><c>getEntry(bytes32 entryHash)</c>: reads a recorded entry back (block 0 when absent).</summary>
[Function("getEntry", typeof(GetEntryOutput))]
public sealed class GetEntryFunction : FunctionMessage
{
    /// <summary>The entry hash.</summary>
    [Parameter("bytes32", "entryHash", 1)]
    public byte[] EntryHash { get; set; } = [];
}

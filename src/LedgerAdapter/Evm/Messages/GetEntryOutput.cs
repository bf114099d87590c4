using Nethereum.ABI.FunctionEncoding.Attributes;

namespace RentToOwn.LedgerAdapter.Evm.Messages;

/// <summary>What <c>getEntry</c> returns.</summary>
[FunctionOutput]
public sealed class GetEntryOutput : IFunctionOutputDTO
{
    /// <summary>Subject key.</summary>
    [Parameter("bytes32", "subject", 1)]
    public byte[] Subject { get; set; } = [];

    /// <summary>Record kind.</summary>
    [Parameter("uint8", "kind", 2)]
    public byte Kind { get; set; }

    /// <summary>Block it was recorded in (0: never).</summary>
    [Parameter("uint64", "blockNumber", 3)]
    public ulong BlockNumber { get; set; }

    /// <summary>Writer account.</summary>
    [Parameter("address", "writer", 4)]
    public string Writer { get; set; } = string.Empty;
}

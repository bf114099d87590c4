using Nethereum.ABI.FunctionEncoding.Attributes;
using Nethereum.Contracts;

namespace RentToOwn.LedgerAdapter.Evm.Messages;

/// <summary><c>setWriter(address writer, bool allowed)</c>: owner only.</summary>
[Function("setWriter")]
public sealed class SetWriterFunction : FunctionMessage
{
    /// <summary>The writer account.</summary>
    [Parameter("address", "writer", 1)]
    public string Writer { get; set; } = string.Empty;

    /// <summary>Allow-list or remove.</summary>
    [Parameter("bool", "allowed", 2)]
    public bool Allowed { get; set; }
}

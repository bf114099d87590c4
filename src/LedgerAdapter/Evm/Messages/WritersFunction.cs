using Nethereum.ABI.FunctionEncoding.Attributes;
using Nethereum.Contracts;

namespace RentToOwn.LedgerAdapter.Evm.Messages;

/// <summary><c>writers(address) returns (bool)</c>: whether an account is allow-listed.</summary>
[Function("writers", "bool")]
public sealed class WritersFunction : FunctionMessage
{
    /// <summary>The account.</summary>
    [Parameter("address", "", 1)]
    public string Account { get; set; } = string.Empty;
}

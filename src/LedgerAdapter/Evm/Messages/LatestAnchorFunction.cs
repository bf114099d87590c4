using Nethereum.ABI.FunctionEncoding.Attributes;
using Nethereum.Contracts;

namespace RentToOwn.LedgerAdapter.Evm.Messages;

/// <summary><c>latestAnchor()</c>: the latest anchored tree size, root and block.</summary>
[Function("latestAnchor", typeof(LatestAnchorOutput))]
public sealed class LatestAnchorFunction : FunctionMessage;

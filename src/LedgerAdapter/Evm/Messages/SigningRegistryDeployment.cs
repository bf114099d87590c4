using Nethereum.Contracts;

namespace RentToOwn.LedgerAdapter.Evm.Messages;

/// <summary>Deploys <c>contracts/evm/SigningRegistry.sol</c> (no constructor arguments; the deployer becomes owner and writer).</summary>
public sealed class SigningRegistryDeployment : ContractDeploymentMessage
{
    /// <summary>Set <see cref="ContractDeploymentMessage.ByteCode"/> to the compiled hex (<c>contracts/evm/build/SigningRegistry.bin</c>).</summary>
    public SigningRegistryDeployment()
        : base(string.Empty)
    {
    }
}

using System.CommandLine;

namespace RentToOwn.Cli.Commands;

/// <summary><c>rto signer</c>: NCALayer-compatible local signer.</summary>
public static class SignerCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create() => new("signer", "NCALayer-compatible local signer");
}

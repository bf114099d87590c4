using System.CommandLine;

namespace RentToOwn.Cli.Commands;

/// <summary><c>rto verify</c>: Verify a CAdES signature.</summary>
public static class VerifyCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create() => new("verify", "Verify a CAdES signature");
}

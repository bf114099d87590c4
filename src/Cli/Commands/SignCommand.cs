using System.CommandLine;

namespace RentToOwn.Cli.Commands;

/// <summary><c>rto sign</c>: Create a CAdES signature.</summary>
public static class SignCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create() => new("sign", "Create a CAdES signature");
}

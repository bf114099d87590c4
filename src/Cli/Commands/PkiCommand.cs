using System.CommandLine;

namespace RentToOwn.Cli.Commands;

/// <summary><c>rto pki</c>: Test PKI modelled on NCA RK.</summary>
public static class PkiCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create() => new("pki", "Test PKI modelled on NCA RK");
}

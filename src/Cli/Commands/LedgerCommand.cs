using System.CommandLine;

namespace RentToOwn.Cli.Commands;

/// <summary><c>rto ledger</c>: The signing-record ledger.</summary>
public static class LedgerCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create() => new("ledger", "The signing-record ledger");
}

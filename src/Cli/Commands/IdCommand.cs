using System.CommandLine;

namespace RentToOwn.Cli.Commands;

/// <summary><c>rto id</c>: Check an IIN or BIN.</summary>
public static class IdCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create() => new("id", "Check an IIN or BIN");
}

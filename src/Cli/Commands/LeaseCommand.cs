using System.CommandLine;

namespace RentToOwn.Cli.Commands;

/// <summary><c>rto lease</c>: Lease schedules and contract drafts.</summary>
public static class LeaseCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create() => new("lease", "Lease schedules and contract drafts");
}

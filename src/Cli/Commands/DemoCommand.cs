using System.CommandLine;

namespace RentToOwn.Cli.Commands;

/// <summary><c>rto demo</c>: Run the product's happy path headless.</summary>
public static class DemoCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create() => new("demo", "Run the product's happy path headless");
}

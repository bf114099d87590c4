using System.CommandLine;

namespace RentToOwn.Cli.Commands;

/// <summary><c>rto kadastr</c>: Cadastre simulator and gateway.</summary>
public static class KadastrCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create() => new("kadastr", "Cadastre simulator and gateway");
}

using RentToOwn.Cli.Commands;

namespace RentToOwn.Eds.Tests.Cli;

/// <summary>Runs `rto …` in-process through the real command definitions and returns the exit code.</summary>
public static class Rto
{
    public static int Run(params string[] args)
    {
        var command = args[0] switch
        {
            "pki" => PkiCommand.Create(),
            "sign" => SignCommand.Create(),
            "verify" => VerifyCommand.Create(),
            _ => throw new ArgumentException(args[0]),
        };
        return command.Parse(args[1..]).Invoke();
    }
}

using System.CommandLine;

namespace RentToOwn.Cli.Commands;

/// <summary>Every top-level command of <c>rto</c>; each lives in its own file.</summary>
public static class CommandSets
{
    /// <summary>The top-level commands in help order.</summary>
    public static IEnumerable<Command> All() =>
    [
        IdCommand.Create(),
        CalendarCommand.Create(),
        LeaseCommand.Create(),
        PkiCommand.Create(),
        SignCommand.Create(),
        VerifyCommand.Create(),
        SignerCommand.Create(),
        EgovMobileCommand.Create(),
        LedgerCommand.Create(),
        BackupCommand.Backup(),
        BackupCommand.Restore(),
        KadastrCommand.Create(),
        DemoCommand.Create(),
    ];
}

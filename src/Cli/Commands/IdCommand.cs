using System.CommandLine;
using RentToOwn.Domain.Identity;

namespace RentToOwn.Cli.Commands;

/// <summary><c>rto id</c>: Check an IIN or BIN.</summary>
public static class IdCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var command = new Command("id", "Check an IIN (ЖСН) or BIN (БСН)");
        var number = new Argument<string>("NUMBER") { Description = "12-digit IIN or BIN" };
        var check = new Command("check", "Exit 0 and print the kind and parts of a valid IIN/BIN; exit 1 and print the reason otherwise")
        {
            number,
        };
        check.SetAction(pr => Check(pr.GetValue(number), pr.InvocationConfiguration.Output));
        command.Subcommands.Add(check);
        return command;
    }

    private static int Check(string? number, TextWriter output)
    {
        var result = IdentityNumbers.Check(number);
        switch (result.Kind)
        {
            case IdentityKind.Iin:
                var iin = result.Iin!;
                output.WriteLine($"IIN {iin}");
                output.WriteLine($"birthDate: {iin.BirthDate:yyyy-MM-dd}");
                output.WriteLine($"sex: {iin.Sex.ToString().ToLowerInvariant()}");
                output.WriteLine($"century: {iin.Century}");
                return 0;
            case IdentityKind.Bin:
                var bin = result.Bin!;
                output.WriteLine($"BIN {bin}");
                output.WriteLine($"registered: {bin.RegistrationYear:D4}-{bin.RegistrationMonth:D2}");
                output.WriteLine($"entityType: {bin.EntityType}");
                output.WriteLine($"attribute: {bin.Attribute}");
                return 0;
            default:
                output.WriteLine($"invalid: {result.Error}");
                return 1;
        }
    }
}

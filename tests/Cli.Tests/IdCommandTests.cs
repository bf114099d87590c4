using RentToOwn.Cli.Commands;

namespace RentToOwn.Cli.Tests;

public class IdCommandTests
{
    [Fact]
    public void ValidIin_Exit0_WithParts()
    {
        // Issue 2 §2: 061211600012 is a valid IIN.
        var (code, output, _) = CliRunner.Run(IdCommand.Create(), "check", "061211600012");
        Assert.Equal(0, code);
        Assert.Equal(["IIN 061211600012", "birthDate: 2006-12-11", "sex: female", "century: 21"], Lines(output));
    }

    [Fact]
    public void ValidBin_Exit0_WithParts()
    {
        var (code, output, _) = CliRunner.Run(IdCommand.Create(), "check", "200161000039");
        Assert.Equal(0, code);
        Assert.Equal(["BIN 200161000039", "registered: 2020-01", "entityType: SoleProprietor", "attribute: Branch"], Lines(output));
    }

    [Theory]
    [InlineData("061211600013", "control digit 3, expected 2")] // issue 2 §2: not valid
    [InlineData("06121160001", "got 11 characters")]
    [InlineData("06121160001X", "'X' at position 12 is not a digit")]
    [InlineData("900229400019", "1990-02-29 is not a calendar date")]
    [InlineData("121340000017", "registration month 13")]
    public void Invalid_Exit1_WithReason(string number, string reason)
    {
        var (code, output, _) = CliRunner.Run(IdCommand.Create(), "check", number);
        Assert.Equal(1, code);
        Assert.StartsWith("invalid: ", output);
        Assert.Contains(reason, output);
    }

    [Fact]
    public void MissingArgument_IsAUsageError() => Assert.NotEqual(0, CliRunner.Run(IdCommand.Create(), "check").Code);

    private static string[] Lines(string s) => s.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

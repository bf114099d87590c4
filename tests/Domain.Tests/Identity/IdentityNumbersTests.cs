using RentToOwn.Domain.Identity;

namespace RentToOwn.Domain.Tests.Identity;

public class IdentityNumbersTests
{
    [Fact]
    public void Check_Iin() 
    {
        var result = IdentityNumbers.Check("061211600012");
        Assert.True(result.IsValid);
        Assert.Equal(IdentityKind.Iin, result.Kind);
        Assert.Equal(new DateOnly(2006, 12, 11), result.Iin!.BirthDate);
        Assert.Null(result.Bin);
    }

    [Fact]
    public void Check_Bin()
    {
        var result = IdentityNumbers.Check("070540006346");
        Assert.Equal(IdentityKind.Bin, result.Kind);
        Assert.Equal(BinEntityType.Resident, result.Bin!.EntityType);
        Assert.Null(result.Iin);
    }

    [Theory]
    [InlineData("061211600013", IdentityError.ControlDigit)]
    [InlineData("12345", IdentityError.Length)]
    [InlineData("abcdefghijkl", IdentityError.NonDigit)]
    [InlineData("900229400019", IdentityError.ImpossibleDate)] // IIN-shaped (digit 5 = 2), 1990-02-29
    [InlineData("121340000017", IdentityError.ImpossibleDate)] // BIN-shaped (digit 5 = 4), month 13
    [InlineData(null, IdentityError.Empty)]
    public void Check_Invalid_GivesReason(string? s, IdentityError error)
    {
        var result = IdentityNumbers.Check(s);
        Assert.False(result.IsValid);
        Assert.Equal(IdentityKind.Invalid, result.Kind);
        Assert.Equal(error, result.ErrorKind);
        Assert.False(string.IsNullOrEmpty(result.Error));
    }

    [Fact]
    public void Check_Digit5OutsideBothRanges_IsInvalid()
    {
        // Digit 5 = 7: neither a birth-day tens digit (0–3) nor a BIN entity type (4–6). Control digit is correct:
        // 0101 7 0 00001 → weights 1..11: 0+2+0+4+35+0+0+0+0+0+11 = 52 mod 11 = 8.
        var result = IdentityNumbers.Check("010170000018");
        Assert.Equal(IdentityKind.Invalid, result.Kind);
        Assert.Contains("digit 5 is 7", result.Error);
    }
}

using RentToOwn.Domain.Identity;

namespace RentToOwn.Domain.Tests.Identity;

// Control digits computed by hand from the rule in issue 2 §2 (weights 1..11 mod 11, fallback 3..11,1,2).
public class BinTests
{
    [Theory]
    [InlineData("070540006346", 2007, 5, BinEntityType.Resident, BinAttribute.HeadOffice)]
    [InlineData("151250000122", 2015, 12, BinEntityType.NonResident, BinAttribute.HeadOffice)]
    [InlineData("200161000039", 2020, 1, BinEntityType.SoleProprietor, BinAttribute.Branch)]
    [InlineData("101041000058", 2010, 10, BinEntityType.Resident, BinAttribute.Branch)]
    [InlineData("101042000073", 2010, 10, BinEntityType.Resident, BinAttribute.Representative)]
    [InlineData("101043000099", 2010, 10, BinEntityType.Resident, BinAttribute.PeasantFarm)]
    // YY = 99 ≥ pivot 90 → 1999 (pre-BIN registration dates kept).
    [InlineData("991240000013", 1999, 12, BinEntityType.Resident, BinAttribute.HeadOffice)]
    public void Parse_ReadsRegistrationTypeAndAttribute(string s, int year, int month, BinEntityType type, BinAttribute attribute)
    {
        var bin = Bin.Parse(s);
        Assert.Equal(s, bin.ToString());
        Assert.Equal(year, bin.RegistrationYear);
        Assert.Equal(month, bin.RegistrationMonth);
        Assert.Equal(type, bin.EntityType);
        Assert.Equal(attribute, bin.Attribute);
    }

    [Theory]
    [InlineData("07054000634", IdentityError.Length, "got 11 characters")]
    [InlineData("07054000634x", IdentityError.NonDigit, "'x' at position 12")]
    [InlineData("070540006347", IdentityError.ControlDigit, "control digit 7, expected 6")]
    [InlineData("121340000017", IdentityError.ImpossibleDate, "month 13")]
    [InlineData("120747000017", IdentityError.Attribute, "digit 6 is 7")]
    // An IIN is not a BIN: digit 5 is 0 (tens of the birth day), not an entity type.
    [InlineData("061211600012", IdentityError.EntityType, "digit 5 is 1")]
    public void Parse_BadInput_SaysWhatIsWrong(string s, IdentityError error, string fragment)
    {
        var ex = Assert.Throws<IdentityNumberException>(() => Bin.Parse(s));
        Assert.Equal(error, ex.Error);
        Assert.Contains(fragment, ex.Message);
        Assert.False(Bin.TryParse(s, out _, out var message));
        Assert.Equal(ex.Message, message);
    }

    [Fact]
    public void Json_RoundTripsAsString()
    {
        var json = System.Text.Json.JsonSerializer.Serialize(Bin.Parse("070540006346"));
        Assert.Equal("\"070540006346\"", json);
        Assert.Equal(Bin.Parse("070540006346"), System.Text.Json.JsonSerializer.Deserialize<Bin>(json));
    }
}

using RentToOwn.Domain.Identity;

namespace RentToOwn.Domain.Tests.Identity;

// Expected control digits below were computed by hand from the rule in issue 2 §2
// (weights 1..11 mod 11; if 10, weights 3,4,5,6,7,8,9,10,11,1,2; if 10 again, invalid).
public class IinTests
{
    [Fact]
    public void IssueExample_IsValid_FemaleBorn2006()
    {
        // Issue 2 §2: "061211600012 is a valid IIN". First weighting gives 87 mod 11 = 10,
        // so the second weighting applies: 112 mod 11 = 2 = the 12th digit.
        var iin = Iin.Parse("061211600012");
        Assert.Equal("061211600012", iin.Value);
        Assert.Equal("061211600012", iin.ToString());
        Assert.Equal(new DateOnly(2006, 12, 11), iin.BirthDate);
        Assert.Equal(Sex.Female, iin.Sex); // digit 7 = 6: 2000s, even = female
        Assert.Equal(21, iin.Century);
    }

    [Fact]
    public void IssueExample_WrongControlDigit_IsRejected()
    {
        // Issue 2 §2: "061211600013 is not".
        var ex = Assert.Throws<IdentityNumberException>(() => Iin.Parse("061211600013"));
        Assert.Equal(IdentityError.ControlDigit, ex.Error);
        Assert.Contains("control digit 3, expected 2", ex.Message);
    }

    [Theory]
    // 8501013 0012 → weights 1..11 sum mod 11 = 4 (first weighting).
    [InlineData("850101300124", 1985, 1, 1, Sex.Male, 20)]
    // 2000-02-29 is a leap day; digit 7 = 5 → 2000s, male.
    [InlineData("000229500018", 2000, 2, 29, Sex.Male, 21)]
    // digit 7 = 1 → 1800s, male.
    [InlineData("991231100010", 1899, 12, 31, Sex.Male, 19)]
    // digit 7 = 4 → 1900s, female.
    [InlineData("650615400014", 1965, 6, 15, Sex.Female, 20)]
    public void Parse_ReadsBirthDateSexAndCentury(string s, int y, int m, int d, Sex sex, int century)
    {
        var iin = Iin.Parse(s);
        Assert.Equal(new DateOnly(y, m, d), iin.BirthDate);
        Assert.Equal(sex, iin.Sex);
        Assert.Equal(century, iin.Century);
    }

    [Theory]
    [InlineData("", IdentityError.Empty, "empty")]
    [InlineData(null, IdentityError.Empty, "empty")]
    [InlineData("06121160001", IdentityError.Length, "got 11 characters")]
    [InlineData("0612116000120", IdentityError.Length, "got 13 characters")]
    [InlineData("06121160001A", IdentityError.NonDigit, "'A' at position 12")]
    [InlineData("06121 600012", IdentityError.NonDigit, "' ' at position 6")]
    [InlineData("０６1211600012", IdentityError.NonDigit, "position 1")] // full-width digits are not ASCII digits
    [InlineData("061211600013", IdentityError.ControlDigit, "expected 2")]
    // 85010130069x: both weightings give 10 → no control digit exists.
    [InlineData("850101300695", IdentityError.ControlDigit, "both weightings give 10")]
    // 1990 is not a leap year (control digit 9 via the second weighting).
    [InlineData("900229400019", IdentityError.ImpossibleDate, "1990-02-29 is not a calendar date")]
    [InlineData("851301300124", IdentityError.ImpossibleDate, "1985-13-01")]
    [InlineData("850132300123", IdentityError.ImpossibleDate, "1985-01-32")]
    [InlineData("850101000125", IdentityError.CenturySex, "digit 7 is 0")]
    [InlineData("850101700125", IdentityError.CenturySex, "digit 7 is 7")]
    public void Parse_BadInput_SaysWhatIsWrong(string? s, IdentityError error, string fragment)
    {
        var ex = Assert.Throws<IdentityNumberException>(() => Iin.Parse(s!));
        Assert.Equal(error, ex.Error);
        Assert.Contains(fragment, ex.Message);

        Assert.False(Iin.TryParse(s, out var value, out var message));
        Assert.Null(value);
        Assert.Equal(ex.Message, message);
    }

    [Fact]
    public void TryParse_Valid_ReturnsValueAndNoError()
    {
        Assert.True(Iin.TryParse("850101300124", out var iin, out var error));
        Assert.Null(error);
        Assert.Equal("850101300124", iin.Value);
    }

    [Fact]
    public void Equality_IsByValue()
    {
        Assert.Equal(Iin.Parse("850101300124"), Iin.Parse("850101300124"));
        Assert.NotEqual(Iin.Parse("850101300124"), Iin.Parse("061211600012"));
    }

    [Theory]
    [InlineData("2025-01-01", 40)]
    [InlineData("2024-12-31", 39)]
    public void AgeOn_CountsWholeYears(string date, int age) =>
        Assert.Equal(age, Iin.Parse("850101300124").AgeOn(DateOnly.Parse(date)));

    [Fact]
    public void Json_RoundTripsAsString_AndRejectsInvalid()
    {
        var json = System.Text.Json.JsonSerializer.Serialize(Iin.Parse("061211600012"));
        Assert.Equal("\"061211600012\"", json);
        Assert.Equal(Iin.Parse("061211600012"), System.Text.Json.JsonSerializer.Deserialize<Iin>(json));
        var ex = Assert.Throws<System.Text.Json.JsonException>(() => System.Text.Json.JsonSerializer.Deserialize<Iin>("\"061211600013\""));
        Assert.Contains("control digit", ex.Message);
    }
}

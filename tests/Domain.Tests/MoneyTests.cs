namespace RentToOwn.Domain.Tests;

public class MoneyTests
{
    [Theory]
    [InlineData("0.005", 1)] // half a tiyn rounds away from zero
    [InlineData("-0.005", -1)]
    [InlineData("0.0049", 0)]
    [InlineData("139904.225", 13990423)]
    [InlineData("25000000", 2500000000)]
    public void FromTenge_RoundsHalfAwayFromZero(string tenge, long tiyn) =>
        Assert.Equal(tiyn, Money.FromTenge(decimal.Parse(tenge, System.Globalization.CultureInfo.InvariantCulture)).Tiyn);

    [Fact]
    public void Formatting()
    {
        var m = Money.FromTenge(25_000_000m);
        Assert.Equal("25000000.00", m.ToString());
        Assert.Equal("25 000 000,00", m.ToDocumentString());
        Assert.Equal(25_000_000.00m, m.Tenge);
        Assert.Equal("-0.01", new Money(-1).ToString());
    }

    [Theory]
    [InlineData("1.234", "more than 2 decimals")]
    [InlineData("abc", "is not an amount")]
    [InlineData("1,5", "is not an amount")]
    [InlineData("", "is not an amount")]
    public void ParseTenge_RejectsBadInput(string s, string fragment) =>
        Assert.Contains(fragment, Assert.Throws<FormatException>(() => Money.ParseTenge(s)).Message);

    [Fact]
    public void ParseTenge_AcceptsTiynPrecision() => Assert.Equal(13990422, Money.ParseTenge("139904.22").Tiyn);

    [Fact]
    public void Arithmetic_AndComparison()
    {
        var a = new Money(150);
        var b = new Money(50);
        Assert.Equal(new Money(200), a + b);
        Assert.Equal(new Money(100), a - b);
        Assert.Equal(new Money(300), a * 2);
        Assert.True(a > b && b < a && a >= new Money(150) && b <= new Money(50));
        Assert.Throws<OverflowException>(() => new Money(long.MaxValue) + new Money(1));
    }

    [Fact]
    public void Json_IsDecimalTenge()
    {
        Assert.Equal("139904.22", System.Text.Json.JsonSerializer.Serialize(new Money(13990422)));
        Assert.Equal(new Money(13990422), System.Text.Json.JsonSerializer.Deserialize<Money>("139904.22"));
        Assert.Throws<System.Text.Json.JsonException>(() => System.Text.Json.JsonSerializer.Deserialize<Money>("1.001"));
    }
}

using RentToOwn.Kadastr.Protocol.Transport;

namespace RentToOwn.Kadastr.Protocol.Tests.Transport;

public sealed class GrpcTimeoutTests
{
    [Theory]
    [InlineData("1H", 36_000_000_000L)]
    [InlineData("2M", 1_200_000_000L)]
    [InlineData("3S", 30_000_000L)]
    [InlineData("250m", 2_500_000L)]
    [InlineData("100u", 1_000L)]
    [InlineData("500n", 5L)]
    [InlineData("99999999S", 999_999_990_000_000L)]
    public void Parses_every_unit(string header, long ticks)
    {
        Assert.True(GrpcTimeout.TryParse(header, out var t));
        Assert.Equal(ticks, t.Ticks);
    }

    [Theory]
    [InlineData("")]
    [InlineData("S")]
    [InlineData("10")]
    [InlineData("10x")]
    [InlineData("-5S")]
    [InlineData("123456789S")] // more than 8 digits
    [InlineData("1.5S")]
    public void Rejects_malformed_headers(string header) => Assert.False(GrpcTimeout.TryParse(header, out _));

    [Theory]
    [InlineData(50L, "5000n")]
    [InlineData(10_000_000L, "1000000u")]
    [InlineData(36_000_000_000L, "3600000m")]
    public void Formats_in_the_finest_unit_that_fits(long ticks, string expected) =>
        Assert.Equal(expected, GrpcTimeout.Format(TimeSpan.FromTicks(ticks)));

    [Fact]
    public void Format_round_trips_without_shortening_the_deadline()
    {
        foreach (var t in new[] { TimeSpan.FromMilliseconds(1234.5678), TimeSpan.FromMinutes(90), TimeSpan.FromDays(400) })
        {
            var header = GrpcTimeout.Format(t);
            Assert.True(header.Length <= 9);
            Assert.True(GrpcTimeout.TryParse(header, out var back));
            Assert.True(back >= t, $"{header} parsed to {back}, less than {t}");
        }
    }
}

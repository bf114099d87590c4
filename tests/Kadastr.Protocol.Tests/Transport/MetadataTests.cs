using RentToOwn.Kadastr.Protocol.Transport;

namespace RentToOwn.Kadastr.Protocol.Tests.Transport;

public sealed class MetadataTests
{
    [Theory]
    [InlineData("grpc-status")]
    [InlineData(":path")]
    [InlineData("bad key")]
    [InlineData("ключ")]
    public void Rejects_reserved_and_invalid_keys(string key) =>
        Assert.Throws<ArgumentException>(() => new Metadata().Add(key, "v"));

    [Fact]
    public void Binary_values_need_a_bin_key_and_encode_base64_unpadded()
    {
        var md = new Metadata();
        Assert.Throws<ArgumentException>(() => md.Add("x-data", new byte[] { 1 }));
        Assert.Throws<ArgumentException>(() => md.Add("x-data-bin", "text"));
        md.Add("X-Data-Bin", new byte[] { 1, 2 });
        var e = Assert.Single(md);
        Assert.Equal("x-data-bin", e.Key);
        Assert.Equal("AQI", e.WireValue);
        Assert.Equal(new byte[] { 1, 2 }, md.GetBytes("x-data-bin"));
    }
}

using RentToOwn.Kadastr.Protocol.Transport;

namespace RentToOwn.Kadastr.Protocol.Tests.Transport;

public sealed class GrpcMessageEncodingTests
{
    [Fact]
    public void Escapes_percent_and_non_ascii_as_utf8()
    {
        Assert.Equal("100%25 ok", GrpcMessageEncoding.Encode("100% ok"));
        Assert.Equal("%D2%9B", GrpcMessageEncoding.Encode("қ"));
        Assert.Equal("a%0Ab", GrpcMessageEncoding.Encode("a\nb"));
    }

    [Theory]
    [InlineData("Тіркеу тоқтатылды: 27-бап")]
    [InlineData("plain text")]
    [InlineData("50% done\r\n")]
    public void Round_trips(string text) => Assert.Equal(text, GrpcMessageEncoding.Decode(GrpcMessageEncoding.Encode(text)));

    [Fact]
    public void Keeps_malformed_escapes_as_they_are() => Assert.Equal("bad %G1 and %2", GrpcMessageEncoding.Decode("bad %G1 and %2"));
}

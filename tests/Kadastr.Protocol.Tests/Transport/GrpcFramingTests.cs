using System.IO.Pipelines;
using RentToOwn.Kadastr.Protocol.Transport;
using RentToOwn.Kadastr.Protocol.V1;

namespace RentToOwn.Kadastr.Protocol.Tests.Transport;

public sealed class GrpcFramingTests
{
    [Fact]
    public void Frame_has_flag_and_big_endian_length()
    {
        var framed = GrpcFraming.Frame(new GetApplicationRequest { Id = "abc" }, int.MaxValue);
        Assert.Equal(new byte[] { 0, 0, 0, 0, 5, 0x0A, 3, (byte)'a', (byte)'b', (byte)'c' }, framed);
    }

    [Fact]
    public async Task Reads_messages_split_across_writes_then_end()
    {
        var pipe = new Pipe();
        var a = GrpcFraming.Frame(new GetApplicationRequest { Id = "first" }, int.MaxValue);
        var b = GrpcFraming.Frame(new GetApplicationRequest { Id = "second" }, int.MaxValue);
        var all = a.Concat(b).ToArray();
        var write = Task.Run(async () =>
        {
            foreach (var chunk in all.Chunk(3))
            {
                await pipe.Writer.WriteAsync(chunk);
            }

            await pipe.Writer.CompleteAsync();
        });

        var m1 = await GrpcFraming.ReadAsync(pipe.Reader, GetApplicationRequest.Parser, 1024, default);
        var m2 = await GrpcFraming.ReadAsync(pipe.Reader, GetApplicationRequest.Parser, 1024, default);
        var end = await GrpcFraming.ReadAsync(pipe.Reader, GetApplicationRequest.Parser, 1024, default);
        await write;
        Assert.Equal("first", m1!.Id);
        Assert.Equal("second", m2!.Id);
        Assert.Null(end);
    }

    [Theory]
    [InlineData(new byte[] { 0, 0, 0, 0x10, 0 }, StatusCode.ResourceExhausted)] // 4096 > max 1024
    [InlineData(new byte[] { 0, 0, 0, 0, 9, 1, 2 }, StatusCode.Internal)] // truncated
    [InlineData(new byte[] { 1, 0, 0, 0, 1, 0 }, StatusCode.Unimplemented)] // compressed
    [InlineData(new byte[] { 7, 0, 0, 0, 1, 0 }, StatusCode.Internal)] // bad flag
    [InlineData(new byte[] { 0, 0, 0, 0, 2, 0xFF, 0xFF }, StatusCode.Internal)] // not protobuf
    public async Task Bad_frames_map_to_status_codes(byte[] bytes, StatusCode expected)
    {
        var pipe = new Pipe();
        await pipe.Writer.WriteAsync(bytes);
        await pipe.Writer.CompleteAsync();
        var ex = await Assert.ThrowsAsync<RpcException>(async () =>
            await GrpcFraming.ReadAsync(pipe.Reader, GetApplicationRequest.Parser, 1024, default));
        Assert.Equal(expected, ex.StatusCode);
    }

    [Fact]
    public void Oversize_send_is_resource_exhausted()
    {
        var ex = Assert.Throws<RpcException>(() => GrpcFraming.Frame(new GetApplicationRequest { Id = new string('a', 50) }, 10));
        Assert.Equal(StatusCode.ResourceExhausted, ex.StatusCode);
    }
}

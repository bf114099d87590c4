using System.Buffers;
using System.Buffers.Binary;
using System.IO.Pipelines;
using Google.Protobuf;

namespace RentToOwn.Kadastr.Protocol.Transport;

/// <summary>
/// Length-prefixed messages: a 1-byte compressed flag, a 4-byte big-endian length, the protobuf bytes.
/// </summary>
public static class GrpcFraming
{
    /// <summary>Size of the frame header.</summary>
    public const int HeaderSize = 5;

    /// <summary>Serialises a message with its frame header; RESOURCE_EXHAUSTED when it exceeds <paramref name="maxSize"/>.</summary>
    public static byte[] Frame(IMessage message, int maxSize)
    {
        var size = message.CalculateSize();
        if (size > maxSize)
        {
            throw new RpcException(StatusCode.ResourceExhausted,
                $"Sending message larger than max ({size} vs. {maxSize})");
        }

        var buffer = new byte[HeaderSize + size];
        buffer[0] = 0;
        BinaryPrimitives.WriteUInt32BigEndian(buffer.AsSpan(1), (uint)size);
        message.WriteTo(buffer.AsSpan(HeaderSize));
        return buffer;
    }

    /// <summary>Writes a framed message to a pipe (no flush).</summary>
    public static void Write(PipeWriter writer, IMessage message, int maxSize)
    {
        var size = message.CalculateSize();
        if (size > maxSize)
        {
            throw new RpcException(StatusCode.ResourceExhausted,
                $"Sending message larger than max ({size} vs. {maxSize})");
        }

        var span = writer.GetSpan(HeaderSize + size);
        span[0] = 0;
        BinaryPrimitives.WriteUInt32BigEndian(span[1..], (uint)size);
        message.WriteTo(span.Slice(HeaderSize, size));
        writer.Advance(HeaderSize + size);
    }

    /// <summary>
    /// Reads one message from a pipe; null at a clean end of stream. Throws RESOURCE_EXHAUSTED
    /// when the length exceeds <paramref name="maxSize"/>, INTERNAL for a truncated frame and
    /// UNIMPLEMENTED for a compressed one (this transport sends and accepts identity only).
    /// </summary>
    public static async ValueTask<T?> ReadAsync<T>(PipeReader reader, MessageParser<T> parser, int maxSize, CancellationToken ct)
        where T : class, IMessage<T>
    {
        while (true)
        {
            var result = await reader.ReadAsync(ct).ConfigureAwait(false);
            var buffer = result.Buffer;
            if (TryParseFrame(ref buffer, parser, maxSize, out var message))
            {
                reader.AdvanceTo(buffer.Start);
                return message;
            }

            if (result.IsCompleted)
            {
                var remaining = buffer.Length;
                reader.AdvanceTo(buffer.End);
                if (remaining == 0)
                {
                    return null;
                }

                throw new RpcException(StatusCode.Internal, "Incomplete message frame at end of stream");
            }

            reader.AdvanceTo(buffer.Start, buffer.End);
        }
    }

    private static bool TryParseFrame<T>(ref ReadOnlySequence<byte> buffer, MessageParser<T> parser, int maxSize, out T? message)
        where T : class, IMessage<T>
    {
        message = null;
        if (buffer.Length < HeaderSize)
        {
            return false;
        }

        Span<byte> header = stackalloc byte[HeaderSize];
        buffer.Slice(0, HeaderSize).CopyTo(header);
        var length = BinaryPrimitives.ReadUInt32BigEndian(header[1..]);
        if (header[0] > 1)
        {
            throw new RpcException(StatusCode.Internal, $"Invalid compressed flag {header[0]}");
        }

        if (length > (uint)maxSize)
        {
            throw new RpcException(StatusCode.ResourceExhausted,
                $"Received message larger than max ({length} vs. {maxSize})");
        }

        if (header[0] == 1)
        {
            throw new RpcException(StatusCode.Unimplemented, "Compressed messages are not supported (identity only)");
        }

        if (buffer.Length < HeaderSize + length)
        {
            return false;
        }

        var payload = buffer.Slice(HeaderSize, length);
        try
        {
            message = parser.ParseFrom(payload);
        }
        catch (InvalidProtocolBufferException ex)
        {
            throw new RpcException(StatusCode.Internal, "Failed to parse message: " + ex.Message, ex);
        }

        buffer = buffer.Slice(payload.End);
        return true;
    }
}

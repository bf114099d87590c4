namespace RentToOwn.Kadastr.Protocol.Server;

/// <summary>Writes the messages of a server-streaming response.</summary>
/// <typeparam name="T">The response message.</typeparam>
public interface IServerStreamWriter<in T>
{
    /// <summary>Sends one message and flushes it to the client.</summary>
    /// <exception cref="InvalidOperationException">The call is already complete (e.g. the deadline passed).</exception>
    Task WriteAsync(T message);
}

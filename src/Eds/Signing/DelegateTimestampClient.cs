namespace RentToOwn.Eds.Signing;

/// <summary>In-process TSA client (e.g. straight to <c>TimestampAuthority.Respond</c>) for tests and embedded use.</summary>
public sealed class DelegateTimestampClient(Func<byte[], byte[]> exchange) : ITimestampClient
{
    /// <inheritdoc />
    public byte[] Exchange(byte[] timeStampRequest) => exchange(timeStampRequest);
}

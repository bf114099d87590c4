namespace RentToOwn.Eds.Signing;

/// <summary>Sends an RFC 3161 TimeStampReq to a TSA and returns its TimeStampResp (both DER).</summary>
public interface ITimestampClient
{
    /// <summary>Exchanges one request for one response; throws <see cref="TimestampException"/> when the TSA cannot be reached.</summary>
    byte[] Exchange(byte[] timeStampRequest);
}

namespace RentToOwn.Kadastr.Protocol.Transport;

/// <summary>A call's final status: the code and the (already percent-decoded) message.</summary>
/// <param name="Code">The status code.</param>
/// <param name="Detail">The human-readable message (<c>grpc-message</c>).</param>
public readonly record struct Status(StatusCode Code, string Detail)
{
    /// <summary>The OK status.</summary>
    public static Status Ok => new(StatusCode.OK, string.Empty);

    /// <inheritdoc />
    public override string ToString() => $"Status(StatusCode=\"{Code}\", Detail=\"{Detail}\")";
}

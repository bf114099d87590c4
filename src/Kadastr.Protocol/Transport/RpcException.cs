namespace RentToOwn.Kadastr.Protocol.Transport;

/// <summary>A call that ended with a status other than OK, on either end.</summary>
public sealed class RpcException : Exception
{
    /// <summary>Creates the exception for a status, with the trailers that came with it.</summary>
    public RpcException(Status status, Metadata? trailers = null, Exception? inner = null)
        : base(status.ToString(), inner)
    {
        Status = status;
        Trailers = trailers ?? new Metadata();
    }

    /// <summary>Creates the exception for a code and message.</summary>
    public RpcException(StatusCode code, string detail, Exception? inner = null)
        : this(new Status(code, detail), null, inner)
    {
    }

    /// <summary>The final status.</summary>
    public Status Status { get; }

    /// <summary>The status code.</summary>
    public StatusCode StatusCode => Status.Code;

    /// <summary>The trailers (server side: extra trailers to send; client side: those received).</summary>
    public Metadata Trailers { get; }
}

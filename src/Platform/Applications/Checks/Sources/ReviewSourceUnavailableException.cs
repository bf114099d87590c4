namespace RentToOwn.Platform.Applications.Checks.Sources;

/// <summary>A source outside the platform did not answer; the check becomes Unavailable with this message.</summary>
public sealed class ReviewSourceUnavailableException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ReviewSourceUnavailableException(string message, Exception? inner = null) : base(message, inner) { }
}

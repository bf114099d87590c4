namespace RentToOwn.Domain.Identity;

/// <summary>An IIN (ЖСН) or BIN (БСН) failed to parse; <see cref="Exception.Message"/> says exactly what is wrong.</summary>
public sealed class IdentityNumberException : FormatException
{
    /// <summary>Creates the exception.</summary>
    public IdentityNumberException(IdentityError error, string message)
        : base(message)
    {
        Error = error;
    }

    /// <summary>The kind of defect.</summary>
    public IdentityError Error { get; }
}

namespace RentToOwn.Domain.Contracts;

/// <summary>The contract font is missing or unusable; the message names the file and how to fix it.</summary>
public sealed class ContractFontException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ContractFontException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }
}

namespace RentToOwn.Platform.Registration.Model;

/// <summary>A verified signature over an application's basis document.</summary>
public sealed class RegistrationBasisSignature
{
    /// <summary>Primary key.</summary>
    public Guid Id { get; set; }

    /// <summary>The application.</summary>
    public Guid RegistrationId { get; set; }

    /// <summary>Order.</summary>
    public int Position { get; set; }

    /// <summary>The signer's role.</summary>
    public BasisSignerRole Role { get; set; }

    /// <summary>IIN or BIN the certificate's subject must be.</summary>
    public required string ExpectedSigner { get; set; }

    /// <summary>The CAdES.</summary>
    public required byte[] Cms { get; set; }
}

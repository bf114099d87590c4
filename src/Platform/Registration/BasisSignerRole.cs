namespace RentToOwn.Platform.Registration;

/// <summary>Who signed a basis document.</summary>
public enum BasisSignerRole
{
    /// <summary>The tenant (service recipient).</summary>
    Tenant,
    /// <summary>The tenant's spouse.</summary>
    Spouse,
    /// <summary>A guarantor.</summary>
    Guarantor,
    /// <summary>KTK, signed by its head or authorised person.</summary>
    Ktk,
}

namespace RentToOwn.Platform.Identity;

/// <summary>
/// A person known to the platform directory. Recipients get one from the akimat list (A.7);
/// KTK staff and registrars are seeded by configuration. The EDS login matches the certificate's
/// IIN against <see cref="Iin"/> and grants <see cref="Roles"/>.
/// </summary>
public sealed class UserAccount
{
    /// <summary>Primary key.</summary>
    public Guid Id { get; set; }

    /// <summary>ЖСН / IIN, 12 digits, validated on the way in.</summary>
    public required string Iin { get; set; }

    /// <summary>Full name as given by the list or the certificate.</summary>
    public required string FullName { get; set; }

    /// <summary>Mobile number in E.164 form (+7...), where known.</summary>
    public string? Phone { get; set; }

    /// <summary>Cabinets this account may open.</summary>
    public PlatformRoles Roles { get; set; }

    /// <summary>When the account was created.</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The recipient list that created the account, when it came from one (A.7).</summary>
    public Guid? RecipientListId { get; set; }
}

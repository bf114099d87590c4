namespace RentToOwn.Domain.Identity;

/// <summary>Which kind of identity number a 12-digit string is.</summary>
public enum IdentityKind
{
    /// <summary>Not a valid IIN or BIN.</summary>
    Invalid,

    /// <summary>ЖСН / IIN of an individual.</summary>
    Iin,

    /// <summary>БСН / BIN of a legal entity, branch, representative office or sole proprietor.</summary>
    Bin,
}

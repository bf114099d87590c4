namespace RentToOwn.Domain.Identity;

/// <summary>What is wrong with an identity number (IIN / BIN).</summary>
public enum IdentityError
{
    /// <summary>The input is null or empty.</summary>
    Empty,

    /// <summary>The input is not exactly 12 characters long.</summary>
    Length,

    /// <summary>A character is not an ASCII digit 0–9.</summary>
    NonDigit,

    /// <summary>The 12th digit does not match the computed control digit, or no control digit can be computed.</summary>
    ControlDigit,

    /// <summary>The encoded date (IIN birth date, BIN registration month) is not a calendar date.</summary>
    ImpossibleDate,

    /// <summary>IIN digit 7 (century and sex) is not 1–6.</summary>
    CenturySex,

    /// <summary>BIN digit 5 (entity type) is not 4, 5 or 6.</summary>
    EntityType,

    /// <summary>BIN digit 6 (attribute) is not 0–3.</summary>
    Attribute,
}

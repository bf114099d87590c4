namespace RentToOwn.Domain.Identity;

/// <summary>Sex encoded in IIN digit 7 (odd = male, even = female).</summary>
public enum Sex
{
    /// <summary>Male (digit 7 is 1, 3 or 5).</summary>
    Male,

    /// <summary>Female (digit 7 is 2, 4 or 6).</summary>
    Female,
}

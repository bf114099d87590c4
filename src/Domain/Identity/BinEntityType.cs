namespace RentToOwn.Domain.Identity;

/// <summary>BIN digit 5: the kind of registered entity.</summary>
public enum BinEntityType
{
    /// <summary>4: resident legal entity.</summary>
    Resident = 4,

    /// <summary>5: non-resident legal entity.</summary>
    NonResident = 5,

    /// <summary>6: sole proprietor (IP / ЖК) registered as a joint venture of an individual.</summary>
    SoleProprietor = 6,
}

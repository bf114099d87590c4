namespace RentToOwn.Domain.Identity;

/// <summary>BIN digit 6: which part of the entity the number identifies.</summary>
public enum BinAttribute
{
    /// <summary>0: head office.</summary>
    HeadOffice = 0,

    /// <summary>1: branch.</summary>
    Branch = 1,

    /// <summary>2: representative office.</summary>
    Representative = 2,

    /// <summary>3: peasant (farm) enterprise.</summary>
    PeasantFarm = 3,
}

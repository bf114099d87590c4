namespace RentToOwn.Platform.Recipients;

/// <summary>A.5: who may be on a recipient list. CSV values in <see cref="CsvValues"/>.</summary>
public static class RecipientCategory
{
    /// <summary>Socially vulnerable groups (Housing Relations Law art. 68).</summary>
    public const string Vulnerable = "vulnerable";

    /// <summary>Employees of budget organisations.</summary>
    public const string Budget = "budget";

    /// <summary>Employees of city-forming legal entities.</summary>
    public const string CityForming = "city_forming";

    /// <summary>Accepted CSV values.</summary>
    public static readonly IReadOnlyList<string> CsvValues = [Vulnerable, Budget, CityForming];
}

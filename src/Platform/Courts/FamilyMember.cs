namespace RentToOwn.Platform.Courts;

/// <summary>Seed 000: a family member living with the tenant, whom the ruling must consider (minors above all).</summary>
/// <param name="Name">Full name.</param>
/// <param name="BirthDate">Date of birth.</param>
/// <param name="Relation">Relation to the tenant (spouse, son, daughter, …).</param>
public sealed record FamilyMember(string Name, DateOnly BirthDate, string Relation)
{
    /// <summary>Under 18 on <paramref name="day"/>.</summary>
    public bool IsMinorOn(DateOnly day) => BirthDate.AddYears(18) > day;
}

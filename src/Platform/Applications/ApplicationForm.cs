namespace RentToOwn.Platform.Applications;

/// <summary>The A.8 questionnaire as the tenant fills it in.</summary>
/// <param name="Employer">Employer.</param>
/// <param name="Position">Position.</param>
/// <param name="MonthlyIncome">Average monthly income, KZT.</param>
/// <param name="FamilyMembers">Family members including the applicant.</param>
/// <param name="Married">Married.</param>
/// <param name="SpouseIin">Spouse's IIN when married.</param>
/// <param name="Children">A.10: children in the family.</param>
/// <param name="PreviouslyMarried">A.10: married before (divorced or widowed).</param>
/// <param name="MonthlyObligations">A.15.2: monthly payments on loans and other obligations, KZT.</param>
/// <param name="MonthlyExpenses">A.15.2: other regular monthly family expenses, KZT.</param>
public sealed record ApplicationForm(string Employer, string Position, decimal MonthlyIncome, int FamilyMembers, bool Married, string? SpouseIin,
    int Children = 0, bool PreviouslyMarried = false, decimal MonthlyObligations = 0, decimal MonthlyExpenses = 0);

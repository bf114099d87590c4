using RentToOwn.Platform.Courts;

namespace RentToOwn.Platform.Tests.Courts;

/// <summary>Seed 000: the pure rule a court decision is checked by, and the order the family is noted in.</summary>
public sealed class CourtDecisionCheckTests
{
    private static readonly DateOnly Today = new(2026, 12, 1);

    private static string English(Outcome.Text problem) => OutcomeText.Render("en", problem.Key, problem.Args)!;
    private static readonly CourtDecision Found = new("Court", "2-1/2026", new DateOnly(2026, 11, 1), new DateOnly(2026, 12, 1), "900315300012", "21:1:1:1", "ab");

    [Fact]
    public void Seed000_a_matching_decision_in_force_today_has_no_problems()
    {
        Assert.Empty(CourtDecisionCheck.Problems(Found, "Court", "2-1/2026", new DateOnly(2026, 11, 1), "900315300012", "21:1:1:1", "AB", Today));
    }

    [Fact]
    public void Seed000_each_mismatch_is_named()
    {
        var problems = CourtDecisionCheck.Problems(Found with { InForceOn = null }, "Court", "2-1/2026", new DateOnly(2026, 11, 2), "920704400029", "21:1:1:2", "cd", Today);

        Assert.Equal(
        [
            "the decision does not name this lease's tenant", "the decision does not name this lease's flat",
            "the decision is dated 2026-11-01, not 2026-11-02", "the decision has not entered into legal force",
            "the uploaded document is not the decision the court registered (its SHA-256 differs)",
        ], problems.Select(English));
        Assert.Equal(["the court-records service has no decision in case 2-9/2026 of Court"],
            CourtDecisionCheck.Problems(null, "Court", "2-9/2026", Today, "900315300012", "21:1:1:1", "ab", Today).Select(English));
        Assert.Equal("шешім заңды күшіне енбеген", OutcomeText.Render("kk", problems[3].Key, problems[3].Args)); // kk is the default language
    }

    [Fact]
    public void Seed000_family_members_are_noted_minors_first_youngest_first_then_adults_in_the_courts_order()
    {
        FamilyMember[] family =
        [
            new("Mother", new DateOnly(1960, 1, 1), "mother"), new("Teen", new DateOnly(2010, 5, 5), "son"),
            new("Spouse", new DateOnly(1990, 1, 1), "spouse"), new("Baby", new DateOnly(2024, 2, 2), "daughter"),
            new("Just adult", new DateOnly(2008, 12, 1), "son"),
        ];

        Assert.Equal(["Baby", "Teen", "Mother", "Spouse", "Just adult"], CourtDecisionCheck.MinorsFirst(family, Today).Select(m => m.Name));
        Assert.Empty(CourtDecisionCheck.MinorsFirst(null, Today));
    }
}

using System.Text.Json;
using RentToOwn.Cli.Commands;
using RentToOwn.Platform;

namespace RentToOwn.Cli.Tests;

/// <summary>Issue 16 §7: the review's named scenarios (A.7 window, seed 000 court rule) print the outcome the law asks for.</summary>
public sealed class ReviewScenarioTests
{
    private static JsonElement Run(string name)
    {
        var (code, output, error) = DemoGate.Run(DemoCommand.Create(), "--scenario", name);
        Assert.True(code == 0, error + output);
        var json = JsonDocument.Parse(output).RootElement;
        Assert.Equal(name, json.GetProperty("scenario").GetString());
        return json;
    }

    [Fact]
    public void A7_late_application_is_refused_with_the_day_the_window_closed_and_the_officer_sees_it_missed()
    {
        var json = Run("late-application");

        Assert.Equal("refused", json.GetProperty("outcome").GetString());
        Assert.Equal(422, json.GetProperty("status").GetInt32()); // the page answers a refused form with 422
        var closed = DateOnly.Parse(json.GetProperty("windowClosedOn").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        var today = DateOnly.Parse(json.GetProperty("today").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(today.AddDays(-1), closed); // SMS on day 0, last day 15, submission on day 16
        Assert.Equal(new Outcome("applications.refused.window_closed", closed).Render("kk"), json.GetProperty("reason").GetString()); // Kazakh: the default language
        Assert.True(json.GetProperty("officerSeesMissed").GetBoolean());
    }

    [Fact]
    public void Seed000_court_unverified_involuntary_termination_on_an_unknown_case_is_refused()
    {
        var json = Run("court-unverified");

        Assert.Equal("refused", json.GetProperty("outcome").GetString());
        Assert.Equal("REGISTERED", json.GetProperty("registration").GetString());
        Assert.Equal(422, json.GetProperty("status").GetInt32());
        Assert.Contains("сот жазбалары қызметінде 2-404/2026 ісі бойынша шешім жоқ", json.GetProperty("reason").GetString()); // Kazakh: the default language (courts.mismatch.no_decision)
        Assert.Equal(0, json.GetProperty("terminationsRecorded").GetInt32());
    }

    [Fact]
    public void A11_guarantor_after_review_insufficient_solvency_then_a_guarantor_then_approved()
    {
        var json = Run("guarantor-after-review");

        Assert.Equal("approved", json.GetProperty("outcome").GetString());
        Assert.Equal("Failed", json.GetProperty("solvencyBefore").GetString()); // A.14: 120 000 KZT does not carry the payment
        Assert.True(json.GetProperty("guarantorRequested").GetBoolean());
        Assert.InRange(json.GetProperty("guarantorChecks").GetInt32(), 1, 10); // the review ran again, now for the guarantor too
        Assert.Matches("^RTO-", json.GetProperty("contract").GetString());
    }
}

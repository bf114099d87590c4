using System.Text.Json;
using RentToOwn.Cli.Commands;
using RentToOwn.Platform.Localization;

namespace RentToOwn.Cli.Tests;

/// <summary>Issue 16 §2, §7: the legal-entity guarantor scenario (A.2.9, A.11–A.14) prints the outcome the law asks for.</summary>
public sealed class LegalEntityGuarantorScenarioTests
{
    [Fact]
    public void A11_the_employer_guarantees_by_BIN_its_heads_key_signs_an_employees_key_is_refused_and_the_application_is_approved()
    {
        var (code, output, error) = DemoGate.Run(DemoCommand.Create(), "--scenario", "legal-entity-guarantor");
        Assert.True(code == 0, error + output);
        var json = JsonDocument.Parse(output).RootElement;

        Assert.Equal("legal-entity-guarantor", json.GetProperty("scenario").GetString());
        Assert.Equal("approved", json.GetProperty("outcome").GetString());
        Assert.Equal("100340005011", json.GetProperty("guarantorBin").GetString());
        Assert.Equal("Failed", json.GetProperty("solvencyBefore").GetString()); // A.14: 120 000 KZT alone does not carry the payment
        Assert.StartsWith("refused", json.GetProperty("employeeLogin").GetString()); // no head role: no guarantor cabinet
        Assert.Equal(422, json.GetProperty("employeeKeyStatus").GetInt32());
        Assert.Contains(UiText.Shared.Get("kk", "signing.refused.made_employee"), json.GetProperty("employeeKeyReason").GetString(), StringComparison.Ordinal);
        Assert.Equal("Passed", json.GetProperty("guarantorEdsCheck").GetString()); // A.14: the head's signature for BIN 100340005011
        Assert.Equal("Passed", json.GetProperty("solvencyAfter").GetString()); // A.14: the guarantor's income counts
    }
}

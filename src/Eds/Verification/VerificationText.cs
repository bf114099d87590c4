namespace RentToOwn.Eds.Verification;

/// <summary>One-line text of a signature's result, e.g. "TOTAL_FAILED/REVOKED: … revoked at …".</summary>
public static class VerificationText
{
    /// <summary>ETSI spelling of an enum member name: TotalPassed → TOTAL_PASSED.</summary>
    public static string Etsi<T>(T value) where T : struct, Enum =>
        System.Text.Json.JsonNamingPolicy.SnakeCaseUpper.ConvertName(value.ToString());

    /// <summary>Indication, sub-indication and first error.</summary>
    public static string Of(SignatureValidation signature) =>
        Etsi(signature.Indication) + (signature.SubIndication is { } s ? "/" + Etsi(s) : "") +
        (signature.Errors.Count > 0 ? ": " + signature.Errors[0] : "");
}

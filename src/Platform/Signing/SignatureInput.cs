namespace RentToOwn.Platform.Signing;

/// <summary>The one decoding of a signature sent as base64 (every signing endpoint).</summary>
public static class SignatureInput
{
    /// <summary>What a caller is told when the signature is not base64 (HTTP 400).</summary>
    public const string NotBase64 = "The signature is not base64.";

    /// <summary>The bytes of <paramref name="base64"/> (empty for none); null when it is not base64.</summary>
    public static byte[]? Decode(string? base64)
    {
        if (string.IsNullOrWhiteSpace(base64)) return [];
        try
        {
            return Convert.FromBase64String(base64);
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <summary>The 400 problem for a signature that is not base64.</summary>
    public static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult NotBase64Problem() =>
        TypedResults.Problem(NotBase64, statusCode: StatusCodes.Status400BadRequest);
}

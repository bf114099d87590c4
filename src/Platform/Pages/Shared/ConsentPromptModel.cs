namespace RentToOwn.Platform.Pages.Shared;

/// <summary>The A.9 consent prompt shown in the guarantor and spouse cabinets.</summary>
/// <param name="Live">Whether the person's consent is live.</param>
/// <param name="ReturnTo">The cabinet to return to after signing.</param>
public sealed record ConsentPromptModel(bool Live, string ReturnTo);

namespace RentToOwn.Platform.Recipients;

/// <summary>An officer's upload of one akimat list.</summary>
/// <param name="Source">The local executive body that provided the list.</param>
/// <param name="ReceivedOn">The day KTK received it (A.6 counts from here).</param>
/// <param name="FileName">The uploaded file's name.</param>
/// <param name="Content">The file bytes.</param>
/// <param name="OfficerIin">The uploading officer.</param>
public sealed record RecipientListImport(string Source, DateOnly ReceivedOn, string FileName, byte[] Content, string OfficerIin);

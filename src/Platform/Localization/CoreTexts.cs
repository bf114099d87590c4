namespace RentToOwn.Platform.Localization;

/// <summary>The shell's texts (menus, home, cabinets' common words), one file per language beside this one.</summary>
public static class CoreTexts
{
    /// <summary>The shell's table: its keys carry their page's prefix already (<c>nav.home</c>, <c>officer.lists</c>).</summary>
    public static TextTable Table { get; } = new("", KazakhTexts.All, RussianTexts.All, EnglishTexts.All);
}

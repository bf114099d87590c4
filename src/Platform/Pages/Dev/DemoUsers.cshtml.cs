using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using RentToOwn.Eds.Pki;
using RentToOwn.Platform.Signing;

namespace RentToOwn.Platform.Pages.Dev;

/// <summary>The demo parties of the test PKI and their test keys. Development environment only (404 elsewhere).</summary>
public sealed class DemoUsersModel(EdsTrust trust, IWebHostEnvironment environment) : PageModel
{
    /// <summary>The demo parties.</summary>
    public IReadOnlyList<ManifestParty> Parties { get; private set; } = [];

    /// <summary>Lists the parties.</summary>
    public IActionResult OnGet()
    {
        if (!environment.IsDevelopment() || trust.Manifest is null) return NotFound();
        Parties = trust.Manifest.Parties;
        return Page();
    }

    /// <summary>Downloads one test key; only files named in the manifest can be fetched.</summary>
    public IActionResult OnGetKey(string role, string algorithm, string purpose)
    {
        if (!environment.IsDevelopment() || trust.Manifest is null) return NotFound();
        var key = trust.Manifest.Parties.FirstOrDefault(p => p.Role == role)?.Keys
            .FirstOrDefault(k => k.Algorithm == algorithm && k.Purpose == purpose);
        if (key is null) return NotFound();
        var path = Path.GetFullPath(key.Path, trust.Directory);
        if (!path.StartsWith(trust.Directory + Path.DirectorySeparatorChar, StringComparison.Ordinal)) return NotFound();
        return PhysicalFile(path, "application/x-pkcs12", Path.GetFileName(path));
    }
}

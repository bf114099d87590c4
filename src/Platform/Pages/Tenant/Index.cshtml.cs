using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace RentToOwn.Platform.Pages.Tenant;

/// <summary>The tenant cabinet's entry: the application page (which sends to the consent first when needed).</summary>
public sealed class IndexModel : PageModel
{
    /// <summary>Redirects.</summary>
    public IActionResult OnGet() => RedirectToPage("/Tenant/Application");
}

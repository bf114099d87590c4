using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using RentToOwn.Platform.Security;

namespace RentToOwn.Platform.Pages;

/// <summary>EDS login page: the browser signs the server's challenge with the AUTH key.</summary>
[EnableRateLimiting(RateLimitPolicies.Login)]
public sealed class LoginModel : PageModel
{
    /// <summary>Where to go after login (local paths only).</summary>
    public string ReturnUrl { get; private set; } = "/";

    /// <summary>Shows the page.</summary>
    public void OnGet(string? returnUrl)
    {
        ReturnUrl = Url.IsLocalUrl(returnUrl) ? returnUrl! : "/";
    }
}

using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace RentToOwn.Platform.Pages;

/// <summary>Ends the session (POST only, anti-forgery checked).</summary>
public sealed class LogoutModel : PageModel
{
    /// <summary>Signs out and returns home.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return LocalRedirect("/");
    }

    /// <summary>GET does nothing but go home.</summary>
    public IActionResult OnGet() => LocalRedirect("/");
}

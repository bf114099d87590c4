using Microsoft.Extensions.Options;
using RentToOwn.Platform.Signing;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using RentToOwn.Platform.Security;

namespace RentToOwn.Platform.Pages;

/// <summary>EDS login page: the browser signs the server's challenge with the AUTH key (wwwroot/js/rto.js).</summary>
[EnableRateLimiting(RateLimitPolicies.Login)]
public sealed class LoginModel(IWebHostEnvironment environment, IOptions<EdsOptions> eds) : PageModel
{
    /// <summary>Where the page looks for NCALayer.</summary>
    public IReadOnlyList<string> NcaLayerUrls => eds.Value.NcaLayerUrls;

    /// <summary>Whether to point at the demo users page.</summary>
    public bool IsDevelopment => environment.IsDevelopment();

    /// <summary>Shows the page.</summary>
    public void OnGet()
    {
    }
}

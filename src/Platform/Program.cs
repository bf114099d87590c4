using RentToOwn.Platform.Apis;
using RentToOwn.Platform.Extensions;

var builder = WebApplication.CreateBuilder(args);
builder.AddApplicationServices();

var app = builder.Build();
app.UsePlatformPipeline();
app.MapHealthApi();
app.MapLanguageApi();
app.MapAuthApi();
app.MapConsentApi();
app.MapGuarantorApi();
app.MapHeadApi();
app.MapContractApi();
app.MapRazorPages();
app.Run();

/// <summary>Entry point; public so that tests can host it with WebApplicationFactory.</summary>
public partial class Program;

using Lcoo.Summit.Api.Changes;
using Lcoo.Summit.Api.Clashes;
using Lcoo.Summit.Api.Coverage;
using Lcoo.Summit.Api.Errors;
using Lcoo.Summit.Api.Exports;
using Lcoo.Summit.Api.Itineraries;
using Lcoo.Summit.Api.Extensions;
using Lcoo.Summit.Api.Health;
using Lcoo.Summit.Api.Http;
using Lcoo.Summit.Api.Imports;
using Lcoo.Summit.Api.Kiosk;
using Lcoo.Summit.Api.Members;
using Lcoo.Summit.Api.OpenApi;
using Lcoo.Summit.Api.Schedules;
using Lcoo.Summit.Api.Sources;
using Lcoo.Summit.Api.Sessions;
using Lcoo.Summit.Api.Speakers;
using Lcoo.Summit.Api.Summits;
using Lcoo.Summit.Api.Web;
using Lcoo.Summit.Api.Webhooks;

if (args is ["healthcheck", ..])
{
    return await HealthProbe.RunAsync();
}

// "import …" is the command-line importer; its arguments are not configuration.
var builder = WebApplication.CreateBuilder(args is ["import", ..] ? [] : args);

// Pages' styles and scripts from the build output in every environment (tests run as Testing, CI as Production);
// published output carries them itself and this does nothing there.
builder.WebHost.UseStaticWebAssets();
builder.AddSummitStorage();
builder.AddImports();
builder.Services.AddSummitAuth();
builder.Services.AddSummitLimits(builder.Configuration);
builder.Services.AddMembers();
builder.Services.AddSpeakers();
builder.Services.AddCoverage();
builder.Services.AddKiosk();
builder.Services.AddChanges();
builder.Services.AddSources();
builder.Services.AddWebhooks();
builder.Services.AddSchedules();
builder.Services.AddSummitReadCache();
builder.Services.AddItineraries();
builder.Services.AddSummitProblems();
builder.Services.AddPublicUrls(builder.Configuration);
builder.Services.AddValidation();
builder.Services.AddSummitHealthChecks();
builder.Services.AddRazorComponents();
// Pages say Japanese, Korean and Chinese as text, not as a numeric reference per character (markup is still encoded).
builder.Services.AddSingleton(System.Text.Encodings.Web.HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All));
builder.Services.AddScoped<NotFoundMessage>();
builder.Services.AddSingleton<Lcoo.Summit.Api.Web.Planner.PlannerIndexes>();
builder.Services.AddSummitOpenApi();
builder.Services.ConfigureHttpJsonOptions(o =>
{
    o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter());
    // Numbers are numbers, in bodies and in the contract (the web default also reads "12" and says so in every schema).
    o.SerializerOptions.NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.Strict;
    // {"members": [...], "members": [...]}: which one was meant is not ours to guess.
    o.SerializerOptions.AllowDuplicateProperties = false;
});

var app = builder.Build();

app.UseForwardedHeaders();
app.UsePageSecurityHeaders();
app.UseRequestLog();
app.UseExceptionHandler(new ExceptionHandlerOptions { SuppressDiagnosticsCallback = c => BadRequestHandler.IsBadRequest(c.Exception) });
app.UseStatusCodePages();
app.UseLinkableHost();
app.UseHeadAsGet();
app.UseRequestLocalization(RequestLanguage.Options());
app.UseRouting();
app.UseAuthentication();
app.UseAuthorization();
app.UseRateLimiter();
app.UseOutputCache();
app.UseAntiforgery();

app.MapSummitOpenApi();
app.UseSwaggerUI(o => o.SwaggerEndpoint("/openapi/v1.json", "Lcoo.Summit API"));

app.MapHealth();

// Every endpoint of ours refuses query parameters it does not take, and bodies over its limit.
var api = app.MapGroup("").AddEndpointFilterFactory(QueryParameters.RejectUnknown);
api.MapSummits();
api.MapSessions();
api.MapImports();
api.MapProblems();
api.MapMembers();
api.MapMemberSummit();
api.MapCompanies();
api.MapSpeakers();
api.MapPeopleDecisions();
api.MapClashes();
api.MapSchedules();
api.MapExports();
api.MapChanges();
api.MapSources();
api.MapWebhooks();
api.MapPublications();
api.MapCoverage();
api.MapKiosk();

// The planner and the console: server-rendered pages on the same API (Web/), and their scripts and styles (wwwroot/).
app.MapStaticAssets();
app.MapGet("/language/{code}", RequestLanguage.Choose).ExcludeFromDescription();
app.MapRazorComponents<Lcoo.Summit.Api.Web.App>();

if (args is ["import", .. var importArgs])
{
    return await ImportCommand.RunAsync(app.Services, importArgs, Console.Out, CancellationToken.None);
}

await app.RunAsync();
return 0;

/// <summary>The entry point, visible to the HTTP tests' <c>WebApplicationFactory</c>.</summary>
public partial class Program;

using System.Security.Claims;
using System.Text.Encodings.Web;
using Lcoo.Summit.Api.Schedules;
using Lcoo.Summit.Api.Storage;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Lcoo.Summit.Api.Auth;

/// <summary>
/// One scheme for the credentials this API knows, sent as <c>X-Api-Key</c> or <c>Authorization: Bearer</c>:
/// a coordinator key (role <c>coordinator</c>) or a personal schedule's token (role <c>attendee</c>). No
/// credential is a 401 challenge; one we do not know is a failure (401); a known one without the right is 403.
/// </summary>
public sealed class CredentialHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    CoordinatorKeys coordinators, IScheduleStore schedules)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Credential";
    public const string CoordinatorRole = "coordinator";
    public const string AttendeeRole = "attendee";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var presented = Request.Headers["X-Api-Key"].FirstOrDefault() ?? ScheduleTokens.Bearer(Request);
        if (string.IsNullOrWhiteSpace(presented))
        {
            return AuthenticateResult.NoResult();
        }

        if (coordinators.Matches(presented))
        {
            return Success(CoordinatorRole);
        }

        // Telling an attendee (403) from a stranger (401) costs a store look-up: only where an endpoint needs the answer,
        // never on public reads, which must not depend on the store for a credential they ignore.
        var endpoint = Context.GetEndpoint();
        if (endpoint?.Metadata.GetMetadata<Microsoft.AspNetCore.Authorization.IAuthorizeData>() is null
            && endpoint?.Metadata.GetMetadata<ChecksCredentials>() is null)
        {
            return AuthenticateResult.Fail("The credential is not a coordinator key.");
        }

        return await schedules.IsScheduleTokenAsync(ScheduleTokens.Hash(presented), Context.RequestAborted)
            ? Success(AttendeeRole)
            : AuthenticateResult.Fail("The credential is not a coordinator key or a schedule token.");
    }

    private AuthenticateResult Success(string role) => AuthenticateResult.Success(new AuthenticationTicket(
        new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Role, role), new Claim(ClaimTypes.Name, role)], SchemeName)), SchemeName));

    protected override Task HandleChallengeAsync(AuthenticationProperties properties) => WriteProblemAsync(
        StatusCodes.Status401Unauthorized, "Credential needed",
        "This needs a coordinator API key, sent as 'X-Api-Key: <key>' or 'Authorization: Bearer <key>'.");

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) => WriteProblemAsync(
        StatusCodes.Status403Forbidden, "Not allowed",
        "Your credential is valid but does not allow this: it needs a coordinator API key.");

    private async Task WriteProblemAsync(int status, string title, string detail)
    {
        Response.StatusCode = status;
        if (status == StatusCodes.Status401Unauthorized)
        {
            Response.Headers.WWWAuthenticate = "Bearer, ApiKey header=\"X-Api-Key\"";
        }

        await Context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = Context,
            ProblemDetails = { Status = status, Title = title, Detail = detail },
        });
    }
}

/// <summary>Marks a public endpoint that looks at credentials itself and must tell an attendee from a stranger.</summary>
public sealed class ChecksCredentials;

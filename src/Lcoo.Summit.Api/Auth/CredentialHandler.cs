using System.Security.Claims;
using System.Text.Encodings.Web;
using Lcoo.Summit.Api.Errors;
using Lcoo.Summit.Api.Schedules;
using Lcoo.Summit.Api.Storage;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace Lcoo.Summit.Api.Auth;

/// <summary>
/// One scheme for every credential this API knows. A coordinator key (role <c>coordinator</c>), sent as <c>X-Api-Key</c>
/// or <c>Authorization: Bearer</c>. A personal schedule's token (role <c>attendee</c>) or its read-only key (<c>?key=</c>,
/// role <c>reader</c>, only where an endpoint takes it), each naming its schedule in a <see cref="ScheduleClaim"/>.
/// No credential is a 401 challenge; one we do not know is a failure (401); a known one without the right is 403. On a
/// schedule's own endpoints anything but its token or key reads as "no such schedule" (404), so no schedule's existence leaks.
/// </summary>
public sealed class CredentialHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    CoordinatorKeys coordinators, IScheduleStore schedules)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Credential";
    public const string CoordinatorRole = "coordinator";
    public const string AttendeeRole = "attendee";
    public const string ReaderRole = "reader";

    /// <summary>The schedule an attendee's token or a read key belongs to.</summary>
    public const string ScheduleClaim = "schedule";

    /// <summary>The hash of the schedule credential presented: what the store's owner filters compare.</summary>
    public const string CredentialClaim = "credential";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var endpoint = Context.GetEndpoint();
        if (endpoint?.Metadata.GetMetadata<ScheduleScoped>() is { } scope)
        {
            return await ScheduleCredentialAsync(scope);
        }

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
        if (endpoint?.Metadata.GetMetadata<IAuthorizeData>() is null && endpoint?.Metadata.GetMetadata<ChecksCredentials>() is null)
        {
            return AuthenticateResult.Fail("The credential is not a coordinator key.");
        }

        return await schedules.FindByTokenAsync(ScheduleTokens.Hash(presented), Context.RequestAborted) is { } id
            ? Success(AttendeeRole, id, ScheduleTokens.Hash(presented))
            : AuthenticateResult.Fail("The credential is not a coordinator key or a schedule token.");
    }

    /// <summary>A schedule's endpoints take its token (Bearer) and, where they read only, its read key (<c>?key=</c>).</summary>
    private async Task<AuthenticateResult> ScheduleCredentialAsync(ScheduleScoped scope)
    {
        if (ScheduleTokens.Bearer(Request) is { } token)
        {
            var hash = ScheduleTokens.Hash(token);
            return await schedules.FindByTokenAsync(hash, Context.RequestAborted) is { } id
                ? Success(AttendeeRole, id, hash)
                : AuthenticateResult.Fail("The token is not a schedule's.");
        }

        if (scope.TakesReadKey && Request.Query["key"].FirstOrDefault() is { Length: > 0 } key)
        {
            var hash = ScheduleTokens.Hash(key);
            return await schedules.FindByReadKeyAsync(hash, Context.RequestAborted) is { } id
                ? Success(ReaderRole, id, hash)
                : AuthenticateResult.Fail("The key is not a schedule's.");
        }

        return AuthenticateResult.NoResult();
    }

    private AuthenticateResult Success(string role, string? schedule = null, string? credential = null)
    {
        List<Claim> claims = [new(ClaimTypes.Role, role), new(ClaimTypes.Name, role)];
        if (schedule is not null)
        {
            claims.Add(new Claim(ScheduleClaim, schedule));
            claims.Add(new Claim(CredentialClaim, credential!));
        }

        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName)), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        if (Context.GetEndpoint()?.Metadata.GetMetadata<ScheduleScoped>() is { } scope)
        {
            // A schedule credential we do not know says nothing about whether the schedule exists.
            return PresentedScheduleCredential(scope)
                ? WriteAsync(Problems.ScheduleNotFound())
                : WriteAsync(Problems.TokenNeeded(Context, scope.TakesReadKey));
        }

        Response.Headers.WWWAuthenticate = "Bearer, ApiKey header=\"X-Api-Key\"";
        return WriteAsync(TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Credential needed",
            detail: "This needs a coordinator API key, sent as 'X-Api-Key: <key>' or 'Authorization: Bearer <key>'."));
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        Context.GetEndpoint()?.Metadata.GetMetadata<ScheduleScoped>() is not null
            ? WriteAsync(Problems.ScheduleNotFound())
            : WriteAsync(TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Not allowed",
                detail: "Your credential is valid but does not allow this: it needs a coordinator API key."));

    private bool PresentedScheduleCredential(ScheduleScoped scope) =>
        ScheduleTokens.Bearer(Request) is not null || (scope.TakesReadKey && Request.Query.ContainsKey("key"));

    private Task WriteAsync(IResult problem) => problem.ExecuteAsync(Context);
}

/// <summary>Marks a public endpoint that looks at credentials itself and must tell an attendee from a stranger.</summary>
public sealed class ChecksCredentials;

/// <summary>An endpoint of one personal schedule (route value <c>id</c>); <see cref="TakesReadKey"/> where it only reads.</summary>
public sealed record ScheduleScoped(bool TakesReadKey) : Http.IReadsQuery
{
    public IReadOnlyList<string> QueryNames => TakesReadKey ? ["key"] : [];
}

using Microsoft.AspNetCore.Authorization;

namespace Lcoo.Summit.Api.Auth;

/// <summary>The caller holds this schedule's token, or its read key where the endpoint takes one: the route's <c>id</c> is theirs.</summary>
public sealed class ScheduleOwnerRequirement : AuthorizationHandler<ScheduleOwnerRequirement>, IAuthorizationRequirement
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, ScheduleOwnerRequirement requirement)
    {
        if (context.Resource is HttpContext http
            && http.Request.RouteValues["id"] is string id
            && context.User.FindFirst(CredentialHandler.ScheduleClaim)?.Value == id
            && (context.User.IsInRole(CredentialHandler.AttendeeRole)
                || (context.User.IsInRole(CredentialHandler.ReaderRole) && http.GetEndpoint()?.Metadata.GetMetadata<ScheduleScoped>() is { TakesReadKey: true })))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}

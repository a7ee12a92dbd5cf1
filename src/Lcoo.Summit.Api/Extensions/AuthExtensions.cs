using Lcoo.Summit.Api.Auth;
using Microsoft.AspNetCore.Authentication;

namespace Lcoo.Summit.Api.Extensions;

public static class AuthExtensions
{
    public const string CoordinatorPolicy = "coordinator";
    public const string ScheduleOwnerPolicy = "schedule-owner";

    /// <summary>Roles: public reads need nothing; coordinator endpoints need a coordinator key (policy <see cref="CoordinatorPolicy"/>).</summary>
    public static IServiceCollection AddSummitAuth(this IServiceCollection services)
    {
        services.AddOptions<CoordinatorOptions>().BindConfiguration(CoordinatorOptions.Section);
        services.AddSingleton<CoordinatorKeys>();
        services.AddAuthentication(CredentialHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, CredentialHandler>(CredentialHandler.SchemeName, null);
        services.AddAuthorizationBuilder()
            .AddPolicy(CoordinatorPolicy, p => p.AddAuthenticationSchemes(CredentialHandler.SchemeName).RequireRole(CredentialHandler.CoordinatorRole))
            .AddPolicy(ScheduleOwnerPolicy, p => p.AddAuthenticationSchemes(CredentialHandler.SchemeName).RequireAuthenticatedUser().AddRequirements(new ScheduleOwnerRequirement()));
        return services;
    }

    public static TBuilder RequireCoordinator<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(CoordinatorPolicy);

    /// <summary>A personal schedule's endpoint: its token (and, where <paramref name="takesReadKey"/>, its read-only key) opens it; nothing else.</summary>
    public static TBuilder RequireScheduleOwner<TBuilder>(this TBuilder builder, bool takesReadKey = false) where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(ScheduleOwnerPolicy).WithMetadata(new ScheduleScoped(takesReadKey));
}

using Lcoo.Summit.Api.Auth;
using Microsoft.AspNetCore.Authentication;

namespace Lcoo.Summit.Api.Extensions;

public static class AuthExtensions
{
    public const string CoordinatorPolicy = "coordinator";

    /// <summary>Roles: public reads need nothing; coordinator endpoints need a coordinator key (policy <see cref="CoordinatorPolicy"/>).</summary>
    public static IServiceCollection AddSummitAuth(this IServiceCollection services)
    {
        services.AddOptions<CoordinatorOptions>().BindConfiguration(CoordinatorOptions.Section);
        services.AddSingleton<CoordinatorKeys>();
        services.AddAuthentication(CredentialHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, CredentialHandler>(CredentialHandler.SchemeName, null);
        services.AddAuthorizationBuilder()
            .AddPolicy(CoordinatorPolicy, p => p.AddAuthenticationSchemes(CredentialHandler.SchemeName).RequireRole(CredentialHandler.CoordinatorRole));
        return services;
    }

    public static TBuilder RequireCoordinator<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(CoordinatorPolicy);
}

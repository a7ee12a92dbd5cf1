using Lcoo.Summit.Api.Errors;
using Microsoft.AspNetCore.Mvc;

namespace Lcoo.Summit.Api.Extensions;

public static class ProblemExtensions
{
    /// <summary>RFC 9457 problem details for every error, and the handlers that keep known faults from being 500s.</summary>
    public static IServiceCollection AddSummitProblems(this IServiceCollection services)
    {
        // Before AddProblemDetails: the first writer that can write a problem writes it.
        services.AddSingleton<IProblemDetailsWriter, HtmlProblemWriter>();
        services.AddProblemDetails(o => o.CustomizeProblemDetails = context =>
        {
            if (context.ProblemDetails is HttpValidationProblemDetails validation)
            {
                CamelCaseKeys(validation.Errors);
            }

            context.ProblemDetails.Detail ??= DefaultDetail(context.HttpContext, context.ProblemDetails);
            // The resource the problem is about, as an absolute link (its path only: a query can carry a read key).
            var path = context.HttpContext.Request.Path.ToUriComponent();
            context.ProblemDetails.Instance ??= Http.Links.TryFor(context.HttpContext)?.To(path) ?? path;
        });
        // A body or value that cannot be bound reaches BadRequestHandler as an exception, so its answer can name the field.
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        // After the framework's writer: it writes whenever the client accepts JSON (or says nothing); this one takes the rest.
        services.AddSingleton<IProblemDetailsWriter, AnyAcceptProblemWriter>();
        services.AddExceptionHandler<StoreUnavailableHandler>();
        services.AddExceptionHandler<RenderRefusedHandler>();
        services.AddExceptionHandler<BadRequestHandler>();
        return services;
    }

    /// <summary>Validation errors named as the JSON names them (<c>endDate</c>, <c>aliases[0]</c>), whoever found them.</summary>
    private static void CamelCaseKeys(IDictionary<string, string[]> errors)
    {
        foreach (var key in errors.Keys.ToList())
        {
            var json = string.Join('.', key.Split('.').Select(System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName));
            if (json != key)
            {
                errors[json] = errors[key];
                errors.Remove(key);
            }
        }
    }

    /// <summary>
    /// A sentence for the problems the framework writes itself (a body it could not bind, a route with no such
    /// method, a status with no body): every problem says what to do, not only its status.
    /// </summary>
    private static string DefaultDetail(HttpContext http, ProblemDetails problem) => problem switch
    {
        HttpValidationProblemDetails { Errors.Count: > 0 } v =>
            "Some values are not valid: " + string.Join(" ", v.Errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")),
        { Status: StatusCodes.Status400BadRequest } =>
            "The request could not be read: check that its body is the JSON this endpoint takes (see /openapi/v1.json) and its values are well-formed.",
        { Status: StatusCodes.Status404NotFound } => $"Nothing is at {http.Request.Path}. GET /summits lists the summits; /openapi/v1.json every endpoint.",
        { Status: StatusCodes.Status405MethodNotAllowed } => $"{http.Request.Method} is not allowed on this path; /openapi/v1.json lists what is.",
        { Status: StatusCodes.Status413PayloadTooLarge } when http.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize is { } limit =>
            $"The body is larger than this endpoint takes: at most {limit} bytes. Nothing was changed.",
        { Status: StatusCodes.Status415UnsupportedMediaType } => "This endpoint takes a JSON body: send it with Content-Type: application/json.",
        { Status: var status } => $"The request was refused with status {status}; nothing was changed.",
    };
}

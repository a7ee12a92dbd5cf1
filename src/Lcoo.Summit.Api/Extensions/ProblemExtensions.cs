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

            var words = Http.RequestLanguage.Words(context.HttpContext);
            context.ProblemDetails.Title = Title(context.ProblemDetails, words);
            context.ProblemDetails.Detail ??= DefaultDetail(context.HttpContext, context.ProblemDetails, words);
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

    /// <summary>The framework's own titles (a status's reason phrase, its validation title) in the request's language; ours are worded already.</summary>
    private static string? Title(ProblemDetails problem, Text.Words words) => problem switch
    {
        HttpValidationProblemDetails v when v.Title == FrameworkValidationTitle => words["Problem.Validation.Title"],
        { Status: { } status } when TranslatedStatuses.Contains(status) && problem.Title == Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(status) =>
            words[$"Problem.Status.{status}"],
        _ => problem.Title,
    };

    /// <summary>The title the framework gives a validation problem it words itself, as this version of it words it.</summary>
    private static readonly string? FrameworkValidationTitle = new HttpValidationProblemDetails().Title;

    private static readonly int[] TranslatedStatuses = [StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status405MethodNotAllowed,
        StatusCodes.Status413PayloadTooLarge, StatusCodes.Status415UnsupportedMediaType];

    /// <summary>
    /// A sentence for the problems the framework writes itself (a body it could not bind, a route with no such
    /// method, a status with no body): every problem says what to do, not only its status.
    /// </summary>
    private static string DefaultDetail(HttpContext http, ProblemDetails problem, Text.Words words) => problem switch
    {
        HttpValidationProblemDetails { Errors.Count: > 0 } v =>
            words.Format("Problem.Default.Invalid", string.Join(" ", v.Errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}"))),
        { Status: StatusCodes.Status400BadRequest } => words["Problem.Default.400"],
        { Status: StatusCodes.Status404NotFound } => words.Format("Problem.Default.404", http.Request.Path),
        { Status: StatusCodes.Status405MethodNotAllowed } => words.Format("Problem.Default.405", http.Request.Method),
        { Status: StatusCodes.Status413PayloadTooLarge } when http.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize is { } limit =>
            words.Format("Problem.Default.413", limit),
        { Status: StatusCodes.Status415UnsupportedMediaType } => words["Problem.Default.415"],
        { Status: var status } => words.Format("Problem.Default.Other", status?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"),
    };
}

using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;

namespace Lcoo.Summit.Api.Http;

/// <summary>
/// Query parameters an endpoint does not take are refused with a 400 that names the ones it does: a misspelt
/// filter (<c>?date=</c> for <c>?day=</c>) silently ignored would answer a different question than the one asked.
/// The accepted names are the handler's own query parameters, read once from its signature.
/// </summary>
public static class QueryParameters
{
    public static EndpointFilterDelegate RejectUnknown(EndpointFilterFactoryContext context, EndpointFilterDelegate next)
    {
        var accepted = new HashSet<string>(Names(context.MethodInfo.GetParameters()), StringComparer.OrdinalIgnoreCase);

        return async invocation =>
        {
            var request = invocation.HttpContext.Request;
            var readBefore = invocation.HttpContext.GetEndpoint()?.Metadata.GetMetadata<IReadsQuery>()?.QueryNames ?? [];
            List<string>? unknown = null;
            foreach (var key in request.Query.Keys)
            {
                if ((!accepted.Contains(key) && !readBefore.Contains(key, StringComparer.OrdinalIgnoreCase)) || request.RouteValues.ContainsKey(key))
                {
                    (unknown ??= []).Add(key);
                }
            }

            if (unknown is null)
            {
                return await next(invocation);
            }

            var takes = accepted.Where(a => !request.RouteValues.ContainsKey(a)).Select(JsonNamingPolicy.CamelCase.ConvertName).Order(StringComparer.Ordinal).ToList();
            var detail = $"This endpoint does not take {string.Join(", ", unknown.Select(u => $"'{u}'"))}. " +
                (takes.Count == 0 ? "It takes no query parameters." : $"It takes: {string.Join(", ", takes)}.");
            return TypedResults.ValidationProblem(unknown.ToDictionary(u => u, u => new[] { "Not a parameter of this endpoint." }), detail: detail,
                title: "Unknown query parameter");
        };
    }

    /// <summary>The query names a handler binds: simple parameters, and those of <c>[AsParameters]</c> records.</summary>
    private static IEnumerable<string> Names(IEnumerable<ParameterInfo> parameters)
    {
        foreach (var p in parameters)
        {
            if (p.GetCustomAttribute<AsParametersAttribute>() is not null)
            {
                var constructor = p.ParameterType.GetConstructors().MaxBy(c => c.GetParameters().Length);
                foreach (var name in Names(constructor?.GetParameters() ?? []))
                {
                    yield return name;
                }
            }
            else if (p.GetCustomAttribute<FromQueryAttribute>() is { Name: { } named })
            {
                yield return named;
            }
            else if (IsSimple(p.ParameterType) && p.Name is { } name)
            {
                yield return name;
            }
        }
    }

    private static bool IsSimple(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type == typeof(string) || type.IsPrimitive || type.IsEnum || type == typeof(DateOnly) || type == typeof(DateTimeOffset);
    }
}

/// <summary>Endpoint metadata for query parameters read before the handler (by authentication: a schedule's read key).</summary>
public interface IReadsQuery
{
    IReadOnlyList<string> QueryNames { get; }
}

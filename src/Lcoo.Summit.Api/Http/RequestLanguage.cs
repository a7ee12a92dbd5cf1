using System.Globalization;
using Lcoo.Summit.Text;
using Microsoft.AspNetCore.Localization;

namespace Lcoo.Summit.Api.Http;

/// <summary>
/// Which language a request is answered in: <c>?lang=</c> when it names one (an endpoint that takes it refuses a code
/// we do not speak), else what request localization settled from the cookie or <c>Accept-Language</c>, else English.
/// </summary>
public static class RequestLanguage
{
    public const string Parameter = "lang";

    /// <summary>Request localization, for the five languages: <c>?lang=</c>, then the culture cookie, then <c>Accept-Language</c>.</summary>
    public static RequestLocalizationOptions Options()
    {
        var cultures = Language.All.Select(l => CultureInfo.GetCultureInfo(l.Code)).ToList();
        var options = new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(Language.English.Code),
            SupportedCultures = cultures,
            SupportedUICultures = cultures,
            FallBackToParentCultures = true,
            FallBackToParentUICultures = true,
            ApplyCurrentCultureToResponseHeaders = false,
        };
        options.RequestCultureProviders =
        [
            new QueryStringRequestCultureProvider { QueryStringKey = Parameter, UIQueryStringKey = Parameter },
            new CookieRequestCultureProvider(),
            new AcceptLanguageHeaderRequestCultureProvider(),
        ];
        return options;
    }

    /// <summary>The request's language; false with a sentence when <paramref name="lang"/> names none of ours.</summary>
    public static bool TryRead(HttpContext http, string? lang, out Language language, out string? problem)
    {
        problem = null;
        if (lang is not null)
        {
            language = Language.Find(lang) ?? Language.English;
            problem = Language.Find(lang) is null ? Language.NotOneOf(lang) : null;
            return problem is null;
        }

        var settled = http.Features.Get<IRequestCultureFeature>()?.RequestCulture.UICulture.Name;
        language = Language.Find(settled) ?? Language.English;
        return true;
    }

    /// <summary>Says the answer's language; when it came from the request's headers, caches keep one copy per language.</summary>
    public static void Say(HttpResponse response, Language language, bool fromHeaders)
    {
        response.Headers.ContentLanguage = language.Code;
        if (fromHeaders)
        {
            response.Headers.Append("Vary", "Accept-Language, Cookie");
        }
    }
}

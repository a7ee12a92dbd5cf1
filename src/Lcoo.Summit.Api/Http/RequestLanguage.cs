using System.Globalization;
using Lcoo.Summit.Text;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.WebUtilities;

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
            // The pseudo-locale is a UI language only (its dates are English), so a test can ask any page or API for it.
            SupportedUICultures = [.. cultures, CultureInfo.GetCultureInfo(Language.Pseudo.Code)],
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

    /// <summary>
    /// The words to answer in where an endpoint takes no <c>lang</c> of its own: a <c>?lang=</c> we speak (the pseudo-locale
    /// too), else what request localization settled, else English. A page, and the API calls its script makes, read alike.
    /// </summary>
    /// <summary>
    /// The words of the request being answered, from the culture the localization middleware set for it: for code that
    /// has no HttpContext at hand (the problem details).
    /// </summary>
    public static Words Current() => new(Language.Find(CultureInfo.CurrentUICulture.Name) ?? Language.English);

    public static Words Words(HttpContext http) =>
        new(Language.Find(http.Features.Get<IRequestCultureFeature>()?.RequestCulture.UICulture.Name) ?? Language.English);

    /// <summary>Where the language switcher sends a person: the culture cookie set for a year, and back to the page they were on.</summary>
    public static IResult Choose(string code, string? back, HttpContext http)
    {
        if (Language.Find(code) is not { IsPseudo: false } language)
        {
            return Errors.Problems.Invalid("code", Language.NotOneOf(code));
        }

        http.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(language.Code)),
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true, Secure = http.Request.IsHttps });
        // Only back to a page of this site: "/plan/x", never "//elsewhere" or "https://elsewhere"; and without a ?lang= of
        // its own, which would override the choice just made.
        var local = back is { Length: > 0 } && back[0] == '/' && (back.Length == 1 || (back[1] != '/' && back[1] != '\\'));
        if (!local)
        {
            return TypedResults.LocalRedirect("/");
        }

        var page = back!.Split('?', 2);
        IEnumerable<KeyValuePair<string, Microsoft.Extensions.Primitives.StringValues>> query = page.Length > 1 ? QueryHelpers.ParseQuery(page[1]).Where(q => q.Key != Parameter) : [];
        return TypedResults.LocalRedirect(QueryHelpers.AddQueryString(page[0], query));
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

using Lcoo.Summit.Api.Views;
using Lcoo.Summit.Api.Errors;
using Lcoo.Summit.Api.Http;
using Lcoo.Summit.Api.Members;
using Lcoo.Summit.Api.Storage;
using Lcoo.Summit.Members;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Lcoo.Summit.Api.Members;

public static class CompaniesApi
{
    public static IEndpointRouteBuilder MapCompanies(this IEndpointRouteBuilder app)
    {
        app.MapGet("/summits/{slug}/companies", ListCompanies)
            .WithTags("Members").WithName("ListCompanies").WithETag().CacheOutput(SummitReadsPolicy.Name).ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Every company seen among the summit's speakers, its spellings, session count and the member it maps to (or none).")
            .WithDescription("Spellings that differ only in case, punctuation, '&'/'and' or legal suffixes are one company. " +
                "A company with member null is not mapped: add its spelling as an alias with PUT /members/{id}; looksLike names the member its name looks like.");
        return app;
    }

    public static async Task<Results<Ok<IReadOnlyList<CompanyView>>, ProblemHttpResult>> ListCompanies(
        string slug, SnapshotCache snapshots, MemberDirectoryCache members, HttpContext http, CancellationToken ct)
    {
        if (await snapshots.GetAsync(slug, ct) is not { } snapshot)
        {
            return Problems.SummitNotFound(slug);
        }

        var directory = await members.GetAsync(ct);
        IReadOnlyList<CompanyView> companies = [.. CompanyCensus.Of(snapshot, directory, RequestLanguage.Words(http)).Select(CompanyView.Of)];
        return TypedResults.Ok(companies);
    }
}

/// <param name="Name">The spelling most speakers use.</param>
/// <param name="Key">The normalised key every spelling shares.</param>
/// <param name="LooksLike">For a company that maps to no member, the member its name looks like and why (to offer, not applied).</param>
public sealed record CompanyView(string Name, string Key, IReadOnlyList<string> Spellings, int Sessions, int Speakers, MemberRef? Member, SuggestionView? LooksLike)
{
    public static CompanyView Of(CompanyAtSummit c) => new(c.Name, c.Key, c.Spellings, c.Sessions, c.Speakers,
        c.Member is null ? null : new MemberRef(c.Member.Id, c.Member.DisplayName),
        c.LooksLike is null ? null : new SuggestionView(c.LooksLike.MemberId, c.LooksLike.MemberName, c.LooksLike.Reason));
}

/// <param name="Id">The member's id.</param>
/// <param name="Reason">Why the name looks like the member's ("it starts with 'NTT'").</param>
public sealed record SuggestionView(string Id, string Name, string Reason);

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
                "A company with member null is not mapped: add its spelling as an alias with PUT /members/{id}.");
        return app;
    }

    public static async Task<Results<Ok<IReadOnlyList<CompanyView>>, ProblemHttpResult>> ListCompanies(
        string slug, SnapshotCache snapshots, MemberDirectoryCache members, CancellationToken ct)
    {
        if (await snapshots.GetAsync(slug, ct) is not { } snapshot)
        {
            return Problems.SummitNotFound(slug);
        }

        var directory = await members.GetAsync(ct);
        var appearances = snapshot.Sessions.Where(s => s.Published)
            .SelectMany(s => s.Speakers.Select(p => (Session: s.Id, Speaker: snapshot.FindSpeaker(p.SpeakerId))))
            .Where(a => a.Speaker?.Company is not null && CompanyName.Key(a.Speaker.Company) is not null)
            .Select(a => (a.Session, a.Speaker!, Key: CompanyName.Key(a.Speaker!.Company)!));
        IReadOnlyList<CompanyView> companies = [.. appearances.GroupBy(a => a.Key).Select(g =>
        {
            var spellings = g.Select(a => a.Item2.Company!).GroupBy(c => c).OrderByDescending(c => c.Count()).ThenBy(c => c.Key, StringComparer.Ordinal).ToList();
            var member = directory.Resolve(spellings[0].Key);
            return new CompanyView(spellings[0].Key, g.Key, [.. spellings.Select(c => c.Key).Order(StringComparer.Ordinal)],
                g.Select(a => a.Session).Distinct().Count(), g.Select(a => a.Item2.Id).Distinct().Count(),
                member is null ? null : new MemberRef(member.Id, member.DisplayName));
        }).OrderByDescending(c => c.Sessions).ThenBy(c => c.Name, StringComparer.OrdinalIgnoreCase)];
        return TypedResults.Ok(companies);
    }
}

/// <param name="Name">The spelling most speakers use.</param>
/// <param name="Key">The normalised key every spelling shares.</param>
public sealed record CompanyView(string Name, string Key, IReadOnlyList<string> Spellings, int Sessions, int Speakers, MemberRef? Member);

using Lcoo.Summit.Api.Errors;
using Lcoo.Summit.Api.Http;
using Lcoo.Summit.Api.Members;
using Lcoo.Summit.Api.Sessions;
using Lcoo.Summit.Api.Storage;
using Lcoo.Summit.Members;
using Lcoo.Summit.Speakers;
using Lcoo.Summit.Text;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Lcoo.Summit.Api.Speakers;

public static class SpeakersApi
{
    public static IEndpointRouteBuilder MapSpeakers(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/summits/{slug}/speakers").WithTags("Speakers").WithETag().CacheOutput(SummitReadsPolicy.Name)
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/", ListSpeakers).WithName("ListSpeakers")
            .WithSummary("Everyone who speaks or moderates in a published session, by name; q= filters by name.")
            .WithDescription("Each with their company as the schedule gives it, the member company it maps to (if any) and how many sessions they give.");
        group.MapGet("/{speakerId}", GetSpeaker).WithName("GetSpeaker").WithSummary("One speaker with their sessions.")
            .WithDescription("Their company, title and member company, and every published session they speak in or moderate, in time order.");
        return app;
    }

    public static async Task<Results<Ok<IReadOnlyList<SpeakerView>>, ProblemHttpResult>> ListSpeakers(
        string slug, string? q, SnapshotCache snapshots, MemberDirectoryCache members, CancellationToken ct)
    {
        if (await snapshots.GetAsync(slug, ct) is not { } snapshot)
        {
            return Problems.SummitNotFound(slug);
        }

        var directory = await members.GetAsync(ct);
        var terms = q is null ? [] : SearchText.Terms(q);
        var counts = snapshot.Sessions.Where(s => s.Published).SelectMany(s => s.Speakers.Select(p => p.SpeakerId).Distinct())
            .GroupBy(id => id).ToDictionary(g => g.Key, g => g.Count());
        IReadOnlyList<SpeakerView> speakers = [.. counts
            .Select(c => SpeakerView.From(snapshot.FindSpeaker(c.Key) ?? new Speaker(c.Key, Speaker.Unnamed(c.Key), null, null), c.Value, directory))
            .Where(v => SearchText.ContainsAll(SearchText.Fold(v.Name), terms))
            .OrderBy(v => v.Name, StringComparer.OrdinalIgnoreCase).ThenBy(v => v.Id, StringComparer.Ordinal)];
        return TypedResults.Ok(speakers);
    }

    public static async Task<Results<Ok<SpeakerDetail>, ProblemHttpResult>> GetSpeaker(
        string slug, string speakerId, SnapshotCache snapshots, MemberDirectoryCache members, CancellationToken ct)
    {
        if (await snapshots.GetAsync(slug, ct) is not { } snapshot)
        {
            return Problems.SummitNotFound(slug);
        }

        var sessions = snapshot.Sessions.Where(s => s.Published && s.Speakers.Any(p => p.SpeakerId == speakerId)).ToList();
        if (sessions.Count == 0)
        {
            return Problems.NotFound("SpeakerNotFound", slug, speakerId);
        }

        var speaker = snapshot.FindSpeaker(speakerId) ?? new Speaker(speakerId, Speaker.Unnamed(speakerId), null, null);
        return TypedResults.Ok(new SpeakerDetail(
            SpeakerView.From(speaker, sessions.Count, await members.GetAsync(ct)),
            [.. sessions.Select(s => SessionView.From(s, snapshot))]));
    }
}

public sealed record SpeakerView(string Id, string Name, string? Company, string? JobTitle, string? Member, int Sessions)
{
    public static SpeakerView From(Speaker s, int sessions, MemberDirectory members) =>
        new(s.Id, s.Name, s.Company, s.JobTitle, members.Resolve(s.Company)?.Id, sessions);
}

public sealed record SpeakerDetail(SpeakerView Speaker, IReadOnlyList<SessionView> Sessions);

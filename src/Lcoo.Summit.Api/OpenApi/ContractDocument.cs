using System.Reflection;
using Lcoo.Summit.Api.Http;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;

namespace Lcoo.Summit.Api.OpenApi;

/// <summary>The document's own parts: what the API is, its licence, its feature tags, and the server it is reached at.</summary>
public sealed class ContractDocument : IOpenApiDocumentTransformer
{
    private static readonly Dictionary<string, string> Tags = new()
    {
        ["Summits"] = "The summits this service holds: name, venue time zone, days, rooms.",
        ["Sessions"] = "A summit's published sessions, filtered and paged, with speakers and member companies.",
        ["Speakers"] = "Who speaks at a summit, with their companies and sessions.",
        ["Members"] = "The working group's member companies, their name spellings, and what they give at each summit.",
        ["Clashes"] = "Sessions at the same time that matter: a room double-booked, a person in two places, the working group spread thin.",
        ["Imports"] = "Bringing schedules in (OpenStack summit API, frab/pretalx, event pages, member tables), idempotently, with a report.",
        ["Schedules"] = "Attendees' personal schedules: picks, clashes among them, and read-only links for calendars, phones and browsers.",
        ["Exports"] = "A summit's sessions for other software: frab schedule.xml/json for phone apps, iCalendar for calendar apps.",
        ["Itineraries"] = "PDF itineraries for member companies, and public links coordinators hand out.",
        ["Kiosk"] = "What is on now and next, for screens at the venue.",
        ["Coverage"] = "Who from the working group goes where, so every member session has someone from the group in the room.",
    };

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info = new OpenApiInfo
        {
            Title = "Lcoo.Summit API",
            Version = typeof(ContractDocument).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "1.0.0",
            Description = "Summit session planner and schedule API for the LCOO working group: imports summit schedules, tags sessions with member " +
                "companies, finds time clashes, and serves attendees' schedules, exports, PDF itineraries and kiosk screens. " +
                "Errors are RFC 9457 problem details. Times are instants with offsets; `local` fields are venue-local.",
            License = new OpenApiLicense { Name = "MIT", Identifier = "MIT" },
        };
        // Relative to where the document is served unless the public address is configured: right behind any proxy.
        var configured = context.ApplicationServices.GetRequiredService<IOptions<PublicUrlOptions>>().Value.PublicBaseUrl;
        document.Servers = [new OpenApiServer { Url = string.IsNullOrWhiteSpace(configured) ? "/" : configured.TrimEnd('/') }];

        document.Tags = new HashSet<OpenApiTag>(Tags.Select(t => new OpenApiTag { Name = t.Key, Description = t.Value }));
        return Task.CompletedTask;
    }
}

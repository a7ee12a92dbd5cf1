using System.Text.Json.Nodes;
using Lcoo.Summit.Api.Http;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Lcoo.Summit.Api.OpenApi;

/// <summary>
/// What each parameter name means, once for the whole API: a parameter means the same wherever it appears (the README's
/// table says the same). Query values arrive as text and are parsed by the endpoint so a bad one gets a message that
/// names it; the contract still says what they are (integers, dates, instants, choices), so a generated client types them.
/// Path parameters an endpoint resolves through a filter (the schedule id, the member id) are declared here too.
/// </summary>
public sealed class ParameterCatalog : IOpenApiOperationTransformer
{
    private sealed record Doc(string Description, JsonSchemaType Type, string? Example, string? Format = null, int? Minimum = null, int? Maximum = null, string[]? Choices = null, string? Pattern = null);

    private const string Instant = "An instant with its offset (ISO 8601), like 2017-11-07T11:40:00+11:00, or a time without an offset (2017-11-07T11:40:00), which is read as the venue's wall clock.";

    /// <summary>Path parameters, by the route segment before them and their name.</summary>
    private static readonly Dictionary<string, Doc> PathParameters = new()
    {
        ["summits/slug"] = new("The summit's slug: lower-case words and the year, as in the summit's own URLs.", JsonSchemaType.String, "sydney-2017", Pattern: Slugs.Pattern),
        ["sessions/sessionId"] = new("A session's id, as the summit's own schedule numbers it.", JsonSchemaType.String, "19266"),
        ["speakers/speakerId"] = new("A speaker's id, as the summit's own schedule numbers them.", JsonSchemaType.String, "3681"),
        ["members/memberId"] = new("A member company's id; GET /members lists them.", JsonSchemaType.String, "att"),
        ["members/id"] = new("A member company's id: lower-case letters, digits and dashes.", JsonSchemaType.String, "att", Pattern: Slugs.Pattern),
        ["imports/id"] = new("An import's id, from the import's report or GET /summits/{slug}/imports.", JsonSchemaType.String, null),
        ["coverage/id"] = new("A coverage plan's id, from POST or GET /summits/{slug}/coverage.", JsonSchemaType.String, null),
        ["publications/id"] = new("A published itinerary's id, from GET /summits/{slug}/publications.", JsonSchemaType.String, null),
        ["people-decisions/firstId"] = new("The first speaker record's id (as in GET /summits/{slug}/speakers).", JsonSchemaType.String, "name:shintaro-mizino"),
        ["{firstId}/secondId"] = new("The second speaker record's id.", JsonSchemaType.String, "name:shintaro-mizuno"),
        ["published/token"] = new("The published link's token: the link itself is the permission.", JsonSchemaType.String, null),
        ["schedules/id"] = new("The personal schedule's id, from POST /summits/{slug}/schedules.", JsonSchemaType.String, null),
        ["kiosk/slug"] = new("The summit's slug.", JsonSchemaType.String, "sydney-2017", Pattern: Slugs.Pattern),
        ["webhooks/webhookId"] = new("A webhook endpoint's id, from POST or GET /members/{id}/webhooks.", JsonSchemaType.String, null),
    };

    private static readonly Dictionary<string, Doc> QueryParameters = new()
    {
        ["day"] = new("A venue-local date (yyyy-MM-dd).", JsonSchemaType.String, "2017-11-07", Format: "date"),
        ["since"] = new("A version of the summit, as its changelog numbers them: only what changed after it (0: everything).", JsonSchemaType.Integer, "1", Minimum: 0),
        ["from"] = new($"Sessions still running at or after this instant. {Instant}", JsonSchemaType.String, "2017-11-07T09:00:00+11:00", Pattern: Instants.Pattern),
        ["to"] = new($"Sessions starting before this instant. {Instant}", JsonSchemaType.String, "2017-11-07T12:00:00+11:00", Pattern: Instants.Pattern),
        ["at"] = new($"The instant to answer for (default: now); for rehearsing a screen. {Instant}", JsonSchemaType.String, "2017-11-07T11:45:00+11:00", Pattern: Instants.Pattern),
        ["room"] = new("A room, as the schedule names it (case does not matter).", JsonSchemaType.String, "C3.2"),
        ["track"] = new("A track, as the schedule names it.", JsonSchemaType.String, "Containers"),
        ["type"] = new("A session type, as the schedule names it.", JsonSchemaType.String, "Presentation"),
        ["member"] = new("A member company's id; GET /members lists them.", JsonSchemaType.String, "att"),
        ["members"] = new("Member company ids, comma-separated.", JsonSchemaType.String, "att,orange"),
        ["speaker"] = new("A speaker's id or name.", JsonSchemaType.String, "Felipe Monteiro"),
        ["company"] = new("A company, however spelled (AT&T, AT and T, at-and-t are one).", JsonSchemaType.String, "AT and T"),
        ["q"] = new($"Words that must all appear (title, abstract, speaker names; for speakers, their names). At most {Sessions.SessionFilters.MaxSearchLength} characters.", JsonSchemaType.String, "murano"),
        ["limit"] = new("Rows per page.", JsonSchemaType.Integer, "50", Minimum: 1, Maximum: Sessions.PageRequest.MaxLimit),
        ["cursor"] = new("The nextCursor of the previous page; leave out for the first page.", JsonSchemaType.String, null),
        ["sort"] = new("The order of the rows.", JsonSchemaType.String, "start", Choices: EnumNames.Of<Lcoo.Summit.Sessions.SessionSort>()),
        ["kind"] = new($"Clash kinds, comma-separated: {string.Join(", ", Clashes.ClashFilters.KindNames)}.", JsonSchemaType.String, "speaker,member"),
        ["severity"] = new("The least severity shown.", JsonSchemaType.String, "warning", Choices: EnumNames.Of<Lcoo.Summit.Clashes.ClashSeverity>()),
        ["travelMinutes"] = new("Minutes needed to change rooms: sessions closer than this count as clashing.", JsonSchemaType.Integer, "10", Minimum: 0, Maximum: Clashes.ClashFilters.MaxTravelMinutes),
        ["within"] = new("Minutes ahead that count as 'up next'.", JsonSchemaType.Integer, "60", Minimum: 1, Maximum: Kiosk.KioskApi.MaxWithinMinutes),
        ["poll"] = new("Seconds between the page's refreshes (at least 2; default from the Kiosk:PollSeconds setting).", JsonSchemaType.Integer, "10", Minimum: 2, Maximum: 3600),
        ["cycle"] = new("Seconds each page of sessions shows when more are on than fit the screen at a legible size.", JsonSchemaType.Integer, "8", Minimum: 2, Maximum: 120),
        ["paper"] = new("The paper size.", JsonSchemaType.String, "a4", Choices: EnumNames.Of<Lcoo.Summit.Pdf.Paper>()),
        ["key"] = new("The schedule's read-only key, from its shared links; instead of the token, for calendar apps and browsers.", JsonSchemaType.String, null),
        ["dryRun"] = new("true: report what the import would change, and write nothing.", JsonSchemaType.Boolean, "false"),
        ["format"] = new("The source's format, when detecting it from the content is not wanted.", JsonSchemaType.String, "openstack-api",
            Choices: [.. Lcoo.Summit.Imports.ScheduleParsers.Default.All.Select(p => p.Format)]),
        ["timeZone"] = new("The venue's IANA time zone, over what the sources say.", JsonSchemaType.String, "Australia/Sydney"),
        ["lang"] = new($"The language of the words people read in the answer: {string.Join(", ", Lcoo.Summit.Text.Language.All.Select(l => l.Code))} (default: the request's culture cookie or Accept-Language, then English). Data (titles, names, rooms) stays as the source wrote it.", JsonSchemaType.String, "ja"),
    };

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var route = context.Description.RelativePath ?? "";
        operation.Parameters ??= [];
        foreach (var (segment, name) in PathNames(route))
        {
            if (!operation.Parameters.Any(p => p.In == ParameterLocation.Path && p.Name == name))
            {
                operation.Parameters.Add(new OpenApiParameter { Name = name, In = ParameterLocation.Path, Required = true });
            }
        }

        foreach (var parameter in operation.Parameters.OfType<OpenApiParameter>())
        {
            var doc = parameter.In == ParameterLocation.Path
                ? PathParameters.GetValueOrDefault($"{PathNames(route).First(p => p.Name == parameter.Name).Segment}/{parameter.Name}")
                : QueryParameters.GetValueOrDefault(parameter.Name ?? "");
            if (doc is null)
            {
                continue;
            }

            parameter.Description = doc.Description;
            parameter.Schema = Schema(doc);
            if (doc.Example is { } example)
            {
                parameter.Example = doc.Type switch
                {
                    JsonSchemaType.Integer => JsonValue.Create(int.Parse(example, System.Globalization.CultureInfo.InvariantCulture)),
                    JsonSchemaType.Boolean => JsonValue.Create(bool.Parse(example)),
                    _ => JsonValue.Create(example),
                };
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>Whether a parameter name has a description here (the contract test holds every parameter to that).</summary>
    public static bool Describes(string route, string name, bool inPath) =>
        inPath ? PathNames(route).Any(p => p.Name == name && PathParameters.ContainsKey($"{p.Segment}/{name}")) : QueryParameters.ContainsKey(name);

    private static OpenApiSchema Schema(Doc doc)
    {
        var schema = new OpenApiSchema { Type = doc.Type, Format = doc.Format, Pattern = doc.Pattern };
        if (doc.Minimum is { } min)
        {
            schema.Minimum = min.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (doc.Maximum is { } max)
        {
            schema.Maximum = max.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (doc.Choices is { } choices)
        {
            schema.Enum = [.. choices.Select(c => (JsonNode)JsonValue.Create(c))];
        }

        return schema;
    }

    /// <summary>The route's parameters and the literal segment before each: <c>summits/{slug}/members/{memberId}</c> gives (summits, slug), (members, memberId).</summary>
    private static IEnumerable<(string Segment, string Name)> PathNames(string route)
    {
        var segments = route.Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            var open = segments[i].IndexOf('{', StringComparison.Ordinal);
            if (open < 0)
            {
                continue;
            }

            yield return (i > 0 ? segments[i - 1] : "", segments[i][(open + 1)..segments[i].IndexOf('}', StringComparison.Ordinal)]);
        }
    }
}

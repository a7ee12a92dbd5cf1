using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Lcoo.Summit.Api.Imports;

/// <summary>
/// The import's request body in the contract: the endpoint reads it raw (to sniff the format and keep limits), so the
/// shapes it takes are stated here: a source as JSON, XML or HTML, several as multipart files, or a URL to fetch.
/// </summary>
internal static class ImportRequestDocs
{
    public static Task DescribeAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken ct)
    {
        var byUrl = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description = "A schedule to fetch: an absolute http(s) URL on a public address (or one of Imports:AllowedHosts).",
            Required = new HashSet<string> { "url" },
            Properties = new Dictionary<string, IOpenApiSchema>
            {
                ["url"] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "uri" },
            },
        };
        var document = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description = "A schedule document: an OpenStack summit API dump ({\"summit\": …, \"events\": […]}) or a frab/pretalx schedule.json ({\"schedule\": …}).",
        };
        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Description = "One source (its format is found from the content, or named by format=), several as multipart files, or {\"url\": …}.",
            Content = new Dictionary<string, OpenApiMediaType>
            {
                ["application/json"] = new()
                {
                    Schema = new OpenApiSchema { AnyOf = [byUrl, document] },
                    Examples = new Dictionary<string, IOpenApiExample>
                    {
                        ["url"] = new OpenApiExample
                        {
                            Summary = "Fetch the summit's schedule from its site",
                            Value = new JsonObject { ["url"] = "https://pretalx.example.org/democon/schedule/export/schedule.json" },
                        },
                    },
                },
                ["application/xml"] = Text("A frab/c3voc schedule.xml."),
                ["text/xml"] = Text("A frab/c3voc schedule.xml."),
                ["text/html"] = Text("A summit event page, or a member-session table (a page of rows: session, company, speakers)."),
                ["multipart/form-data"] = new()
                {
                    Schema = new OpenApiSchema
                    {
                        Type = JsonSchemaType.Object,
                        Properties = new Dictionary<string, IOpenApiSchema>
                        {
                            ["files"] = new OpenApiSchema
                            {
                                Type = JsonSchemaType.Array,
                                Description = $"Up to {ImportOptionsSection.MaxFiles} sources of any of the formats, imported together as one change.",
                                Items = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" },
                            },
                        },
                    },
                },
            },
        };
        return Task.CompletedTask;
    }

    private static OpenApiMediaType Text(string description) =>
        new() { Schema = new OpenApiSchema { Type = JsonSchemaType.String, Description = description } };
}

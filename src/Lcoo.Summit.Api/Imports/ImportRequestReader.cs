using Lcoo.Summit.Imports;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Lcoo.Summit.Api.Imports;

/// <summary>Section <c>Imports</c>.</summary>
public sealed class ImportOptionsSection
{
    public const string Section = "Imports";

    /// <summary>The largest request body or fetched document accepted, in bytes (413 above it).</summary>
    public long MaxBytes { get; set; } = 20 * 1024 * 1024;

    public TimeSpan FetchTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Hosts, addresses or CIDR ranges an import may fetch from although they are internal (an on-premises schedule server).</summary>
    public List<string> AllowedHosts { get; set; } = [];

    public const int MaxRedirects = 3;

    /// <summary>Files in one multipart import (each a source; a summit is a dump, or pages in the hundreds).</summary>
    public const int MaxFiles = 500;

    /// <summary>Media types a fetched schedule may have.</summary>
    public static readonly HashSet<string> ContentTypes = new(
        ["text/html", "application/json", "application/xml", "text/xml", "text/plain", "application/octet-stream",
         "application/vnd.c3voc.schedule+xml", "application/xhtml+xml"], StringComparer.OrdinalIgnoreCase);
}

/// <summary>A request refused before any source was read: its status, and a sentence saying what to change.</summary>
public sealed record RequestRefused(int Status, string Title, string Detail);

/// <summary>Turns an import request into sources: a raw body, multipart files, or <c>{"url": …}</c> fetched with limits.</summary>
public sealed class ImportRequestReader(ScheduleFetcher fetcher, IOptions<ImportOptionsSection> options)
{
    public long MaxBytes => options.Value.MaxBytes;

    public async Task<(IReadOnlyList<ImportSource>? Sources, RequestRefused? Refused)> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        // curl --data-binary @boston-2017.json sends the file as a URL-encoded form, which no schedule is.
        if (request.ContentType?.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase) == true)
        {
            return (null, new RequestRefused(415, "Send the file with its own type",
                "The body is labelled a URL-encoded form (curl --data-binary does that by default), which no schedule is. Send the file with its type, " +
                "e.g. curl --data-binary @boston-2017.json -H 'Content-Type: application/json' (application/xml for frab schedule.xml, text/html for pages), " +
                "or as multipart: curl -F file=@boston-2017.json. Nothing was imported."));
        }

        if (request.HasFormContentType)
        {
            IFormCollection form;
            try
            {
                form = await request.ReadFormAsync(ct);
            }
            catch (Exception e) when (e is InvalidDataException || (e is IOException && e is not BadHttpRequestException && !ct.IsCancellationRequested))
            {
                // The form reader's limits (fields, files, header length) and malformed or truncated multipart. Its exceptions
                // tell the body length limit from the others only by message: ImportContract pins it (a multipart file over the limit).
                var tooLarge = e.Message.Contains("body length limit", StringComparison.OrdinalIgnoreCase);
                return (null, new RequestRefused(tooLarge ? 413 : 400, tooLarge ? "Too large" : "Unreadable form", $"The multipart or form body cannot be read: {e.Message} " +
                    $"Send up to {ImportOptionsSection.MaxFiles} files of at most {MaxBytes / (1024 * 1024)} MB together as multipart/form-data parts, or one file as the body. Nothing was imported."));
            }

            var files = new List<ImportSource>();
            foreach (var file in form.Files)
            {
                if (file.Length > MaxBytes)
                {
                    return (null, BoundedBody.TooLarge(file.FileName, MaxBytes));
                }

                await using var stream = file.OpenReadStream();
                var (bytes, tooLarge) = await BoundedBody.ReadAsync(stream, MaxBytes, ct);
                if (tooLarge)
                {
                    return (null, BoundedBody.TooLarge(file.FileName, MaxBytes));
                }

                files.Add(new ImportSource(file.FileName, bytes, file.ContentType));
            }

            return (files, null);
        }

        var (body, overLimit) = await BoundedBody.ReadAsync(request.Body, MaxBytes, ct);
        if (overLimit)
        {
            return (null, BoundedBody.TooLarge("the request body", MaxBytes));
        }

        var contentType = request.ContentType;
        if (IsJson(contentType) && TryReadUrl(body, out var url))
        {
            return url is null
                ? (null, new RequestRefused(400, "Bad URL", "The {\"url\": …} body is not valid UTF-8 text. Nothing was imported."))
                : await FetchAsync(url, ct);
        }

        return ([new ImportSource("the request body", body, contentType)], null);
    }

    /// <summary>Fetches a schedule by URL through <see cref="ScheduleFetcher"/>: refused, or its one source.</summary>
    public async Task<(IReadOnlyList<ImportSource>?, RequestRefused?)> FetchAsync(string url, CancellationToken ct)
    {
        var fetched = await fetcher.FetchAsync(url, null, ct);
        return (fetched.Source is { } source ? [source] : null, fetched.Refused);
    }

    private static bool IsJson(string? contentType) =>
        contentType is not null && MediaTypeHeaderValue.TryParse(contentType, out var m) && m.MediaType?.EndsWith("json", StringComparison.OrdinalIgnoreCase) == true;

    /// <summary>Whether the body is <c>{"url": …}</c>; <paramref name="url"/> is null when it is, but not in UTF-8.</summary>
    private static bool TryReadUrl(byte[] body, out string? url)
    {
        url = "";
        if (body.Length > 8192)
        {
            return false;
        }

        if (!System.Text.Unicode.Utf8.IsValid(body))
        {
            url = null;
            return body.AsSpan().IndexOf("\"url\""u8) >= 0;
        }

        try
        {
            using var doc = JsonDocument.Parse(body);
            if (doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty("url", out var u)
                && u.ValueKind == JsonValueKind.String && doc.RootElement.EnumerateObject().Count() == 1)
            {
                url = u.GetString()!;
                return true;
            }
        }
        catch (JsonException)
        {
        }

        return false;
    }
}

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
}

/// <summary>Turns an import request into sources: a raw body, multipart files, or <c>{"url": …}</c> fetched with limits.</summary>
public sealed class ImportRequestReader(IHttpClientFactory http, IOptions<ImportOptionsSection> options)
{
    public const string FetchClient = "import-fetch";

    public long MaxBytes => options.Value.MaxBytes;

    public async Task<(IReadOnlyList<ImportSource>? Sources, ImportRefused? Refused)> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(ct);
            var files = new List<ImportSource>();
            foreach (var file in form.Files)
            {
                if (file.Length > MaxBytes)
                {
                    return (null, TooLarge(file.FileName));
                }

                await using var stream = file.OpenReadStream();
                var (bytes, tooLarge) = await ReadBoundedAsync(stream, ct);
                if (tooLarge)
                {
                    return (null, TooLarge(file.FileName));
                }

                files.Add(new ImportSource(file.FileName, bytes, file.ContentType));
            }

            return (files, null);
        }

        var (body, overLimit) = await ReadBoundedAsync(request.Body, ct);
        if (overLimit)
        {
            return (null, TooLarge("the request body"));
        }

        var contentType = request.ContentType;
        if (IsJson(contentType) && TryReadUrl(body, out var url))
        {
            return await FetchAsync(url, ct);
        }

        return ([new ImportSource("the request body", body, contentType)], null);
    }

    public async Task<(IReadOnlyList<ImportSource>?, ImportRefused?)> FetchAsync(string url, CancellationToken ct)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return (null, new ImportRefused(400, "Bad URL", $"'{url}' is not an absolute http or https URL."));
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(options.Value.FetchTimeout);
        try
        {
            using var response = await http.CreateClient(FetchClient).GetAsync(uri, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            if (!response.IsSuccessStatusCode)
            {
                return (null, new ImportRefused(422, "Fetch failed", $"{uri} answered {(int)response.StatusCode} {response.ReasonPhrase}; nothing was imported."));
            }

            if (response.Content.Headers.ContentLength > MaxBytes)
            {
                return (null, TooLarge(uri.ToString()));
            }

            await using var stream = await response.Content.ReadAsStreamAsync(timeout.Token);
            var (bytes, tooLarge) = await ReadBoundedAsync(stream, timeout.Token);
            return tooLarge
                ? (null, TooLarge(uri.ToString()))
                : ([new ImportSource(uri.ToString(), bytes, response.Content.Headers.ContentType?.MediaType)], null);
        }
        catch (Exception e) when (e is HttpRequestException || (e is OperationCanceledException && !ct.IsCancellationRequested))
        {
            return (null, new ImportRefused(422, "Fetch failed", $"{uri} could not be fetched within {options.Value.FetchTimeout.TotalSeconds:0} s: {e.Message} Nothing was imported."));
        }
    }

    private async Task<(byte[] Bytes, bool TooLarge)> ReadBoundedAsync(Stream stream, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                return ([], true);
            }

            buffer.Write(chunk, 0, read);
        }

        return (buffer.ToArray(), false);
    }

    private ImportRefused TooLarge(string what) =>
        new(413, "Too large", $"{what} is over the import limit of {MaxBytes / (1024 * 1024)} MB (Imports:MaxBytes); nothing was imported.");

    private static bool IsJson(string? contentType) =>
        contentType is not null && MediaTypeHeaderValue.TryParse(contentType, out var m) && m.MediaType?.EndsWith("json", StringComparison.OrdinalIgnoreCase) == true;

    private static bool TryReadUrl(byte[] body, out string url)
    {
        url = "";
        if (body.Length > 8192)
        {
            return false;
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

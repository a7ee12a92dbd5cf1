using System.Net;
using Lcoo.Summit.Imports;
using Microsoft.Extensions.Options;

namespace Lcoo.Summit.Api.Imports;

/// <summary>What a conditional fetch sends back: the validators of the copy already imported.</summary>
public sealed record FetchValidators(string? ETag, string? LastModified);

/// <summary>
/// One fetch of a schedule: the source (null when refused or not modified), why it was refused, the status the server
/// answered, its validators for the next conditional fetch, and how long it asked to be left alone (Retry-After).
/// </summary>
public sealed record FetchResult(ImportSource? Source, RequestRefused? Refused, int? Status, bool NotModified, FetchValidators Validators, TimeSpan? RetryAfter);

/// <summary>
/// Fetches a schedule by URL: http(s) only, every hop's address vetted (see <see cref="OutboundAddresses"/>), at most
/// three redirects, each re-checked, and limits on time, size and media type. Given validators, it asks conditionally
/// (If-None-Match, If-Modified-Since), so a source that has not changed costs a 304.
/// </summary>
public sealed class ScheduleFetcher(IHttpClientFactory http, IOptions<ImportOptionsSection> options)
{
    public const string Client = "import-fetch";

    private long MaxBytes => options.Value.MaxBytes;

    public async Task<FetchResult> FetchAsync(string url, FetchValidators? validators, CancellationToken ct)
    {
        var none = new FetchValidators(null, null);
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || !IsWeb(uri))
        {
            return Refused(new RequestRefused(400, "Bad URL", $"'{url}' is not an absolute http or https URL."));
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(options.Value.FetchTimeout);
        var client = http.CreateClient(Client);
        try
        {
            for (var hop = 0; ; hop++)
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, uri);
                if (validators?.ETag is { } etag)
                {
                    request.Headers.TryAddWithoutValidation("If-None-Match", etag);
                }

                if (validators?.LastModified is { } modified)
                {
                    request.Headers.TryAddWithoutValidation("If-Modified-Since", modified);
                }

                using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
                var status = (int)response.StatusCode;
                if (status is >= 300 and < 400 && status != 304 && response.Headers.Location is { } location)
                {
                    var next = location.IsAbsoluteUri ? location : new Uri(uri, location);
                    if (hop >= ImportOptionsSection.MaxRedirects || !IsWeb(next))
                    {
                        return Refused(new RequestRefused(422, "Redirect refused", hop >= ImportOptionsSection.MaxRedirects
                            ? $"{url} redirected more than {ImportOptionsSection.MaxRedirects} times; nothing was imported."
                            : $"{uri} redirected to '{next}', which is not http or https; nothing was imported."), status);
                    }

                    uri = next;
                    continue;
                }

                var answered = new FetchValidators(response.Headers.ETag?.ToString(), response.Content.Headers.LastModified?.ToString("R"));
                if (response.StatusCode == HttpStatusCode.NotModified)
                {
                    return new FetchResult(null, null, status, NotModified: true, new FetchValidators(answered.ETag ?? validators?.ETag, answered.LastModified ?? validators?.LastModified), null);
                }

                if (!response.IsSuccessStatusCode)
                {
                    return Refused(new RequestRefused(422, "Fetch failed", $"{uri} answered {status} {response.ReasonPhrase}; nothing was imported."), status, RetryAfter(response));
                }

                var mediaType = response.Content.Headers.ContentType?.MediaType;
                if (mediaType is not null && !ImportOptionsSection.ContentTypes.Contains(mediaType))
                {
                    return Refused(new RequestRefused(415, "Not a schedule", $"{uri} is {mediaType}, not a schedule (HTML, JSON or XML); nothing was imported."), status);
                }

                if (response.Content.Headers.ContentLength > MaxBytes)
                {
                    return Refused(BoundedBody.TooLarge(uri.ToString(), MaxBytes), status);
                }

                await using var stream = await response.Content.ReadAsStreamAsync(timeout.Token);
                var (bytes, tooLarge) = await BoundedBody.ReadAsync(stream, MaxBytes, timeout.Token);
                return tooLarge
                    ? Refused(BoundedBody.TooLarge(uri.ToString(), MaxBytes), status)
                    : new FetchResult(new ImportSource(uri.ToString(), bytes, mediaType), null, status, NotModified: false, answered, null);
            }
        }
        catch (HttpRequestException e) when (Refusal(e) is { } refused)
        {
            return Refused(new RequestRefused(400, "Address refused", $"{refused.Message} Nothing was imported."));
        }
        catch (Exception e) when (e is HttpRequestException || (e is OperationCanceledException && !ct.IsCancellationRequested))
        {
            return Refused(new RequestRefused(422, "Fetch failed", $"{uri} could not be fetched within {options.Value.FetchTimeout.TotalSeconds:0} s: {e.Message} Nothing was imported."));
        }

        FetchResult Refused(RequestRefused why, int? status = null, TimeSpan? retryAfter = null) => new(null, why, status, false, none, retryAfter);
    }

    private static TimeSpan? RetryAfter(HttpResponseMessage response) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - DateTimeOffset.UtcNow,
        _ => null,
    };

    private static bool IsWeb(Uri uri) => uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps;

    private static RefusedAddressException? Refusal(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
        {
            if (e is RefusedAddressException refused)
            {
                return refused;
            }
        }

        return null;
    }
}

using System.Net;
using System.Security.Cryptography;
using Lcoo.Summit.Api.Errors;
using Lcoo.Summit.Api.Extensions;
using Lcoo.Summit.Api.Http;
using Lcoo.Summit.Api.Imports;
using Lcoo.Summit.Api.Members;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Lcoo.Summit.Api.Webhooks;

/// <summary>A member company's webhooks: endpoints that hear when its sessions are added, moved, re-roomed or cancelled, or a coverage plan breaks.</summary>
public static class WebhooksApi
{
    public static IEndpointRouteBuilder MapWebhooks(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/members/{id}/webhooks").WithTags("Webhooks").RequireCoordinator();
        group.MapPost("/", Create).WithName("CreateWebhook")
            .WithSummary("Register an endpoint to hear of the member's session changes and broken coverage plans.")
            .WithDescription("Each delivery is a POST of JSON ({type, timestamp, data}) signed as Standard Webhooks says: webhook-id (the same on every " +
                "attempt: dedupe on it), webhook-timestamp and webhook-signature (HMAC-SHA256 with the secret this answer gives, once). Answer 2xx " +
                "within 10 s; anything else is retried after 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h. An endpoint failing 10 attempts in a row, " +
                "or answering 410, is paused. Internal addresses are refused, as for imports.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesValidationProblem();
        group.MapGet("/", List).WithName("ListWebhooks").WithSummary("The member's webhook endpoints and whether each is active or paused.")
            .WithDescription("Oldest first; a paused endpoint says why and how to resume it.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{webhookId}", Get).WithName("GetWebhook").WithSummary("One webhook endpoint.")
            .WithDescription("Its URL, events, failures in a row and status; not its secret, which is shown only when it is made.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapDelete("/{webhookId}", Delete).WithName("DeleteWebhook").WithSummary("Remove an endpoint; what waits for it is not sent.")
            .WithDescription("Its delivery log goes with it.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{webhookId}/deliveries", Deliveries).WithName("ListWebhookDeliveries")
            .WithSummary("The endpoint's delivery log, newest first: each message's status, attempts and next try.")
            .WithDescription("limit= (1 to 500, default 50) says how many.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesValidationProblem();
        group.MapPost("/{webhookId}/resume", Resume).WithName("ResumeWebhook")
            .WithSummary("Resume a paused endpoint: its waiting deliveries are sent again at once.")
            .WithDescription("Its failure count starts again from 0.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    public static async Task<Results<Created<WebhookView>, ValidationProblem, ProblemHttpResult>> Create(
        string id, WebhookRequest body, IWebhookStore webhooks, MemberDirectoryCache members, IOptions<WebhookOptions> options, TimeProvider clock,
        Links links, CancellationToken ct)
    {
        if ((await members.GetAsync(ct)).Find(id) is null)
        {
            return Problems.MemberNotFound(id);
        }

        var errors = new Dictionary<string, string[]>();
        if (UrlProblem(body.Url, options.Value.AllowedHosts) is { } wrong)
        {
            errors["url"] = [wrong];
        }

        var events = body.Events ?? WebhookEvents.All;
        if (events.Count == 0)
        {
            errors["events"] = ["Name at least one event, or omit events to hear them all."];
        }
        else if (events.FirstOrDefault(e => e is null || !WebhookEvents.All.Contains(e), "") is not "" and var unknown)
        {
            errors["events"] = [$"'{unknown ?? "null"}' is not one of: {string.Join(", ", WebhookEvents.All)}."];
        }

        if (errors.Count > 0)
        {
            return Problems.Invalid(errors, "Webhook");
        }

        var endpoint = new WebhookEndpoint(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12)), id, new Uri(body.Url!).AbsoluteUri, [.. events.Distinct()],
            "whsec_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)), clock.GetUtcNow());
        await webhooks.SaveEndpointAsync(endpoint, ct);
        return TypedResults.Created(links.To($"members/{id}/webhooks/{endpoint.Id}"), WebhookView.Of(endpoint, links, withSecret: true));
    }

    public static async Task<Results<Ok<IReadOnlyList<WebhookView>>, ProblemHttpResult>> List(
        string id, IWebhookStore webhooks, MemberDirectoryCache members, Links links, CancellationToken ct) =>
        (await members.GetAsync(ct)).Find(id) is null
            ? Problems.MemberNotFound(id)
            : TypedResults.Ok<IReadOnlyList<WebhookView>>([.. (await webhooks.ListEndpointsAsync(id, ct)).Select(e => WebhookView.Of(e, links))]);

    public static async Task<Results<Ok<WebhookView>, ProblemHttpResult>> Get(string id, string webhookId, IWebhookStore webhooks, Links links, CancellationToken ct) =>
        await webhooks.GetEndpointAsync(id, webhookId, ct) is { } e ? TypedResults.Ok(WebhookView.Of(e, links)) : NotFound(id, webhookId);

    public static async Task<Results<NoContent, ProblemHttpResult>> Delete(string id, string webhookId, IWebhookStore webhooks, CancellationToken ct) =>
        await webhooks.DeleteEndpointAsync(id, webhookId, ct) ? TypedResults.NoContent() : NotFound(id, webhookId);

    public static async Task<Results<Ok<IReadOnlyList<DeliveryView>>, ProblemHttpResult, ValidationProblem>> Deliveries(
        string id, string webhookId, int? limit, IWebhookStore webhooks, CancellationToken ct)
    {
        if (limit is < 1 or > Sessions.PageRequest.MaxLimit)
        {
            return Problems.Invalid("limit", $"{limit} is outside 1 to {Sessions.PageRequest.MaxLimit}.");
        }

        return await webhooks.GetEndpointAsync(id, webhookId, ct) is null
            ? NotFound(id, webhookId)
            : TypedResults.Ok<IReadOnlyList<DeliveryView>>([.. (await webhooks.ListDeliveriesAsync(webhookId, limit ?? 50, ct)).Select(DeliveryView.Of)]);
    }

    public static async Task<Results<Ok<WebhookView>, ProblemHttpResult>> Resume(
        string id, string webhookId, IWebhookStore webhooks, WebhookDispatcher dispatcher, TimeProvider clock, Links links, CancellationToken ct)
    {
        if (await webhooks.GetEndpointAsync(id, webhookId, ct) is not { } endpoint)
        {
            return NotFound(id, webhookId);
        }

        var resumed = endpoint with { Paused = false, PausedReason = null, ConsecutiveFailures = 0 };
        await webhooks.SaveEndpointAsync(resumed, ct);
        await webhooks.MakeDueAsync(webhookId, clock.GetUtcNow(), ct);
        dispatcher.Wake();
        return TypedResults.Ok(WebhookView.Of(resumed, links));
    }

    /// <summary>Why a URL cannot be a webhook: not https (http only to an allowed host), or an internal address written out.</summary>
    private static string? UrlProblem(string? url, IReadOnlyList<string> allowed)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            return $"'{url}' is not an absolute https URL.";
        }

        var literal = IPAddress.TryParse(uri.IdnHost.Trim('[', ']'), out var ip) ? ip : uri.IsLoopback ? IPAddress.Loopback : null;
        if (new OutboundAddresses(allowed).RefusedLiteral(uri) is not null)
        {
            return $"{uri.Host} is an internal address; webhooks go to public receivers (Webhooks:AllowedHosts names exceptions).";
        }

        // An internal address that passed was named in the setting; so was any host named there.
        var named = allowed.Contains(uri.Host, StringComparer.OrdinalIgnoreCase) || (literal is not null && OutboundAddresses.IsSpecial(literal));
        return uri.Scheme == Uri.UriSchemeHttp && !named
            ? $"'{url}' is http: webhooks carry signed data and go over https (http only to a host Webhooks:AllowedHosts names)."
            : null;
    }

    private static ProblemHttpResult NotFound(string member, string id) =>
        Problems.NotFound("WebhookNotFound", member, id);
}

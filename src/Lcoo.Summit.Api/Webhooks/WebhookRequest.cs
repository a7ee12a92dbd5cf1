using System.ComponentModel.DataAnnotations;
using Lcoo.Summit.Api.Http;

namespace Lcoo.Summit.Api.Webhooks;

/// <summary>The body of <c>POST /members/{id}/webhooks</c>.</summary>
/// <param name="Url">Where to POST: an https URL (http only to a host <c>Webhooks:AllowedHosts</c> names).</param>
/// <param name="Events">The event types to hear (<c>session.added</c>, <c>session.moved</c>, <c>session.room-changed</c>, <c>session.cancelled</c>, <c>coverage.broken</c>); all when omitted.</param>
public sealed record WebhookRequest(
    [Required(ErrorMessage = "The url to send to is required."), StringLength(2048, ErrorMessage = "A URL of at most 2048 characters."), PlainText] string? Url,
    IReadOnlyList<string>? Events = null);

namespace Lcoo.Summit.Api.Http;

/// <summary>Marks writes that read If-Match, so the contract declares the header, its 400 when malformed and its 412 when stale.</summary>
/// <param name="Names">What the ETag a client sends back names ("the schedule's version").</param>
public sealed record TakesIfMatch(string Names);

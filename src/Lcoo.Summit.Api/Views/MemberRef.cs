namespace Lcoo.Summit.Api.Views;

/// <summary>A member company as answers name it: its id (for URLs) and display name.</summary>
public sealed record MemberRef(string Id, string Name);

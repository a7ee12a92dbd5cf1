namespace Lcoo.Summit.Speakers;

/// <summary>A person as the source names them. <see cref="Company"/> is kept as seen; tagging normalises it.</summary>
public sealed record Speaker(string Id, string Name, string? Company, string? JobTitle);

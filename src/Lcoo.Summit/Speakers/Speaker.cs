namespace Lcoo.Summit.Speakers;

/// <summary>A person as the source names them. <see cref="Company"/> is kept as seen; tagging normalises it.</summary>
public sealed record Speaker(string Id, string Name, string? Company, string? JobTitle)
{
    /// <summary>What a speaker is called whose source gives no name: "Speaker 10101".</summary>
    public static string Unnamed(string id) => $"Speaker {id}";

    /// <summary>The name is only that placeholder; a real person called "Speaker …" is named.</summary>
    public bool IsUnnamed => Name == Unnamed(Id);
}

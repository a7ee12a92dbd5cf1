namespace Lcoo.Summit.Api.Seed;

/// <summary>Section <c>Seed</c>: what the service loads into an empty store on first start.</summary>
public sealed class SeedOptions
{
    public const string Section = "Seed";

    public bool Enabled { get; set; } = true;

    /// <summary>Folder with one sub-folder per summit (named by its slug); defaults to <c>seed-data</c> beside the app.</summary>
    public string? Path { get; set; }
}

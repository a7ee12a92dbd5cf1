namespace Lcoo.Summit.Imports;

/// <summary>One file or page to import, as it arrived.</summary>
public sealed record ImportSource(string Name, ReadOnlyMemory<byte> Content, string? ContentType);

/// <param name="DryRun">Work the import out and report it, write nothing.</param>
/// <param name="Format">A parser's format name, when the caller says what the sources are instead of letting them be detected.</param>
/// <param name="TimeZone">The venue's IANA zone, over whatever the sources' labels say.</param>
public sealed record ImportOptions(bool DryRun = false, string? Format = null, string? TimeZone = null);

/// <summary>Sources to import into the summit <paramref name="Slug"/>.</summary>
public sealed record ImportRequest(string Slug, IReadOnlyList<ImportSource> Sources, ImportOptions Options);

using System.IO.Compression;

namespace Lcoo.Summit.Testing;

/// <summary>Real schedule files kept in <c>tests/fixtures</c> (large ones gzipped), and paths in the repository.</summary>
public static class Fixtures
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string Path(params string[] parts) => System.IO.Path.Combine([RepoRoot, "tests", "fixtures", .. parts]);

    /// <summary>The bytes of a fixture; <c>name.json</c> is read from <c>name.json.gz</c> when only that exists.</summary>
    public static byte[] Read(string relative)
    {
        var path = Path(relative);
        if (File.Exists(path))
        {
            return File.ReadAllBytes(path);
        }

        using var gz = new GZipStream(File.OpenRead(path + ".gz"), CompressionMode.Decompress);
        using var buffer = new MemoryStream();
        gz.CopyTo(buffer);
        return buffer.ToArray();
    }

    public static string SeedData => System.IO.Path.Combine(RepoRoot, "seed-data");

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Lcoo.Summit.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No Lcoo.Summit.sln above {AppContext.BaseDirectory}.");
    }
}

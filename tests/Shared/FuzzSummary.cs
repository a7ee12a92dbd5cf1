namespace Lcoo.Summit.Testing;

/// <summary>Fuzz runs leave one line each in artifacts/test-results, which tests/run prints: the size of the run, not just a pass.</summary>
public static class FuzzSummary
{
    public static void Write(string name, string line)
    {
        var folder = Path.Combine(Fixtures.RepoRoot, "artifacts", "test-results");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, $"fuzz-{name}.txt"), line + Environment.NewLine);
    }
}

using Lcoo.Summit.Testing;

namespace Lcoo.Summit.Api.Tests.Infrastructure;

/// <summary>
/// The Node tools in tests/node (installed by tests/install-deps with npm ci): the OpenAPI linter, the client
/// generator, the TypeScript compiler, axe-core. Run as processes, as CI would run them by hand.
/// </summary>
public static class NodeTools
{
    public static string Folder => Path.Combine(Fixtures.RepoRoot, "tests", "node");

    /// <summary>The path of an installed package's file (axe-core/axe.min.js), failing with what to run when it is missing.</summary>
    public static string PackageFile(string relative)
    {
        var path = Path.Combine(Folder, "node_modules", relative);
        Assert.True(File.Exists(path), $"{relative} is missing: run tests/install-deps (it runs npm ci in tests/node).");
        return path;
    }

    /// <summary>Runs an installed tool (node_modules/.bin/{tool}) or node itself, in tests/node.</summary>
    public static Task<ToolProcess.Outcome> RunAsync(string tool, IEnumerable<string> arguments, TimeSpan? timeout = null) =>
        ToolProcess.RunAsync(tool == "node" ? "node" : PackageFile(Path.Combine(".bin", tool)), arguments, Folder,
            new Dictionary<string, string> { ["REDOCLY_TELEMETRY"] = "off", ["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true", ["NO_COLOR"] = "1" }, timeout);
}

using System.Diagnostics;
using Lcoo.Summit.Testing;

namespace Lcoo.Summit.Api.Tests.Infrastructure;

/// <summary>
/// The Node tools in tests/node (installed by tests/install-deps with npm ci): the OpenAPI linter, the client
/// generator, the TypeScript compiler, axe-core. Run as processes, as CI would run them by hand.
/// </summary>
public static class NodeTools
{
    public static string Folder => Path.Combine(Fixtures.RepoRoot, "tests", "node");

    public sealed record Outcome(int ExitCode, string Output, string Errors)
    {
        public override string ToString() => $"exit {ExitCode}\n{Output}\n{Errors}";
    }

    /// <summary>The path of an installed package's file (axe-core/axe.min.js), failing with what to run when it is missing.</summary>
    public static string PackageFile(string relative)
    {
        var path = Path.Combine(Folder, "node_modules", relative);
        Assert.True(File.Exists(path), $"{relative} is missing: run tests/install-deps (it runs npm ci in tests/node).");
        return path;
    }

    /// <summary>Runs an installed tool (node_modules/.bin/{tool}) or node itself, in tests/node.</summary>
    public static async Task<Outcome> RunAsync(string tool, IEnumerable<string> arguments, TimeSpan? timeout = null)
    {
        var program = tool == "node" ? "node" : PackageFile(Path.Combine(".bin", tool));
        var start = new ProcessStartInfo(program, arguments)
        {
            WorkingDirectory = Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["REDOCLY_TELEMETRY"] = "off", ["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true", ["NO_COLOR"] = "1" },
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout ?? TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{tool} {string.Join(' ', arguments)} did not finish in time.");
        }

        return new Outcome(process.ExitCode, await output, await errors);
    }
}

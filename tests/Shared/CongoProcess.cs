using System.Diagnostics;

namespace Lcoo.Summit.Testing;

/// <summary>
/// One CongoDB emulator process (a MongoDB wire-protocol server in Node) on a loopback port. The first use
/// installs it with <c>tests/tools/congodb/install.sh</c>; the process exits when this object is disposed or
/// when the test process dies (it watches its standard input).
/// </summary>
public sealed class CongoProcess : IAsyncDisposable
{
    private static readonly SemaphoreSlim InstallGate = new(1, 1);
    private readonly Process _process;

    private CongoProcess(Process process, int port)
    {
        _process = process;
        Port = port;
    }

    public int Port { get; }

    public string ConnectionString => $"mongodb://127.0.0.1:{Port}/?directConnection=true&serverSelectionTimeoutMS=3000";

    public static string InstallFolder =>
        Environment.GetEnvironmentVariable("LCOO_CONGODB_DIR") is { Length: > 0 } dir
            ? dir
            : Path.Combine(Fixtures.RepoRoot, ".tools", "congodb");

    /// <param name="port">A port to take again (a restart on the same address); by default the system chooses one as it binds.</param>
    public static async Task<CongoProcess> StartAsync(int? port = null)
    {
        await EnsureInstalledAsync();
        var script = Path.Combine(Fixtures.RepoRoot, "tests", "tools", "congodb", "start.mjs");
        var start = new ProcessStartInfo("node", [script, (port ?? 0).ToString(System.Globalization.CultureInfo.InvariantCulture), InstallFolder])
        {
            WorkingDirectory = InstallFolder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        var ready = process.StandardOutput.ReadLineAsync();
        if (await Task.WhenAny(ready, Task.Delay(TimeSpan.FromSeconds(30))) != ready
            || ready.Result?.Split(' ') is not ["ready", var bound] || !int.TryParse(bound, out var chosen) || (port is { } wanted && chosen != wanted))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"The MongoDB emulator did not start: {await process.StandardError.ReadToEndAsync()}");
        }

        return new CongoProcess(process, chosen);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private static async Task EnsureInstalledAsync()
    {
        await InstallGate.WaitAsync();
        try
        {
            if (File.Exists(Path.Combine(InstallFolder, "start.mjs")))
            {
                return;
            }

            var script = Path.Combine(Fixtures.RepoRoot, "tests", "tools", "congodb", "install.sh");
            using var install = Process.Start(new ProcessStartInfo("bash", [script, InstallFolder]) { RedirectStandardError = true })
                ?? throw new InvalidOperationException("bash did not start");
            var errors = await install.StandardError.ReadToEndAsync();
            await install.WaitForExitAsync();
            if (install.ExitCode != 0)
            {
                throw new InvalidOperationException($"Installing the MongoDB emulator failed ({install.ExitCode}): {errors}");
            }
        }
        finally
        {
            InstallGate.Release();
        }
    }
}

using Lcoo.Summit.Api.Imports;
using Lcoo.Summit.Api.Tests.Infrastructure;
using Lcoo.Summit.Testing;

namespace Lcoo.Summit.Api.Tests.Http;

[Trait("Feature", "Imports")]
public sealed class ImportCommandTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("lcoo-cli-").FullName;

    [Fact]
    public async Task The_command_line_import_prints_progress_and_the_report_summary()
    {
        using var service = ApiFactory.OnSqlite(_root);
        var output = new StringWriter();
        string[] files = [Fixtures.Path("event-pages", "19266-murano-project-update.html"), Fixtures.Path("event-pages", "20532-lcoo-wg-session-ugly.html")];

        var exit = await ImportCommand.RunAsync(service.Services, [.. files, "--summit", "sydney-2017"], output, TestContext.Current.CancellationToken);

        var text = output.ToString();
        Assert.Equal(0, exit);
        Assert.Contains("[1/2] reading", text);
        Assert.Contains("[2/2] reading", text);
        Assert.Contains("sydney-2017: 0 added, 2 changed, 64 unchanged, 0 removed", text);
    }

    [Theory]
    [InlineData(new[] { "--summit", "sydney-2017" }, 2, "usage")]
    [InlineData(new[] { "missing.json", "--summit", "sydney-2017" }, 1, "no such file")]
    [InlineData(new[] { "x", "--summit", "s", "--bogus" }, 2, "unknown option --bogus")]
    public async Task Bad_command_lines_say_what_is_wrong(string[] args, int exit, string says)
    {
        using var service = ApiFactory.OnSqlite(_root);
        var output = new StringWriter();

        Assert.Equal(exit, await ImportCommand.RunAsync(service.Services, args, output, TestContext.Current.CancellationToken));
        Assert.Contains(says, output.ToString());
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_root, recursive: true);
    }
}

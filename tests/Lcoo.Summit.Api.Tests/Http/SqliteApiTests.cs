using Lcoo.Summit.Api.Tests.Infrastructure;

namespace Lcoo.Summit.Api.Tests.Http;

public sealed class SqliteApiTests : ApiContract, IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("lcoo-api-").FullName;

    protected override ApiFactory NewService(string storeKey) => ApiFactory.OnSqlite(Path.Combine(_root, storeKey));

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_root, recursive: true);
    }
}

using Lcoo.Summit.Api.Storage;
using Lcoo.Summit.Api.Storage.Sqlite;

namespace Lcoo.Summit.Api.Tests.Storage;

public sealed class SqliteStoreContractTests : StoreContract, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("lcoo-sqlite-").FullName;

    protected override async Task<ISummitStore> NewStoreAsync()
    {
        var store = new SqliteSummitStore(Path.Combine(_folder, $"{Guid.NewGuid():N}.db"));
        await store.InitializeAsync(TestContext.Current.CancellationToken);
        return store;
    }

    [Fact]
    public async Task The_database_file_is_in_WAL_mode()
    {
        var store = (SqliteSummitStore)await NewStoreAsync();
        await using var db = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={store.DatabasePath}");
        await db.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = db.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";

        Assert.Equal("wal", await command.ExecuteScalarAsync(TestContext.Current.CancellationToken));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}

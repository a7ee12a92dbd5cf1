using Lcoo.Summit.Api.Storage;
using Lcoo.Summit.Api.Storage.Sqlite;

namespace Lcoo.Summit.Api.Tests.Storage;

[Trait("Feature", "Storage")]
public sealed class SqliteStoreContractTests : StoreContract, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("lcoo-sqlite-").FullName;

    protected override async Task<Stores> NewStoresAsync()
    {
        var storage = new SqliteStorage(Path.Combine(_folder, $"{Guid.NewGuid():N}.db"));
        await storage.InitializeAsync(TestContext.Current.CancellationToken);
        return new Stores(storage, new SqliteSummitStore(storage), new SqliteScheduleStore(storage),
            new SqlitePublicationStore(storage), new SqliteCoveragePlanStore(storage), new SqliteMemberStore(storage),
            new SqliteLeaseStore(storage), new SqliteSourceStore(storage));
    }

    [Fact]
    public async Task The_database_file_is_in_WAL_mode()
    {
        var storage = (SqliteStorage)(await NewStoresAsync()).Storage;
        await using var db = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={storage.DatabasePath}");
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

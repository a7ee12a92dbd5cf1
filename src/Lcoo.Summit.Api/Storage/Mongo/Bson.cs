using MongoDB.Bson;
using MongoDB.Bson.Serialization;

namespace Lcoo.Summit.Api.Storage.Mongo;

internal static class Bson
{
    public static BsonDocument From<T>(T value) => value.ToBsonDocument();

    public static T To<T>(BsonDocument doc) => BsonSerializer.Deserialize<T>(doc);
}

using System.Linq.Expressions;
using Lcoo.Summit.Imports;
using Lcoo.Summit.Itineraries;
using Lcoo.Summit.Members;
using Lcoo.Summit.Sessions;
using Lcoo.Summit.Speakers;
using Lcoo.Summit.Summits;
using MongoDB.Bson;
using MongoDB.Bson.Serialization;
using MongoDB.Bson.Serialization.Conventions;
using MongoDB.Bson.Serialization.Serializers;

namespace Lcoo.Summit.Api.Storage.Mongo;

/// <summary>
/// How domain records map to BSON. Documents get a server-made ObjectId <c>_id</c>; the records' own
/// ids are natural keys in named fields (<c>sessionId</c>, <c>speakerId</c>…) under unique indexes.
/// </summary>
internal static class MongoMapping
{
    private static readonly Lock Gate = new();
    private static bool _registered;

    public static void Register()
    {
        lock (Gate)
        {
            if (_registered)
            {
                return;
            }

            ConventionRegistry.Register("lcoo-summit", new ConventionPack
            {
                new CamelCaseElementNameConvention(),
                new IgnoreExtraElementsConvention(true),
                new EnumRepresentationConvention(BsonType.String),
                new IgnoreIfNullConvention(true),
            }, t => t.Namespace?.StartsWith("Lcoo.Summit", StringComparison.Ordinal) == true);

            // Instants are stored as BSON dates (UTC) so that they sort and range-query natively.
            BsonSerializer.RegisterSerializer(new DateTimeOffsetSerializer(BsonType.DateTime));

            MapNaturalKey<Session>(s => s.Id, "sessionId");
            MapNaturalKey<Speaker>(s => s.Id, "speakerId");
            MapNaturalKey<MemberCompany>(m => m.Id, "memberId");
            MapNaturalKey<Room>(r => r.Id, "roomId");
            MapNaturalKey<ImportReport>(r => r.Id!, "reportId");
            MapNaturalKey<ImportSummary>(r => r.Id, "reportId");
            MapNaturalKey<Publication>(r => r.Id, "publicationId");
            MapNaturalKey<Lcoo.Summit.Coverage.KeptCoveragePlan>(r => r.Id, "planId");
            MapNaturalKey<Lcoo.Summit.Coverage.CoveredSession>(r => r.Id, "sessionId");
            MapNaturalKey<Lcoo.Summit.Coverage.SummitDelegate>(r => r.Id, "delegateId");
            MapNaturalKey<SessionRef>(r => r.Id, "sessionId");
            MapNaturalKey<SessionChange>(r => r.Id, "sessionId");
            MapNaturalKey<Lcoo.Summit.Api.Webhooks.WebhookEndpoint>(r => r.Id, "endpointId");
            MapNaturalKey<Lcoo.Summit.Api.Webhooks.WebhookDelivery>(r => r.Id, "deliveryId");
            _registered = true;
        }
    }

    private static void MapNaturalKey<T>(Expression<Func<T, string>> key, string elementName) =>
        BsonClassMap.RegisterClassMap<T>(map =>
        {
            map.AutoMap();
            map.SetIdMember(null);
            map.GetMemberMap(key).SetElementName(elementName);
        });
}

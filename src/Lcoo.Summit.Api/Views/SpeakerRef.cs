using Lcoo.Summit.Sessions;
using Lcoo.Summit.Speakers;

namespace Lcoo.Summit.Api.Views;

/// <param name="Name">Null when the source named the speaker by id only.</param>
public sealed record SpeakerRef(string Id, string? Name, string? Company, string Role)
{
    public static SpeakerRef From(SessionSpeaker person, Speaker? speaker) =>
        new(person.SpeakerId, speaker?.Name, speaker?.Company, person.Role == SpeakerRole.Moderator ? "moderator" : "speaker");
}

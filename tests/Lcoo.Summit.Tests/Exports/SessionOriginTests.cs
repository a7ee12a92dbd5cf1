using Lcoo.Summit.Exports;

namespace Lcoo.Summit.Tests.Exports;

/// <summary>The one shape of a session's link in our API: what an export writes, an import of it reads back.</summary>
public class SessionOriginTests
{
    [Theory]
    [InlineData("https://summit.example/", "sydney-2017", "19266")]
    [InlineData("https://summit.example/lcoo/", "sydney-2017", "19266")]
    [InlineData("http://127.0.0.1:5080/", "bcn", "name:a b/c?d#e%f")]
    [InlineData("https://summit.example/", "tokyo-2015", "セッション-1")]
    public void An_id_written_into_a_link_is_read_back_as_it_was(string baseUrl, string slug, string id)
    {
        var link = SessionOrigin.Of(new Uri(baseUrl), slug, id);

        Assert.StartsWith($"{baseUrl}summits/{slug}/sessions/", link);
        Assert.Equal(id, SessionOrigin.IdIn(link));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("/summits/sydney-2017/sessions/19266")]
    [InlineData("https://summit.example/summits/sydney-2017/sessions/")]
    [InlineData("https://summit.example/summits/sydney-2017/sessions/%20")]
    [InlineData("https://summit.example/summits/sydney-2017/speakers/19266")]
    [InlineData("https://summit.example/sydney-2017/sessions/19266")]
    [InlineData("https://www.openstack.org/summit/sydney-2017/summit-schedule/events/19266")]
    public void A_link_of_another_shape_names_no_session(string? url)
    {
        Assert.Null(SessionOrigin.IdIn(url));
    }
}

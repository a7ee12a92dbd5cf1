using System.Net;
using Lcoo.Summit.Api.Imports;

namespace Lcoo.Summit.Api.Tests.Imports;

/// <summary>Which addresses an import may fetch from: every special-purpose range refused, embedded IPv4 judged as itself, this host's own addresses refused.</summary>
[Trait("Feature", "Imports")]
public class OutboundAddressesTests
{
    private static readonly OutboundAddresses Policy = new([], () => [IPAddress.Parse("203.0.114.9"), IPAddress.Parse("2a00:1450::9")]);

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("10.1.2.3")]
    [InlineData("169.254.169.254")]
    [InlineData("100.64.0.1")]
    [InlineData("192.0.2.2")]
    [InlineData("198.51.100.7")]
    [InlineData("203.0.113.5")]
    [InlineData("192.88.99.1")]
    [InlineData("198.18.0.1")]
    [InlineData("224.0.0.1")]
    [InlineData("255.255.255.255")]
    [InlineData("0.0.0.0")]
    [InlineData("::1")]
    [InlineData("::")]
    [InlineData("::127.0.0.1")]
    [InlineData("::ffff:127.0.0.1")]
    [InlineData("64:ff9b::7f00:1")]
    [InlineData("64:ff9b:1::1")]
    [InlineData("2002:7f00:1::")]
    [InlineData("2001:0:4136:e378:8000:63bf:80ff:fffe")]
    [InlineData("2001:db8::1")]
    [InlineData("fc00::1")]
    [InlineData("fe80::1")]
    [InlineData("ff02::1")]
    [InlineData("100::1")]
    [InlineData("3fff::1")]
    public void Special_purpose_addresses_are_refused(string address) =>
        Assert.False(Policy.IsAllowed("example.org", IPAddress.Parse(address)));

    [Theory]
    [InlineData("203.0.114.9")]
    [InlineData("2a00:1450::9")]
    [InlineData("::ffff:203.0.114.9")]
    public void This_hosts_own_addresses_are_refused_however_written(string address) =>
        Assert.False(Policy.IsAllowed("example.org", IPAddress.Parse(address)));

    [Theory]
    [InlineData("93.184.216.34")]
    [InlineData("2606:2800:220:1:248:1893:25c8:1946")]
    [InlineData("8.8.8.8")]
    public void Public_addresses_are_allowed(string address) =>
        Assert.True(Policy.IsAllowed("example.org", IPAddress.Parse(address)));

    [Fact]
    public void An_allowed_host_or_range_opens_an_internal_address_in_any_of_its_forms()
    {
        var onPremises = new OutboundAddresses(["10.0.0.0/8", "schedule.internal"], () => []);

        Assert.True(onPremises.IsAllowed("x", IPAddress.Parse("10.1.2.3")));
        Assert.True(onPremises.IsAllowed("x", IPAddress.Parse("::ffff:10.1.2.3")));
        Assert.True(onPremises.IsAllowed("schedule.internal", IPAddress.Parse("192.168.1.1")));
        Assert.False(onPremises.IsAllowed("x", IPAddress.Parse("192.168.1.1")));
    }

    [Fact]
    public void The_refusal_names_the_host_and_not_what_it_resolved_to()
    {
        var message = new RefusedAddressException("intranet.example").Message;

        Assert.Contains("intranet.example", message);
        Assert.DoesNotContain("10.", message);
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Lcoo.Summit.Api.Tests.Infrastructure;
using Lcoo.Summit.Testing;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;

namespace Lcoo.Summit.Api.Tests.Http;

/// <summary>
/// The coordinators' console in real headless Chromium against the service on a real socket, from an empty store with only
/// the member companies in it: a coordinator creates the summit, dry-runs and applies the import, reads the deck's
/// defects, maps a company, reads Tuesday's clashes and publishes the AT&amp;T itinerary, which a stranger then opens.
/// </summary>
[Trait("Feature", "Console")]
public sealed class ConsoleBrowserTests : BrowserTests
{
    protected override (int Width, int Height) Window => (1400, 1000);

    protected override Task<KestrelService> StartServiceAsync() => KestrelService.StartAsync(("Seed:Enabled", "false"));

    protected override async Task PrepareAsync()
    {
        using var coordinator = Service.CoordinatorClient();
        using var seed = JsonDocument.Parse(File.ReadAllText(Path.Combine(Fixtures.SeedData, "sydney-2017", "members.json")));
        foreach (var member in seed.RootElement.EnumerateArray())
        {
            // SK Telecom under another id and without its "SKT" spelling: the deck's SKT speakers then map to no member until the console adds it.
            var id = member.GetProperty("id").GetString() is "skt" ? "sk-telecom" : member.GetProperty("id").GetString()!;
            var aliases = member.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()!).Where(a => !(id == "sk-telecom" && a == "SKT")).ToArray();
            using var put = await coordinator.PutAsJsonAsync($"/members/{id}", new { displayName = member.GetProperty("displayName").GetString(), aliases });
            Assert.Equal(HttpStatusCode.Created, put.StatusCode);
        }
    }

    private void Open(string path)
    {
        Browser.Navigate().GoToUrl($"{Service.BaseUrl}{path}");
        WaitFor(() => Chromium.Run<string>("return document.readyState;") == "complete", "a loaded page");
    }

    private void WaitFor(Func<bool> condition, string what, int seconds = 20) => Chromium.WaitFor(condition, what, "console", seconds);

    private string Text(string id) => Browser.FindElement(By.Id(id)).Text;

    private void Tab(string name)
    {
        Browser.FindElement(By.CssSelector($".tabs a[href='#{name}']")).Click();
        WaitFor(() => Browser.FindElement(By.Id(name)).Displayed, $"the {name} tab");
    }

    private void EnterKey(string key)
    {
        var input = Browser.FindElement(By.Id("key"));
        input.Clear();
        input.SendKeys(key);
        Browser.FindElement(By.CssSelector("#key-form button")).Click();
    }

    [Fact]
    public async Task A_coordinator_builds_the_summit_from_an_empty_store_and_publishes_the_att_itinerary()
    {
        Open("/console/sydney-2017");
        EnterKey(ApiFactory.CoordinatorKey);
        WaitFor(() => Text("summit-state").Contains("no summit 'sydney-2017' yet", StringComparison.Ordinal), "the offer to create the summit");

        var form = Browser.FindElement(By.Id("summit-form"));
        form.FindElement(By.Name("name")).SendKeys("OpenStack Summit Sydney");
        form.FindElement(By.Name("timeZone")).SendKeys("Australia/Sydney");
        Chromium.Run<object>("document.querySelector('#summit-form [name=startDate]').value = '2017-11-06'; document.querySelector('#summit-form [name=endDate]').value = '2017-11-08';");
        form.FindElement(By.Name("venue")).SendKeys("Sydney Convention and Exhibition Centre");
        form.FindElement(By.CssSelector("button[type=submit]")).Click();
        WaitFor(() => Text("summit-message").Contains("Created", StringComparison.Ordinal), "the summit created");

        Tab("import");
        Browser.FindElement(By.Id("import-files")).SendKeys(string.Join("\n",
            Path.Combine(Fixtures.SeedData, "sydney-2017", "openstack-api.json"), Path.Combine(Fixtures.SeedData, "sydney-2017", "lcoo-member-sessions.html")));
        Browser.FindElement(By.CssSelector("#import-form button[type=submit]")).Click();
        WaitFor(() => Browser.FindElements(By.Id("apply")).Count == 1, "the dry run's report");
        var report = Text("dry-run");
        Chromium.Screenshot("console-dry-run");
        using (var anonymous = Service.Client())
        {
            Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/summits/sydney-2017/sessions/19266")).StatusCode);
        }

        Browser.FindElement(By.Id("apply")).Click();
        WaitFor(() => Text("dry-run").StartsWith("Applied", StringComparison.Ordinal), "the import applied");

        Tab("problems");
        WaitFor(() => Text("problems-list").Contains("Tuesday row 10", StringComparison.Ordinal), "the deck's defects");
        var problems = Text("problems-list");
        var codes = Chromium.Run<IReadOnlyCollection<object>>("return [...document.querySelectorAll('details.problems')].map(d => d.dataset.code);").Cast<string>().ToList();
        var linked = Chromium.Run<long>("return document.querySelectorAll('details.problems a[href*=\"/plan/sydney-2017/sessions/\"]').length;");
        Chromium.Screenshot("console-problems");

        Tab("members");
        WaitFor(() => Browser.FindElements(By.CssSelector("#unmapped tr[data-company='SKT']")).Count == 1, "SKT unmapped");
        var skt = Browser.FindElement(By.CssSelector("#unmapped tr[data-company='SKT']"));
        var unmappedSessions = skt.FindElements(By.TagName("td"))[1].Text;
        skt.FindElement(By.CssSelector("select option[value=sk-telecom]")).Click();
        skt.FindElement(By.TagName("button")).Click();
        WaitFor(() => Text("members-message").Contains("now an alias of SK Telecom", StringComparison.Ordinal), "the alias added");
        var aliasMessage = Text("members-message");
        // Any spelling, typed by hand, and taken away again.
        WaitFor(() => Browser.FindElements(By.CssSelector("#member-list tr[data-member=ntt] input")).Count == 1, "NTT's alias editor");
        Browser.FindElement(By.CssSelector("#member-list tr[data-member=ntt] input")).SendKeys("NTT Communications");
        Browser.FindElement(By.CssSelector("#member-list tr[data-member=ntt] button[type=submit]")).Click();
        WaitFor(() => Text("members-message").Contains("'NTT Communications' is now an alias of NTT", StringComparison.Ordinal), "the typed alias added");
        var typedAlias = Browser.FindElement(By.CssSelector("#member-list tr[data-member=ntt] .aliases")).Text;
        Browser.FindElement(By.CssSelector("#member-list tr[data-member=ntt] button[aria-label='Remove the alias NTT Communications of NTT']")).Click();
        WaitFor(() => Text("members-message").Contains("'NTT Communications' is no longer an alias of NTT", StringComparison.Ordinal), "the typed alias removed");
        Chromium.Screenshot("console-members");

        Tab("clashes");
        new OpenQA.Selenium.Support.UI.WebDriverWait(Browser, TimeSpan.FromSeconds(10)).Until(_ => Browser.FindElements(By.CssSelector("#clash-day option[value='2017-11-07']")).Count == 1);
        Browser.FindElement(By.CssSelector("#clash-day option[value='2017-11-07']")).Click();
        WaitFor(() => Text("group-clashes").Contains("11:40", StringComparison.Ordinal), "Tuesday's 11:40 group");
        var group = Browser.FindElements(By.CssSelector("#group-clashes li")).Select(l => l.Text).First(t => t.StartsWith("11:40", StringComparison.Ordinal));
        var lanes = Browser.FindElements(By.CssSelector("#lanes .lane-name")).Select(l => l.Text).ToList();
        var marked = Browser.FindElements(By.CssSelector("#lanes .block.clash")).Count;
        Chromium.Screenshot("console-clashes-tuesday");
        var pair = Browser.FindElements(By.CssSelector("#same-people li.pair")).First(l => l.Text.Contains("Mizino", StringComparison.Ordinal));
        pair.FindElement(By.XPath(".//button[text()='Same person']")).Click();
        WaitFor(() => Browser.FindElements(By.CssSelector("#same-people li.decided")).Count == 1, "the decision kept");

        Tab("publish");
        WaitFor(() => Browser.FindElements(By.CssSelector("#publish-members input[value=att]")).Count == 1, "the members to publish");
        foreach (var box in Browser.FindElements(By.CssSelector("#publish-members input:checked")))
        {
            box.Click();
        }

        Browser.FindElement(By.CssSelector("#publish-members input[value=att]")).Click();
        Browser.FindElement(By.Id("preview")).Click();
        WaitFor(() => Browser.FindElements(By.CssSelector("#preview-frame iframe")).Count == 1, "the preview");
        Browser.FindElement(By.CssSelector("#publish-form button[type=submit]")).Click();
        WaitFor(() => Browser.FindElements(By.CssSelector("#publications a.public-link")).Count == 1, "the public link");
        Thread.Sleep(1500);
        Chromium.Screenshot("console-publish");
        var link = Browser.FindElement(By.CssSelector("#publications a.public-link")).GetAttribute("href")!;

        Tab("coverage");
        Browser.FindElement(By.CssSelector("#coverage-form button[type=submit]")).Click();
        WaitFor(() => Text("coverage-plan").Contains("Who goes where", StringComparison.Ordinal), "the coverage plan");
        Chromium.Screenshot("console-coverage");
        var coverage = Text("coverage-plan");
        var assignedPeople = Browser.FindElements(By.CssSelector("#coverage-plan li[data-delegate]")).Count;
        var delegateDays = Browser.FindElements(By.CssSelector("#coverage-plan li[data-delegate] ul.days .day")).Select(d => d.Text).ToList();
        // What a person reads in every tab: no "null", "undefined", "NaN", "[object …]", nor an array appended as text; and
        // names where names belong: no session ids in brackets, no person keys, no member ids in the list of published links.
        var leftovers = Chromium.Run<IReadOnlyCollection<object>>("""
            const ids = [/\((?:name:[^)]*|\d{4,6})\)/, /— [a-z][a-z-]*(, [a-z][a-z-]*)*, (A4|LETTER)/];
            return [...document.querySelectorAll('section.tab')].flatMap((tab) => [
              ...['null', 'undefined', 'NaN', '[object', ' ,http'].filter((bad) => tab.textContent.includes(bad)).map((bad) => `${tab.id}: ${bad}`),
              ...ids.map((id) => tab.textContent.match(id)).filter(Boolean).map((m) => `${tab.id}: ${m[0]}`)]);
            """).Cast<string>().ToList();

        using var stranger = new Chromium();
        stranger.Browser.Navigate().GoToUrl(link);
        stranger.WaitFor(() => stranger.Run<string>("return document.readyState;") == "complete", "the public link", "console-stranger");
        var strangerSees = stranger.Run<string>("return document.contentType;");

        Assert.Contains("Dry run of openstack-api.json (openstack-api", report);
        Assert.Contains("Added (", report);
        Assert.Contains("conflict", report);
        Assert.Superset(new HashSet<string> { "title-url-mismatch", "shifted-row", "missing-title", "titles-run-together", "duplicate-row", "url-without-slug", "name-spellings" },
            codes.ToHashSet());
        foreach (var row in new[] { "Monday row 2", "Monday row 3", "Tuesday row 1", "Tuesday row 6", "Tuesday row 9", "Tuesday row 10", "Tuesday row 11", "Tuesday row 12", "Tuesday row 13", "Wednesday row 2" })
        {
            Assert.Contains(row, problems);
        }

        Assert.True(linked >= 13, $"{linked} problems link to their session");
        Assert.Equal("3", unmappedSessions);
        Assert.Contains("SK Telecom gives 3 sessions here (was 0)", aliasMessage);
        Assert.Contains("NTT Communications", typedAlias);
        Assert.Contains("AT&T", group);
        Assert.Contains("NTT", group);
        Assert.Contains("SK Telecom", group);
        Assert.Equal(["AT&T", "NTT", "SK Telecom"], lanes.Where(l => l is "AT&T" or "NTT" or "SK Telecom").Order());
        Assert.True(marked >= 3);
        Assert.StartsWith(Service.BaseUrl + "/published/", link);
        Assert.Equal("application/pdf", strangerSees);
        Assert.Contains("Tuesday 7 November", coverage);
        Assert.Contains(delegateDays, d => d.StartsWith("Tuesday 7 November", StringComparison.Ordinal));
        Assert.Contains("Every member session has its minimum", coverage);
        Assert.True(assignedPeople >= 3, $"{assignedPeople} delegates assigned");
        Assert.Empty(leftovers);
        using var api = Service.CoordinatorClient();
        var decisions = await api.GetFromJsonAsync<JsonElement>("/summits/sydney-2017/people-decisions");
        Assert.True(Assert.Single(decisions.EnumerateArray()).GetProperty("same").GetBoolean());
    }

    [Fact]
    public async Task On_boston_a_coordinator_finds_ntt_west_among_the_unmapped_companies_sees_it_looks_like_ntt_and_maps_it()
    {
        using (var coordinator = Service.CoordinatorClient())
        {
            using var dump = new ByteArrayContent(Fixtures.Read("openstack-api/boston-2017.json"));
            dump.Headers.ContentType = new("application/json");
            using var imported = await coordinator.PostAsync("/summits/boston-2017/imports", dump);
            Assert.Equal(HttpStatusCode.Created, imported.StatusCode);
        }

        Open("/console/boston-2017");
        EnterKey(ApiFactory.CoordinatorKey);
        WaitFor(() => !Chromium.Run<bool>("return document.getElementById('console').hidden;"), "the console");
        Tab("members");
        WaitFor(() => Browser.FindElements(By.Id("unmapped-search")).Count == 1, "the search over unmapped companies", 30);
        const string Shown = "return [...document.querySelectorAll('#unmapped tbody tr')].filter((r) => !r.hidden).length;";
        var all = Chromium.Run<long>(Shown);
        Browser.FindElement(By.Id("unmapped-search")).SendKeys("ntt");
        WaitFor(() => Chromium.Run<long>(Shown) < all, "the search narrowing the list");
        var found = Chromium.Run<long>(Shown);
        var row = Browser.FindElement(By.CssSelector("#unmapped tr[data-company='NTT WEST']"));
        var offered = row.FindElement(By.CssSelector(".looks-like")).Text;
        var preselected = Chromium.Run<string>("return document.querySelector(\"#unmapped tr[data-company='NTT WEST'] select\").value;");
        Chromium.Screenshot("console-members-boston");
        row.FindElement(By.TagName("button")).Click();
        WaitFor(() => Text("members-message").Contains("'NTT WEST' is now an alias of NTT", StringComparison.Ordinal), "the suggested alias added");

        Assert.True(all > 150, $"{all} unmapped companies listed");
        Assert.InRange(found, 1, 10);
        Assert.Equal("Looks like NTT: it starts with 'NTT'", offered);
        Assert.Equal("ntt", preselected);
        Assert.Empty(Browser.FindElements(By.CssSelector("#unmapped tr[data-company='NTT WEST']")));
    }

    [Fact]
    public void Without_the_right_key_the_console_says_so_and_shows_nothing()
    {
        Open("/console/sydney-2017");
        var before = Chromium.Run<bool>("return document.getElementById('console').hidden;");

        EnterKey("not-a-key");
        WaitFor(() => Text("key-message").Contains("not a coordinator key", StringComparison.Ordinal), "the refusal");
        Chromium.Screenshot("console-wrong-key");

        Assert.True(before);
        Assert.True(Chromium.Run<bool>("return document.getElementById('console').hidden;"));
        Assert.Null(Chromium.Run<string?>("return sessionStorage.getItem('lcoo-summit:coordinator-key');"));
        Assert.DoesNotContain("not-a-key", Browser.Url);
        Assert.Empty(Browser.FindElements(By.CssSelector("#past-imports table, #member-list table, #publications li")));
    }

    [Fact]
    public void Axe_finds_no_serious_or_critical_violations_in_the_console()
    {
        Open("/console/sydney-2017");
        var gate = Chromium.AxeViolations("serious", "critical");
        EnterKey(ApiFactory.CoordinatorKey);
        WaitFor(() => !Chromium.Run<bool>("return document.getElementById('console').hidden;"), "the console");
        var summit = Chromium.AxeViolations("serious", "critical");

        Assert.True(gate.Count == 0, string.Join("\n", gate));
        Assert.True(summit.Count == 0, string.Join("\n", summit));
    }
}

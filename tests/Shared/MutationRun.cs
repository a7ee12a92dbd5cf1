namespace Lcoo.Summit.Testing;

/// <summary>
/// Whether the tests run under a mutation run (<c>tests/mutate</c> sets <c>LCOO_MUTATION=1</c>). The fuzz tests sit
/// those out: thousands of inputs per mutant would pass Stryker's time limit and count every mutant they reach as
/// killed by timeout, a false score. <c>tests/run</c> always runs them.
/// </summary>
public static class MutationRun
{
    public const string Reason = "a fuzz test: left out of mutation runs (LCOO_MUTATION=1), always run by tests/run";

    public static bool Active => Environment.GetEnvironmentVariable("LCOO_MUTATION") == "1";
}

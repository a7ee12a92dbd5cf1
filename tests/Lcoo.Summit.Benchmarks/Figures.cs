namespace Lcoo.Summit.Benchmarks;

/// <summary>Runs the figures in the order of the README's Performance section; each line is one side-by-side measurement.</summary>
public static class Figures
{
    public static async Task<int> Main(string[] args)
    {
        var only = args.Length > 0 ? args[0] : null;
        if (only == "memory-case")
        {
            return await MemoryFigures.MeasureCaseAsync(args[1]);
        }

        if (only is null or "clashes")
        {
            ClashFigures.Run();
        }

        if (only is null or "coverage")
        {
            CoverageFigures.Run();
        }

        if (only is null or "import")
        {
            ImportFigures.Run();
        }

        if (only is null or "pdf")
        {
            PdfFigures.Run();
        }

        if (only is null or "stores")
        {
            await StoreFigures.RunAsync();
        }

        if (only is null or "api" or "kiosk")
        {
            await ApiFigures.RunAsync(sessionList: only != "kiosk");
        }

        if (only is "exports")
        {
            await ApiFigures.ExportsAsync();
        }

        if (only is null or "pages")
        {
            await PageFigures.RunAsync();
        }

        if (only is null or "contention")
        {
            await ContentionFigures.RunAsync();
        }

        if (only is null or "changes")
        {
            await ChangeFigures.RunAsync();
        }

        if (only is null or "memory")
        {
            await MemoryFigures.RunAsync();
        }

        return 0;
    }
}

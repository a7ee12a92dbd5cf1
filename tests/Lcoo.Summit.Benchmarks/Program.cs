using Lcoo.Summit.Benchmarks;

// Figures in the order of the README's Performance section; each line is one side-by-side measurement.
var only = args.Length > 0 ? args[0] : null;
if (only is null or "clashes")
{
    ClashFigures.Run();
}

if (only is null or "import")
{
    ImportFigures.Run();
}

if (only is null or "pdf")
{
    PdfFigures.Run();
}

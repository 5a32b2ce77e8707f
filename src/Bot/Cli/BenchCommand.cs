using System.CommandLine;
using System.Diagnostics;
using Microsoft.Extensions.Options;
using ResBot.Bot.Benchmarks;
using ResBot.Knowledge;
using ResBot.Knowledge.Answers;
using ResBot.Knowledge.Model;

namespace ResBot.Bot.Cli;

/// <summary>
/// `resbot bench [--paragraphs 100000] [--queries 2000]`: builds a synthetic corpus from the seed's clause structure,
/// indexes it, and times reference look-ups, topic questions and, on the same index, raw Lucene BM25 as the baseline.
/// </summary>
public static class BenchCommand
{
    private static readonly string[] TopicQuestions =
    [
        "What does the OIC say about the Digital Solidarity Fund?",
        "Is there anything about training in information security?",
        "What about the restructuring of IINA and ISBU?",
        "ماذا ورد بشأن صندوق التضامن الرقمي؟",
        "Que dit l'OCI à propos de la Journée de l'OCI ?",
        "computers for the least developed countries",
    ];

    public static Command Create()
    {
        var paragraphs = new Option<int>("--paragraphs") { Description = "Paragraphs in the synthetic corpus (each in ar, en, fr).", DefaultValueFactory = _ => 100_000 };
        var queries = new Option<int>("--queries") { Description = "Queries timed per kind.", DefaultValueFactory = _ => 2_000 };
        var command = new Command("bench", "Benchmark indexing and answering on a large synthetic corpus.") { paragraphs, queries };
        command.SetAction((parse, _) =>
        {
            var work = Path.Combine(Path.GetTempPath(), "resbot-bench-" + Guid.NewGuid().ToString("N"));
            try
            {
                Run(parse, work, parse.GetValue(paragraphs), parse.GetValue(queries));
                return Task.FromResult(0);
            }
            finally
            {
                Directory.Delete(work, recursive: true);
            }
        });
        return command;
    }

    private static void Run(ParseResult parse, string work, int paragraphCount, int queryCount)
    {
        using var host = CliHost.Build(parse);
        var seed = host.Services.GetRequiredService<KnowledgeBase>().Corpus;

        var generate = Stopwatch.StartNew();
        var keys = SyntheticCorpus.Write(seed, Path.Combine(work, "corpus"), paragraphCount);
        generate.Stop();

        var build = Stopwatch.StartNew();
        using var knowledge = new KnowledgeBase(Options.Create(new KnowledgeOptions { CorpusPath = Path.Combine(work, "corpus"), DataPath = Path.Combine(work, "data") }));
        var snapshot = knowledge.Current;
        build.Stop();
        var indexed = snapshot.Index.Count;
        var assistant = new ResolutionAssistant(knowledge);

        var random = new Random(4);
        var referenceQuestions = Enumerable.Range(0, 64).Select(_ => keys[random.Next(keys.Count)])
            .Select(k => $"What did {k} ask member states to do?").ToArray();
        var reference = LatencyStats.Measure(queryCount, i => assistant.Ask(new Question(referenceQuestions[i % referenceQuestions.Length])));
        var topic = LatencyStats.Measure(queryCount, i => assistant.Ask(new Question(TopicQuestions[i % TopicQuestions.Length])));
        var raw = LatencyStats.Measure(queryCount, i =>
        {
            var question = TopicQuestions[i % TopicQuestions.Length];
            snapshot.Index.RawSearch(question, Knowledge.Understanding.LanguageDetector.Detect(question), 30);
        });

        using var process = Process.GetCurrentProcess();
        Console.WriteLine($"synthetic corpus: {indexed:N0} paragraphs x 3 languages, {snapshot.Corpus.Resolutions.Count:N0} resolutions, {snapshot.Corpus.Documents.Count} documents (written in {generate.Elapsed.TotalSeconds:F1} s)");
        Console.WriteLine($"parse + align + index: {build.Elapsed.TotalSeconds:F1} s = {indexed / build.Elapsed.TotalSeconds:N0} paragraphs/s");
        Console.WriteLine($"reference look-ups  : {reference}");
        Console.WriteLine($"topic questions     : {topic}");
        Console.WriteLine($"raw Lucene BM25     : {raw}");
        Console.WriteLine($"topic answer / raw BM25 (p50): {topic.P50 / raw.P50:F1}x");
        Console.WriteLine($"peak working set: {process.PeakWorkingSet64 / (1024 * 1024):N0} MiB; managed heap now: {GC.GetTotalMemory(forceFullCollection: false) / (1024 * 1024):N0} MiB");
    }
}

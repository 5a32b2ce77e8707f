using System.CommandLine;
using System.Diagnostics;
using Microsoft.Extensions.Options;
using ResBot.Bot.Benchmarks;
using ResBot.Knowledge;
using ResBot.Knowledge.Answers;
using ResBot.Knowledge.Indexing;
using ResBot.Knowledge.Model;

namespace ResBot.Bot.Cli;

/// <summary>
/// `resbot bench [--paragraphs 100000] [--queries 2000]`: builds a synthetic corpus from the seed's clause structure,
/// indexes it, opens the data folder again as a fresh process would, and times reference look-ups, topic questions
/// and, on the same index, the exact Lucene queries those answers sent (the baseline) and an all-words query.
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
        var written = SyntheticCorpus.Write(seed, Path.Combine(work, "corpus"), paragraphCount);
        generate.Stop();
        var options = Options.Create(new KnowledgeOptions { CorpusPath = Path.Combine(work, "corpus"), DataPath = Path.Combine(work, "data") });

        var build = Stopwatch.StartNew();
        int indexed, resolutions, documents;
        using (var cold = new KnowledgeBase(options))
        {
            var built = cold.Current;
            (indexed, resolutions, documents) = (built.Index.Count, built.Corpus.Resolutions.Count, built.Corpus.Documents.Count);
        }
        build.Stop();

        // What a fresh process pays on a warm data folder: open the persisted snapshot, answer the first question.
        var open = Stopwatch.StartNew();
        using var knowledge = new KnowledgeBase(options);
        var snapshot = knowledge.Current;
        open.Stop();
        var assistant = new ResolutionAssistant(knowledge);
        var first = Stopwatch.StartNew();
        assistant.Ask(new Question(TopicQuestions[0]));
        first.Stop();
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var workingSetAfterOpen = process.WorkingSet64;
        var heapAfterOpen = GC.GetTotalMemory(forceFullCollection: true);

        var random = new Random(4);
        var referenceQuestions = Enumerable.Range(0, 64).Select(_ => written.Keys[random.Next(written.Keys.Count)])
            .Select(k => $"What did {k} ask member states to do?").ToArray();
        var sent = TopicQuestions.Select(q => QueriesSent(assistant, q)).ToArray();
        var reference = LatencyStats.Measure(queryCount, i => assistant.Ask(new Question(referenceQuestions[i % referenceQuestions.Length])));
        var topic = LatencyStats.Measure(queryCount, i => assistant.Ask(new Question(TopicQuestions[i % TopicQuestions.Length])));
        var exact = LatencyStats.Measure(queryCount, i =>
        {
            foreach (var (query, take) in sent[i % sent.Length])
                snapshot.Index.ExactSearch(query, take);
        });
        var allWords = LatencyStats.Measure(queryCount, i =>
        {
            var question = TopicQuestions[i % TopicQuestions.Length];
            snapshot.Index.AllWordsSearch(question, Knowledge.Understanding.LanguageDetector.Detect(question), 30);
        });
        var matching = sent.Select(queries => queries.Sum(q => snapshot.Index.ExactSearch(q.Query, q.Take)) * 100.0 / indexed).ToArray();
        var paragraphs = snapshot.Corpus.Resolutions.SelectMany(r => r.Paragraphs).ToList();
        var tagged = sent.Select(queries => queries.SelectMany(q => q.Query.TermIds).ToHashSet())
            .Select(terms => terms.Count == 0 ? 0 : paragraphs.Count(p => p.Terms.Any(terms.Contains)) * 100.0 / indexed).ToArray();

        process.Refresh();
        Console.WriteLine($"synthetic corpus: {indexed:N0} paragraphs x 3 languages, {resolutions:N0} resolutions, {documents} documents (written in {generate.Elapsed.TotalSeconds:F1} s); " +
            $"vocabulary {string.Join(", ", written.VocabularySizes.Select(v => $"{v.Key.Code()} {v.Value:N0}"))} words");
        Console.WriteLine($"parse + align + index: {build.Elapsed.TotalSeconds:F1} s = {indexed / build.Elapsed.TotalSeconds:N0} paragraphs/s");
        Console.WriteLine($"open the warm data folder: {open.Elapsed.TotalSeconds:F2} s ({(snapshot.FromPersistedModel ? "persisted model, no file read" : "files re-read")}); first answer {first.Elapsed.TotalMilliseconds:F0} ms");
        Console.WriteLine($"reference look-ups  : {reference}");
        Console.WriteLine($"topic questions     : {topic}");
        Console.WriteLine($"exact queries sent  : {exact}");
        Console.WriteLine($"all-words BM25      : {allWords}");
        Console.WriteLine($"topic answer / exact queries: p50 {topic.P50 / exact.P50:F2}x, p99 {topic.P99 / exact.P99:F2}x");
        Console.WriteLine($"paragraphs a topic question's queries match: {string.Join(", ", matching.Select(m => $"{m:F2} %"))}");
        Console.WriteLine($"paragraphs holding a topic question's glossary terms: {string.Join(", ", tagged.Select(m => $"{m:F2} %"))}");
        Console.WriteLine($"memory after open: working set {workingSetAfterOpen / (1024 * 1024):N0} MiB, managed heap {heapAfterOpen / (1024 * 1024):N0} MiB; " +
            $"peak working set {process.PeakWorkingSet64 / (1024 * 1024):N0} MiB; managed heap now {GC.GetTotalMemory(forceFullCollection: false) / (1024 * 1024):N0} MiB");
    }

    /// <summary>The index queries ResBot sends to answer <paramref name="question"/>: the baseline runs exactly these.</summary>
    private static List<(ClauseQuery Query, int Take)> QueriesSent(ResolutionAssistant assistant, string question)
    {
        var sent = new List<(ClauseQuery Query, int Take)>();
        using (SearchRecorder.Record(sent))
            assistant.Ask(new Question(question));
        return sent;
    }
}

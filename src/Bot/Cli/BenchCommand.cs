using System.CommandLine;
using System.Diagnostics;
using System.Runtime;
using Microsoft.Extensions.Options;
using ResBot.Bot.Benchmarks;
using ResBot.Knowledge;
using ResBot.Knowledge.Answers;
using ResBot.Knowledge.Indexing;
using ResBot.Knowledge.Model;

namespace ResBot.Bot.Cli;

/// <summary>
/// `resbot bench [--paragraphs 100000] [--queries 2000] [--keep folder]`: builds a synthetic corpus from the seed's clause structure,
/// indexes it, adds one document, then opens the data folder in a fresh process (`bench --open`), as a restarted
/// host would, and times the first answer, reference look-ups, topic and corpus-wide questions and, on the same
/// index, the exact Lucene queries those answers sent (the baseline) and an all-words query. Memory is that fresh
/// process's: what a host holds after load and at its peak while answering, without the build's garbage.
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

    /// <summary>Questions no resolution scopes: every clause of the corpus is a candidate.</summary>
    private static readonly string[] CorpusWideQuestions =
    [
        "What are member states urged to do about the Digital Solidarity Fund?",
        "What did the resolutions ask member states to do?",
        "What was the Secretary General requested to do?",
        "ماذا طلبت القرارات من الدول الأعضاء؟",
        "Qu'a-t-on demandé aux États membres ?",
    ];

    /// <summary>Paragraphs of the document added to the built corpus.</summary>
    private const int AddedParagraphs = 50;

    public static Command Create()
    {
        var paragraphs = new Option<int>("--paragraphs") { Description = "Paragraphs in the synthetic corpus (each in ar, en, fr).", DefaultValueFactory = _ => 100_000 };
        var queries = new Option<int>("--queries") { Description = "Queries timed per kind.", DefaultValueFactory = _ => 2_000 };
        var open = new Option<string?>("--open") { Description = "Open this bench folder's data (one kept with --keep) and time the questions, without building." };
        var keep = new Option<string?>("--keep") { Description = "Build in this folder and keep it, so `bench --open` can time questions on it again without rebuilding." };
        var command = new Command("bench", "Benchmark indexing and answering on a large synthetic corpus.") { paragraphs, queries, open, keep };
        command.SetAction((parse, _) =>
        {
            if (parse.GetValue(open) is { } built)
                return Task.FromResult(Answer(built, parse.GetValue(queries)));
            var kept = parse.GetValue(keep);
            if (kept is not null && Directory.Exists(kept) && Directory.EnumerateFileSystemEntries(kept).Any())
                throw new InvalidOperationException($"{kept} is not empty: `bench --keep` builds in a new or empty folder");
            var work = kept is null ? Path.Combine(Path.GetTempPath(), "resbot-bench-" + Guid.NewGuid().ToString("N")) : Path.GetFullPath(kept);
            try
            {
                Build(parse, work, parse.GetValue(paragraphs));
                return Task.FromResult(OpenInFreshProcess(work, parse.GetValue(queries)));
            }
            finally
            {
                if (kept is null)
                    Directory.Delete(work, recursive: true);
            }
        });
        return command;
    }

    private static IOptions<KnowledgeOptions> Options(string work) =>
        Microsoft.Extensions.Options.Options.Create(new KnowledgeOptions { CorpusPath = Path.Combine(work, "corpus"), DataPath = Path.Combine(work, "data") });

    private static void Build(ParseResult parse, string work, int paragraphCount)
    {
        // The seed's paragraphs read their texts from its data folder: the host stays open while they are copied.
        using var host = CliHost.Build(parse);
        var seed = host.Services.GetRequiredService<KnowledgeBase>().Corpus;

        var generate = Stopwatch.StartNew();
        var written = SyntheticCorpus.Write(seed, Path.Combine(work, "corpus"), paragraphCount);
        generate.Stop();

        using var process = Process.GetCurrentProcess();
        var build = Stopwatch.StartNew();
        var buildCpu = process.TotalProcessorTime;
        var gcBefore = (Pause: GC.GetTotalPauseDuration(), Gen0: GC.CollectionCount(0), Gen1: GC.CollectionCount(1), Gen2: GC.CollectionCount(2));
        using var knowledge = new KnowledgeBase(Options(work));
        var built = knowledge.Current;
        build.Stop();
        process.Refresh();
        buildCpu = process.TotalProcessorTime - buildCpu;
        var buildGc = $"GC paused {(GC.GetTotalPauseDuration() - gcBefore.Pause).TotalSeconds:F1} s in {GC.CollectionCount(0) - gcBefore.Gen0} collections " +
            $"({GC.CollectionCount(1) - gcBefore.Gen1} gen1, {GC.CollectionCount(2) - gcBefore.Gen2} gen2)";
        var (indexed, resolutions, documents) = (built.Index.Count, built.Corpus.Resolutions.Count, built.Corpus.Documents.Count);

        // One more document, as `resbot ingest` would drop it in, picked up by the running host's reload.
        var extra = Path.Combine(work, "extra");
        // One document per session: the next session after the corpus's is the new document's.
        SyntheticCorpus.Write(seed, extra, AddedParagraphs, randomSeed: 39, firstSession: 100 + documents);
        foreach (var file in Directory.GetFiles(extra))
            File.Move(file, Path.Combine(work, "corpus", Path.GetFileName(file)));
        var add = Stopwatch.StartNew();
        var addCpu = process.TotalProcessorTime;
        var (reloaded, error) = knowledge.Reload();
        add.Stop();
        process.Refresh();
        addCpu = process.TotalProcessorTime - addCpu;
        if (error is not null)
            throw new InvalidOperationException("Reloading after adding a document failed", error);

        Console.WriteLine($"synthetic corpus: {indexed:N0} paragraphs x 3 languages, {resolutions:N0} resolutions, {documents} documents (written in {generate.Elapsed.TotalSeconds:F1} s); " +
            $"vocabulary {string.Join(", ", written.VocabularySizes.Select(v => $"{v.Key.Code()} {v.Value:N0}"))} words");
        Console.WriteLine($"runtime: {(GCSettings.IsServerGC ? "server" : "workstation")} GC, {Environment.ProcessorCount} cores");
        // CPU time beside wall time: on a shared machine the wall clock also measures the other processes.
        Console.WriteLine($"parse + align + index: {build.Elapsed.TotalSeconds:F1} s = {indexed / build.Elapsed.TotalSeconds:N0} paragraphs/s " +
            $"({buildCpu.TotalSeconds:F1} s CPU = {indexed / buildCpu.TotalSeconds:N0} paragraphs per CPU second): {built.Phases}; {buildGc}");
        Console.WriteLine($"add one {reloaded.Index.Count - indexed}-paragraph document and reload: {add.Elapsed.TotalSeconds:F1} s ({addCpu.TotalSeconds:F1} s CPU): {reloaded.Phases}");
        Console.WriteLine($"build process: peak working set {process.PeakWorkingSet64 / (1024 * 1024):N0} MiB");
    }

    /// <summary>Runs `bench --open` on the built folder in a new process of the same program, with the same runtime settings.</summary>
    private static int OpenInFreshProcess(string work, int queries)
    {
        var self = Environment.ProcessPath ?? throw new InvalidOperationException("The running program's path is unknown");
        var start = new ProcessStartInfo(self) { UseShellExecute = false };
        // Run as `dotnet resbot.dll`, the host is dotnet and the program its first argument.
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
            start.ArgumentList.Add(typeof(BenchCommand).Assembly.Location);
        foreach (var argument in new[] { "bench", "--open", work, "--queries", queries.ToString(System.Globalization.CultureInfo.InvariantCulture) })
            start.ArgumentList.Add(argument);
        using var child = Process.Start(start) ?? throw new InvalidOperationException("Could not start the opening process");
        child.WaitForExit();
        return child.ExitCode;
    }

    private static int Answer(string work, int queryCount)
    {
        // What a fresh process pays on a warm data folder: open the persisted snapshot, answer the first question.
        using var process = Process.GetCurrentProcess();
        // The runtime's own start (and this command's parsing) comes before: a restarted host pays it too.
        var (started, startCpu) = (DateTime.Now - process.StartTime, process.TotalProcessorTime);
        var open = Stopwatch.StartNew();
        var constructing = LoadPhases.Start();
        using var knowledge = new KnowledgeBase(Options(work));
        var constructed = new LoadPhases();
        constructed.Add("knowledge base (analyzers, glossary, lexicon)", constructing);
        var snapshot = knowledge.Current;
        open.Stop();
        var openJit = (Methods: JitInfo.GetCompiledMethodCount(), Time: JitInfo.GetCompilationTime());
        var openGc = $"{GC.GetTotalAllocatedBytes() / (1024 * 1024):N0} MiB allocated, GC paused {GC.GetTotalPauseDuration().TotalMilliseconds:F0} ms in {GC.CollectionCount(0)} collections ({GC.CollectionCount(1)} gen1, {GC.CollectionCount(2)} gen2)";
        var assistant = new ResolutionAssistant(knowledge);
        var first = Stopwatch.StartNew();
        assistant.Ask(new Question(TopicQuestions[0]));
        first.Stop();
        var firstJit = (Methods: JitInfo.GetCompiledMethodCount() - openJit.Methods, Time: JitInfo.GetCompilationTime() - openJit.Time);
        process.Refresh();
        var openCpu = process.TotalProcessorTime;
        var workingSetAfterOpen = process.WorkingSet64;
        var heapAfterOpen = GC.GetTotalMemory(forceFullCollection: true);
        var indexed = snapshot.Index.Count;

        var random = new Random(4);
        var keys = snapshot.Corpus.Resolutions.Select(r => r.Key).ToList();
        var referenceQuestions = Enumerable.Range(0, 64).Select(_ => keys[random.Next(keys.Count)])
            .Select(k => $"What did {k} ask member states to do?").ToArray();
        var sent = TopicQuestions.Select(q => QueriesSent(assistant, q)).ToArray();
        var wideSent = CorpusWideQuestions.Select(q => QueriesSent(assistant, q)).ToArray();
        var warmUp = WarmUp(() =>
        {
            foreach (var question in referenceQuestions.Take(16).Concat(TopicQuestions).Concat(CorpusWideQuestions))
                assistant.Ask(new Question(question));
            foreach (var queries in sent.Concat(wideSent))
            {
                ExactSearches(snapshot.Index, queries);
                CountedSearches(snapshot.Index, queries);
            }
        });
        var reference = LatencyStats.Measure(queryCount, i => assistant.Ask(new Question(referenceQuestions[i % referenceQuestions.Length])));
        var topic = LatencyStats.Measure(queryCount, i => assistant.Ask(new Question(TopicQuestions[i % TopicQuestions.Length])));
        var exact = LatencyStats.Measure(queryCount, i => ExactSearches(snapshot.Index, sent[i % sent.Length]));
        var wideCount = Math.Max(20, queryCount / 10);
        var wide = LatencyStats.Measure(wideCount, i => assistant.Ask(new Question(CorpusWideQuestions[i % CorpusWideQuestions.Length])));
        var wideExact = LatencyStats.Measure(wideCount, i => ExactSearches(snapshot.Index, wideSent[i % wideSent.Length]));
        var wideCounted = LatencyStats.Measure(wideCount, i => CountedSearches(snapshot.Index, wideSent[i % wideSent.Length]));
        var allWords = LatencyStats.Measure(queryCount, i =>
        {
            var question = TopicQuestions[i % TopicQuestions.Length];
            snapshot.Index.AllWordsSearch(question, Knowledge.Understanding.LanguageDetector.Detect(question), 30);
        });
        var matching = sent.Select(queries => queries.Sum(q => snapshot.Index.ExactSearch(q.Query, q.Take)) * 100.0 / indexed).ToArray();

        process.Refresh();
        Console.WriteLine($"open the warm data folder (fresh process): {open.Elapsed.TotalSeconds:F2} s ({(snapshot.FromPersistedModel ? "persisted model, no file read" : "files re-read")}); first answer {first.Elapsed.TotalMilliseconds:F0} ms ({snapshot.Phases}); " +
            $"{openCpu.TotalSeconds:F2} s CPU for the whole process up to then, runtime start included");
        // Phases that ran beside the others (on another core) are not part of the sequence the open waited for.
        var phasesTime = snapshot.Phases.All.Where(p => !p.Phase.StartsWith(LoadPhases.Beside, StringComparison.Ordinal)).Aggregate(constructed.All[0].Took, (sum, p) => sum + p.Took);
        Console.WriteLine($"  {constructed}; the rest of the open (listing the corpus folder, its stamp, the snapshot folders) {(open.Elapsed - phasesTime).TotalMilliseconds:F0} ms");
        Console.WriteLine($"  process start to open: {started.TotalSeconds:F2} s ({startCpu.TotalSeconds:F2} s CPU); process start to first answer: {(started + open.Elapsed + first.Elapsed).TotalSeconds:F2} s; " +
            $"JIT up to the end of open {openJit.Methods:N0} methods in {openJit.Time.TotalSeconds:F2} s, first answer {firstJit.Methods:N0} more in {firstJit.Time.TotalSeconds:F2} s " +
            $"(ReadyToRun code {(IsReadyToRun() ? "in resbot.dll" : "not in resbot.dll: JIT-compiled")}); during open {openGc}");
        Console.WriteLine($"warm-up before timing: {warmUp.Rounds} rounds of every question and query below in {warmUp.Took.TotalSeconds:F1} s, " +
            $"{warmUp.Methods:N0} methods JIT-compiled, until {QuietRounds} rounds in a row, {QuietFor.TotalSeconds:F0} s at least, compiled fewer than {QuietJitMethods} each{(warmUp.Quiet ? "" : $" (not reached in {WarmUpLimit.TotalSeconds:F0} s)")}");
        Console.WriteLine($"reference look-ups  : {reference}");
        Console.WriteLine($"topic questions     : {topic}");
        Console.WriteLine($"exact queries sent  : {exact}");
        Console.WriteLine($"corpus-wide         : {wide}; {wideSent.Sum(s => s.Count) / (double)wideSent.Length:F1} index queries per question");
        Console.WriteLine($"their exact queries : {wideExact}");
        Console.WriteLine($"  as ResBot runs them (best by score, ties in corpus order, counted per resolution): {wideCounted}");
        Console.WriteLine($"all-words BM25      : {allWords}");
        Console.WriteLine($"topic answer / exact queries: p50 {topic.P50 / exact.P50:F2}x, p99 {topic.P99 / exact.P99:F2}x; corpus-wide: p50 {wide.P50 / wideExact.P50:F2}x, p99 {wide.P99 / wideExact.P99:F2}x");
        if (topic.Cpu is { } topicCpu && exact.Cpu is { } exactCpu && wide.Cpu is { } wideCpu && wideExact.Cpu is { } wideExactCpu)
            Console.WriteLine($"  in process CPU time: topic p50 {topicCpu.P50 / exactCpu.P50:F2}x, p99 {topicCpu.P99 / exactCpu.P99:F2}x; corpus-wide p50 {wideCpu.P50 / wideExactCpu.P50:F2}x, p99 {wideCpu.P99 / wideExactCpu.P99:F2}x");
        Console.WriteLine($"paragraphs a topic question's queries match: {string.Join(", ", matching.Select(m => $"{m:F2} %"))}");
        Console.WriteLine($"memory after open: working set {workingSetAfterOpen / (1024 * 1024):N0} MiB, managed heap {heapAfterOpen / (1024 * 1024):N0} MiB; " +
            $"peak working set {process.PeakWorkingSet64 / (1024 * 1024):N0} MiB; managed heap now {GC.GetTotalMemory(forceFullCollection: false) / (1024 * 1024):N0} MiB");
        return 0;
    }

    /// <summary>Warm-up rounds in a row that must each JIT-compile fewer than <see cref="QuietJitMethods"/> methods before timing starts.</summary>
    private const int QuietRounds = 3;

    private const int QuietJitMethods = 3;

    /// <summary>
    /// How long those quiet rounds must last together: the runtime waits 100 ms without new compilations before it
    /// starts counting calls for the next recompilations, and longer when the machine is busy, so a few quick rounds
    /// can be quiet only because the compiler is waiting.
    /// </summary>
    private static readonly TimeSpan QuietFor = TimeSpan.FromSeconds(2);

    /// <summary>The longest warm-up: past it, timing starts anyway (and says so).</summary>
    private static readonly TimeSpan WarmUpLimit = TimeSpan.FromSeconds(120);

    /// <summary>
    /// Runs <paramref name="round"/> until the JIT is quiet. Tiered compilation recompiles each hot method on a
    /// background thread, thousands of them (Lucene's included) over the first thousand or so answers; on two cores
    /// that thread takes a core from the answers, so runs timed before it is done time the compiler, not the answer.
    /// A host pays that once after start (the first answer is timed on its own above); the percentiles are the steady state's.
    /// </summary>
    private static (int Rounds, TimeSpan Took, long Methods, bool Quiet) WarmUp(Action round)
    {
        var took = Stopwatch.StartNew();
        var quietSince = Stopwatch.StartNew();
        var jitted = JitInfo.GetCompiledMethodCount();
        var (rounds, quiet) = (0, 0);
        bool IsQuiet() => quiet >= QuietRounds && quietSince.Elapsed >= QuietFor;
        while (!IsQuiet() && took.Elapsed < WarmUpLimit)
        {
            var before = JitInfo.GetCompiledMethodCount();
            round();
            rounds++;
            if (JitInfo.GetCompiledMethodCount() - before < QuietJitMethods)
            {
                quiet++;
                continue;
            }
            quiet = 0;
            quietSince.Restart();
        }
        return (rounds, took.Elapsed, JitInfo.GetCompiledMethodCount() - jitted, IsQuiet());
    }

    /// <summary>Whether this assembly was published with ReadyToRun code (a build's is IL only, compiled at run time).</summary>
    private static bool IsReadyToRun()
    {
        using var file = File.OpenRead(typeof(BenchCommand).Assembly.Location);
        using var pe = new System.Reflection.PortableExecutable.PEReader(file);
        return pe.PEHeaders.CorHeader?.ManagedNativeHeaderDirectory.Size > 0;
    }

    private static void ExactSearches(ClauseIndex index, List<(ClauseQuery Query, int Take)> queries)
    {
        foreach (var (query, take) in queries)
            index.ExactSearch(query, take);
    }

    /// <summary>The same queries through <see cref="ClauseIndex.SearchCounted"/>: the index's share of a corpus-wide answer, without composing it.</summary>
    private static void CountedSearches(ClauseIndex index, List<(ClauseQuery Query, int Take)> queries)
    {
        foreach (var (query, take) in queries)
            index.SearchCounted(query, take, mostIn: 5);
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

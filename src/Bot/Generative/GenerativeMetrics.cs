using System.Diagnostics.Metrics;

namespace ResBot.Bot.Generative;

/// <summary>The `ResBot.Generative` meter: how often the model answers, why it does not, and what it costs.</summary>
internal sealed class GenerativeMetrics
{
    public const string MeterName = "ResBot.Generative";

    private readonly Counter<long> answersGenerated;
    private readonly Counter<long> answersFallback;
    private readonly Counter<long> citationsRemoved;
    private readonly Counter<long> tokens;
    private readonly Counter<long> translationsFailed;

    public GenerativeMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        answersGenerated = meter.CreateCounter<long>("answers_generated", description: "Answers the model generated, every citation checked.");
        answersFallback = meter.CreateCounter<long>("answers_fallback", description: "Questions answered extractively although a model is configured, by reason.");
        citationsRemoved = meter.CreateCounter<long>("citations_removed", description: "Citations the model made to paragraphs outside the retrieved clauses.");
        translationsFailed = meter.CreateCounter<long>("translations_failed", description: "Clauses left untranslated because the model failed, by reason.");
        tokens = meter.CreateCounter<long>("tokens", unit: "{token}", description: "Tokens the model used, by kind (input, output) and purpose (answer, translation).");
    }

    public void AnswerGenerated() => answersGenerated.Add(1);

    public void Fallback(string reason) => answersFallback.Add(1, new KeyValuePair<string, object?>("reason", reason));

    public void TranslationFailed(string reason) => translationsFailed.Add(1, new KeyValuePair<string, object?>("reason", reason));

    public void CitationsRemoved(int count)
    {
        if (count > 0)
            citationsRemoved.Add(count);
    }

    public void Tokens(ModelUsage? usage, string purpose)
    {
        if (usage is null)
            return;
        tokens.Add(usage.InputTokens, new("kind", "input"), new("purpose", purpose));
        tokens.Add(usage.OutputTokens, new("kind", "output"), new("purpose", purpose));
    }
}

using System.Diagnostics;
using System.Diagnostics.Metrics;
using ResBot.Knowledge.Answers;
using ResBot.Knowledge.Model;

namespace ResBot.Bot.Telemetry;

/// <summary>The `ResBot` meter: every answer given and every message sent, with how long each took.</summary>
public sealed class ResBotMetrics
{
    private readonly Counter<long> answers;
    private readonly Histogram<double> answerDuration;
    private readonly Counter<long> deliveries;
    private readonly Histogram<double> deliveryDuration;

    public ResBotMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(ResBotTelemetry.MeterName);
        answers = meter.CreateCounter<long>("resbot.answers", "{answer}", "Answers given, by channel, request kind, outcome, mode and language.");
        answerDuration = meter.CreateHistogram<double>("resbot.answer.duration", "s", "Time to answer, by channel, request kind, outcome and mode.");
        deliveries = meter.CreateCounter<long>("resbot.deliveries", "{message}", "Messages sent to Teams or Slack, by channel, operation and outcome.");
        deliveryDuration = meter.CreateHistogram<double>("resbot.delivery.duration", "s", "Time to send a message, by channel and operation.");
    }

    public void Answered(string channel, string kind, Answer answer, TimeSpan elapsed)
    {
        var tags = new TagList
        {
            { "channel", channel },
            { "kind", kind },
            { "outcome", answer.Outcome.ToString().ToLowerInvariant() },
            { "mode", answer.Mode.ToString().ToLowerInvariant() },
        };
        answerDuration.Record(elapsed.TotalSeconds, tags);
        tags.Add("language", answer.Language.Code());
        answers.Add(1, tags);
    }

    public void Delivered(string channel, string operation, string outcome, TimeSpan elapsed)
    {
        var tags = new TagList { { "channel", channel }, { "operation", operation } };
        deliveryDuration.Record(elapsed.TotalSeconds, tags);
        tags.Add("outcome", outcome);
        deliveries.Add(1, tags);
    }
}

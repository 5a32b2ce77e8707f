using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using ResBot.Knowledge;
using ResBot.Knowledge.Answers;
using ResBot.Bot.Storage;

namespace ResBot.Bot.Hosting;

public static class KnowledgeServiceExtensions
{
    /// <summary>The knowledge core over the configured corpus and data folders.</summary>
    public static IServiceCollection AddResBotKnowledge(this IServiceCollection services)
    {
        // `Knowledge:ParagraphsInMemory` from configuration; the folders always from `Corpus:Path` and `Data:Path`.
        services.AddOptions<KnowledgeOptions>()
            .BindConfiguration(KnowledgeOptions.Section)
            .Configure<IOptions<CorpusOptions>, IOptions<DataOptions>>((knowledge, corpus, data) =>
            {
                knowledge.CorpusPath = corpus.Value.ResolvedPath;
                knowledge.DataPath = data.Value.ResolvedPath;
            })
            .Validate(knowledge => knowledge.ParagraphsInMemory >= 0, "Knowledge:ParagraphsInMemory must be 0 or more (paragraphs kept in memory).")
            .ValidateOnStart();
        services.TryAddSingleton<KnowledgeBase>();
        services.TryAddSingleton<IResolutionAssistant, ResolutionAssistant>();
        return services;
    }
}

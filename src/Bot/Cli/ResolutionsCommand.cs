using System.CommandLine;
using ResBot.Knowledge;
using ResBot.Knowledge.Answers;
using ResBot.Knowledge.Model;

namespace ResBot.Bot.Cli;

/// <summary>`resbot resolutions [--lang ar|en|fr]`: what is indexed, latest first.</summary>
public static class ResolutionsCommand
{
    public static Command Create()
    {
        var lang = new Option<string?>("--lang") { Description = "Language of the titles (ar, en, fr); default en." };
        var command = new Command("resolutions", "List the indexed resolutions, with their documents and languages.") { lang };
        command.SetAction((parse, _) =>
        {
            var language = LanguageCodes.TryParse(parse.GetValue(lang), out var parsed) ? parsed : Language.En;
            using var host = CliHost.Build(parse);
            var knowledge = host.Services.GetRequiredService<KnowledgeBase>();
            var corpus = knowledge.Corpus;

            foreach (var document in corpus.Documents)
            {
                var versions = string.Join(", ", document.Languages.Select(l => l == document.AuthoritativeLanguage ? $"{l.Code()} (authoritative)" : l.Code()));
                Console.WriteLine($"{document.Symbol}  {document.Body}, session {document.Session}, {document.Dates}  [{versions}]");
            }
            Console.WriteLine();
            foreach (var resolution in corpus.Resolutions)
            {
                var title = resolution.Titles.TryGetValue(language, out var t) ? t : resolution.Titles.Values.First();
                var operative = resolution.Operative.Count();
                Console.WriteLine($"{resolution.Key,-7} {operative,2} operative / {resolution.Paragraphs.Count - operative,2} preambular  {TerminalDirection.Directional(title, language)}");
            }
            foreach (var refused in knowledge.Current.Reports.Where(r => !r.Accepted))
                Console.Error.WriteLine($"refused: {CliText.OneLine(string.Join("; ", refused.Errors))}");
            return Task.FromResult(0);
        });
        return command;
    }
}

namespace ResBot.Bot.Tests.Digests;

/// <summary>A resolution document that is not in the bundled corpus: what "the corpus got something new" looks like.</summary>
public static class NewDocument
{
    public const string FileName = "oic-cfm39-2012-inf-resolutions.en.txt";

    public const string Symbol = "OIC/CFM-39/2012/INF/RES/FINAL";

    public const string ResolutionKey = "39/7";

    public const string Text = """
        ---
        symbol: OIC/CFM-39/2012/INF/RES/FINAL
        body: OIC
        session: 39
        place: Djibouti, Republic of Djibouti
        date: 2012-11-15/2012-11-17
        language: en
        ---

        OIC/CFM-39/2012/INF/RES/FINAL

        RESOLUTION No. 7/39-INF
        ON
        CYBERSECURITY AND THE PROTECTION OF INFORMATION NETWORKS

        The Council of Foreign Ministers, meeting at its Thirty-ninth Session in Djibouti, Republic of Djibouti, from 15 to 17 November 2012,

        Recalling resolution No. 1/38-INF on information affairs;

        1. Calls upon the member States to strengthen their cooperation on cybersecurity and to exchange information on threats to their information networks.

        2. Requests the Secretary-General to submit a report on cybersecurity cooperation among the member States to the Fortieth Session of the Council of Foreign Ministers.

        """;

    public static void AddTo(string corpusPath) => File.WriteAllText(Path.Combine(corpusPath, FileName), Text);
}

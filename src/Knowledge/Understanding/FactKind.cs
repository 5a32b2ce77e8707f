namespace ResBot.Knowledge.Understanding;

/// <summary>The fact a one-fact question asks for: its answer is one sentence of one paragraph.</summary>
public enum FactKind
{
    None,

    /// <summary>"When …?", "On what date …?", "متى …؟", "Quand …?"</summary>
    When,

    /// <summary>"How many …?", "كم …؟", "Combien …?"</summary>
    HowMany,

    /// <summary>"How many resolutions of the Baku session does 38/1 recall?", « combien de résolutions … », "كم عدد القرارات …": the resolutions a clause cites, counted.</summary>
    HowManyResolutions,

    /// <summary>"How much did it cost?", "what is the budget of …?", « combien a coûté … ? », "كم تكلفة …؟": a sum of money.</summary>
    HowMuch,

    /// <summary>"Where …?", "in which city …?", "où s'est tenue …?", "في أي مدينة …؟": a place the clause names.</summary>
    Where,

    /// <summary>"Which countries / member States …?", "ما الدول …؟", "Quels pays …?"</summary>
    WhichCountries,

    /// <summary>"Who …?" otherwise: one holder of the fact, named however the clause names it.</summary>
    Who,

    /// <summary>
    /// "Who chairs COMIAC?", "who is the head of the team?", « qui préside … », "من يرأس …": the clause that names its chair
    /// or head. A clause that only names the body does not say who leads it: no such clause, no answer.
    /// </summary>
    Chair,

    /// <summary>"Who was elected …?", "who presided over the opening?", "I need his name", « qui a été élu », "من انتخب": a person, by name.</summary>
    Name,

    /// <summary>"Who must report …?", "qui doit …", "من المكلف …": the one asked to act, named as the clause's addressee.</summary>
    WhoIsAsked,

    /// <summary>"Which resolution …?": the answer is the cited clause itself.</summary>
    WhichResolution,

    /// <summary>
    /// "What was the 38th session called?", « quel nom portait la session ? », "ما اسم الدورة؟": the name a session
    /// was given, as the clause prints it in brackets ("(Session of Peace, Cooperation and Development)").
    /// </summary>
    SessionName,
}

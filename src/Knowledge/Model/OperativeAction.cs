namespace ResBot.Knowledge.Model;

/// <summary>What an operative paragraph does, normalised across languages ("يدعو", "Calls upon", "Demande" …).</summary>
public enum OperativeAction
{
    None,
    CallsUpon,
    Urges,
    Requests,
    Encourages,
    Commends,
    Welcomes,
    TakesNote,
    Approves,
    Thanks,
    NotesWithAppreciation,
    Invites,
    Decides,
    Condemns,
    Affirms,
    Demands,
    Stresses,
    Expresses,
    Recommends,
    Authorizes,
    Declares,
    Appeals,
    Deplores,
    Supports,

    /// <summary>"Recalling", « Rappelant », "وإذ يستذكر": mostly the preamble's, sometimes an operative clause's ("Recalls its resolution …").</summary>
    Recalls,
}

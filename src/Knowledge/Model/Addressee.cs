namespace ResBot.Knowledge.Model;

/// <summary>Whom a paragraph addresses. Named bodies (IINA, COMIAC …) are listed by their glossary id in <see cref="Paragraph.NamedBodies"/>.</summary>
[Flags]
public enum Addressee
{
    None = 0,
    MemberStates = 1,
    SecretaryGeneral = 2,
    GeneralSecretariat = 4,
    NamedBody = 8,

    /// <summary>The media themselves, as in "calls upon the information and communication media in the member States".</summary>
    Media = 16,
}

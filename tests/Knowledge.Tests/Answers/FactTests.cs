using ResBot.Knowledge.Answers;
using ResBot.Knowledge.Indexing;
using ResBot.Knowledge.Glossary;
using ResBot.Knowledge.Model;
using ResBot.Knowledge.Understanding;

namespace ResBot.Knowledge.Tests.Answers;

/// <summary>
/// One-fact questions point at the words of the quoted clause that state the fact, and the lead states that fact with
/// its citation; the fact is always text of the clause.
/// </summary>
[Collection(BundledCorpusCollection.Name)]
public sealed class FactTests(TestCorpus corpus)
{
    private static readonly FactLocator Locator = new(DomainGlossary.LoadEmbedded(new LanguageAnalyzers()));

    private static string? Fact(FactKind kind, string text, Language language = Language.En) =>
        Locator.Locate(kind, text, language, [], []) is { Fact: { } fact } ? fact.Of(text) : null;

    [Theory]
    [InlineData("When is OIC Day?", FactKind.When)]
    [InlineData("what year was the dsf launched", FactKind.When)]
    [InlineData("qd est la journée de l'oci", FactKind.When)]
    [InlineData("En quelle année le fonds a-t-il été créé ?", FactKind.When)]
    [InlineData("في أي عام أنشئ الصندوق؟", FactKind.When)]
    [InlineData("combien d'ordinateurs ?", FactKind.HowMany)]
    [InlineData("How many resolutions of the Baku session does 38/1 recall?", FactKind.HowManyResolutions)]
    [InlineData("Combien de résolutions la 38/1 cite-t-elle ?", FactKind.HowManyResolutions)]
    [InlineData("كم عدد قرارات دورة باكو التي يذكر بها القرار الأول؟", FactKind.HowManyResolutions)]
    [InlineData("How much did the computer programme cost?", FactKind.HowMuch)]
    [InlineData("What is the budget of OIC-CERT?", FactKind.HowMuch)]
    [InlineData("Combien a coûté le programme ?", FactKind.HowMuch)]
    [InlineData("كم تكلفة البرنامج؟", FactKind.HowMuch)]
    [InlineData("What is the annual budget of the news agency?", FactKind.HowMuch)]
    [InlineData("كم تبلغ ميزانية الوكالة؟", FactKind.HowMuch)]
    [InlineData("ما الدول الأعضاء في اللجنة؟", FactKind.WhichCountries)]
    [InlineData("Which eight countries make up the committee?", FactKind.WhichCountries)]
    [InlineData("whos supposed to report back on the fund", FactKind.WhoIsAsked)]
    [InlineData("Who must report to the next session?", FactKind.WhoIsAsked)]
    [InlineData("Qui doit présenter un rapport ?", FactKind.WhoIsAsked)]
    [InlineData("من المكلف برفع تقرير؟", FactKind.WhoIsAsked)]
    [InlineData("من هي الجهات المطلوب منها دعم السكرتارية؟", FactKind.WhoIsAsked)]
    [InlineData("Who chairs COMIAC?", FactKind.Chair)]
    [InlineData("who is the current head of OIC-CERT", FactKind.Chair)]
    [InlineData("Qui est à la tête de l'Union ?", FactKind.Chair)]
    [InlineData("من يرأس فريق الاستجابة؟", FactKind.Chair)]
    [InlineData("Who was elected chairman of the session?", FactKind.Name)]
    [InlineData("Qui était le Secrétaire général de l'OCI à l'époque ?", FactKind.Name)]
    [InlineData("Who is the Secretary-General asked to report to?", FactKind.Who)]
    [InlineData("Combien de pays ont versé leur contribution ?", FactKind.HowMany)]
    [InlineData("From which budget are the programmes financed?", FactKind.None)]
    [InlineData("whats the date of the day again", FactKind.When)]
    [InlineData("Combien le Maroc a-t-il versé au Fonds ?", FactKind.HowMuch)]
    [InlineData("Qui a présidé la séance d'ouverture ?", FactKind.Name)]
    [InlineData("من انتُخب رئيساً للدورة؟", FactKind.Name)]
    [InlineData("What budget was allocated to the agency?", FactKind.HowMuch)]
    [InlineData("Quel budget a été voté pour l'Union ?", FactKind.HowMuch)]
    [InlineData("ما الميزانية المخصصة للوكالة؟", FactKind.HowMuch)]
    [InlineData("Which resolution gave OIC-CERT its status?", FactKind.WhichResolution)]
    [InlineData("Where was the eighth session of COMIAC held?", FactKind.Where)]
    [InlineData("In which city will the secretariat be set up?", FactKind.Where)]
    [InlineData("Dans quelle ville s'est tenue la réunion ?", FactKind.Where)]
    [InlineData("Où se trouve le secrétariat ?", FactKind.Where)]
    [InlineData("أين انعقدت الدورة الثامنة؟", FactKind.Where)]
    [InlineData("في أي مدينة تنشأ السكرتارية؟", FactKind.Where)]
    // "Where" that asks no place: a place in the text, the state of things.
    [InlineData("Show me the part where they talk about hacking", FactKind.None)]
    [InlineData("Where does the Council appeal to member states to join a body?", FactKind.None)]
    [InlineData("Où en est la restructuration de l'IINA ?", FactKind.None)]
    [InlineData("Where is the Digital Solidarity Fund mentioned?", FactKind.None)]
    [InlineData("أين ورد ذكر يوم المنظمة؟", FactKind.None)]
    [InlineData("What were the Hijri dates of the session?", FactKind.When)]
    [InlineData("Give me the dates of the Astana session.", FactKind.When)]
    [InlineData("À quelles dates la commission s'est-elle réunie ?", FactKind.When)]
    [InlineData("Quelles étaient les dates de la session ?", FactKind.When)]
    [InlineData("ما التواريخ الهجرية للدورة؟", FactKind.When)]
    // Arabic joins "and" to the question word; short and chat forms of "when".
    [InlineData("ومتى تنعقد الدورة القادمة؟", FactKind.When)]
    [InlineData("وأين عقدت الدورة؟", FactKind.Where)]
    [InlineData("date of the committee meeting?", FactKind.When)]
    [InlineData("In which month is the day celebrated?", FactKind.When)]
    [InlineData("ايمتى الاحتفال باليوم؟", FactKind.When)]
    // "Where" that asks for the place in the text, with a verb of saying or of the resolution after it.
    [InlineData("Où est-il question des contributions impayées ?", FactKind.None)]
    [InlineData("Où le Conseil salue-t-il le Secrétaire général ?", FactKind.None)]
    [InlineData("أين يشيد المجلس بالأمين العام؟", FactKind.None)]
    [InlineData("Où le comité s'est-il réuni ?", FactKind.Where)]
    [InlineData("Who is urged to join the fund?", FactKind.WhoIsAsked)]
    [InlineData("Qui est exhorté à adhérer au Fonds ?", FactKind.WhoIsAsked)]
    [InlineData("من يتعين عليه تقديم التقرير؟", FactKind.WhoIsAsked)]
    [InlineData("What's the number of countries on the committee?", FactKind.HowMany)]
    [InlineData("Quel est le nombre de pays du comité ?", FactKind.HowMany)]
    [InlineData("ما عدد الدول في اللجنة؟", FactKind.HowMany)]
    [InlineData("In which country was the session held?", FactKind.Where)]
    [InlineData("Where's the secretariat?", FactKind.Where)]
    [InlineData("La session s'est tenue où ?", FactKind.Where)]
    [InlineData("في أي بلد عقدت الدورة؟", FactKind.Where)]
    [InlineData("What did 38/4 ask member states to do?", FactKind.None)]
    // The name of a session; "called upon" names none.
    [InlineData("What was the name given to the Thirty-fifth Session?", FactKind.SessionName)]
    [InlineData("What was the Kampala session called?", FactKind.SessionName)]
    [InlineData("Comment s'appelait la 38e session ?", FactKind.SessionName)]
    [InlineData("Quel nom portait le sommet de Dakar ?", FactKind.SessionName)]
    [InlineData("ما الاسم الذي حملته الدورة؟", FactKind.SessionName)]
    [InlineData("ما اسم دورة القمة الحادية عشرة؟", FactKind.SessionName)]
    [InlineData("Which session called upon member states to join the fund?", FactKind.None)]
    // Countries asked for by name, in more forms; « les pays » alone asks what, not which.
    [InlineData("Which OIC member states sit on the committee?", FactKind.WhichCountries)]
    [InlineData("list the countries on the committee", FactKind.WhichCountries)]
    [InlineData("Quels sont les pays du comité ?", FactKind.WhichCountries)]
    [InlineData("c qui les pays du comité", FactKind.WhichCountries)]
    [InlineData("اذكر الدول الأعضاء في اللجنة", FactKind.WhichCountries)]
    [InlineData("Qu'est-ce que la résolution demande à tous les pays ?", FactKind.None)]
    [InlineData("What are member states asked to do?", FactKind.None)]
    public void The_question_words_say_which_fact_is_asked(string question, FactKind kind) =>
        Assert.Equal(kind, FactCue.Read(question));

    [Theory]
    [InlineData(FactKind.When, "Decides to hold the forum every year (which falls on 12 March) in the capital.", "12 March")]
    [InlineData(FactKind.When, "Recalling the meeting held in Rabat on 20 and 21 Rajab 1430 H (13 and 14 July 2009);", "13 and 14 July 2009")]
    [InlineData(FactKind.When, "Notes the plan adopted in 2009 by the committee.", "2009")]
    [InlineData(FactKind.HowMany, "Recalling the meeting of 3 and 4 May 2010 attended by experts from twelve member States;", "twelve member States")]
    [InlineData(FactKind.HowMany, "Welcomes the pledge of 5,000 scholarships for the students of the 39th session.", "5,000 scholarships")]
    [InlineData(FactKind.WhichCountries, "Welcomes the committee (composed of Mali, Oman, Qatar and Chad) and its work.", "Mali, Oman, Qatar and Chad")]
    [InlineData(FactKind.HowMuch, "Welcomes the pledge of 5 million dollars to the fund.", "5 million dollars")]
    [InlineData(FactKind.HowMuch, "Welcomes the pledge of US$ 250,000 to the fund.", "US$ 250,000")]
    [InlineData(FactKind.WhoIsAsked, "Requests the Secretary-General to follow up this resolution and report to the next session.", "the Secretary-General")]
    [InlineData(FactKind.Name, "Thanks His Excellency President Amadou Diallo, President of the Republic, for chairing the committee.", "His Excellency President Amadou Diallo")]
    [InlineData(FactKind.Name, "Welcomes the report presented by H.E. Mr. Karim Haddad on the forum.", "H.E. Mr. Karim Haddad")]
    [InlineData(FactKind.SessionName, "Recalling its 35th Session (Session of Unity and Progress) held in Bamako;", "Session of Unity and Progress")]
    public void The_fact_is_the_words_that_state_it(FactKind kind, string text, string fact) =>
        Assert.Equal(fact, Fact(kind, text));

    // A colon inside brackets ends no sentence: the session's name and where it met stay in one.
    [Theory]
    [InlineData("The Council, meeting at its 9th session (Session: Unity and Progress) in Rabat;", 1)]
    [InlineData("إن المجلس، المنعقد في دورته التاسعة (دورة: الوحدة والتقدم) في الرباط؛", 1)]
    [InlineData("Notes the following: the plan is adopted.", 2)]
    // French puts a space before « ; » and « : ».
    [InlineData("Réuni à Rabat (12 mars 2009) ; rappelant la session tenue le 3 mai 2010 ;", 2)]
    public void Sentences_end_at_stops_outside_brackets(string text, int sentences) =>
        Assert.Equal(sentences, ClauseSentences.Split(text).Count);

    [Theory]
    [InlineData(FactKind.When, "Demande aux États membres de célébrer la journée (qui tombe le 12 mars) chaque année.", Language.Fr, "12 mars")]
    [InlineData(FactKind.HowMany, "Rappelant la réunion avec des experts de douze États membres ;", Language.Fr, "douze États membres")]
    [InlineData(FactKind.WhichCountries, "Se félicite du comité (composé du Mali, de l'Oman, du Qatar et du Tchad).", Language.Fr, "Mali, de l'Oman, du Qatar et du Tchad")]
    [InlineData(FactKind.When, "يدعو الدول الأعضاء إلى إحياء اليوم سنوياً (الذي يوافق يوم 12 مارس).", Language.Ar, "12 مارس")]
    [InlineData(FactKind.WhoIsAsked, "يطلب من الأمين العام متابعة تنفيذ هذا القرار.", Language.Ar, "الأمين العام")]
    [InlineData(FactKind.Where, "Rappelant la réunion tenue à Rabat les 13 et 14 juillet 2009 ;", Language.Fr, "Rabat")]
    [InlineData(FactKind.Name, "Remercie Son Excellence le Président Amadou Diallo pour sa présidence du comité.", Language.Fr, "Son Excellence le Président Amadou Diallo")]
    [InlineData(FactKind.Name, "يشكر فخامة الرئيس أمادو ديالو، رئيس الجمهورية، على رئاسته للجنة.", Language.Ar, "فخامة الرئيس أمادو ديالو")]
    // The city carries its preposition as a prefix ("in Dakar").
    [InlineData(FactKind.Where, "يرحب بإنشاء سكرتارية وطنية دائمة بدكار لمتابعة أنشطة اللجنة.", Language.Ar, "دكار")]
    public void Facts_are_found_in_french_and_arabic_clauses(FactKind kind, string text, Language language, string fact) =>
        Assert.Equal(fact, Fact(kind, text, language));

    [Theory]
    [InlineData(FactKind.When, "Calls upon the member States to support the agency.")]
    [InlineData(FactKind.HowMany, "Recalling the meeting held on 14 and 15 January 2009 in the 38th session;")]
    [InlineData(FactKind.WhichCountries, "Commends Mali for its efforts.")]
    [InlineData(FactKind.Where, "Calls upon the member States to support the secretariat.")]
    [InlineData(FactKind.WhoIsAsked, "Takes note of the report on the activities of the agency, submitted by the Secretary-General.")]
    [InlineData(FactKind.WhichResolution, "Requests the Secretary-General to report.")]
    // A role is not a name.
    [InlineData(FactKind.Name, "Thanks His Excellency the President of the Republic for chairing the committee.")]
    [InlineData(FactKind.Name, "يطلب من السيد الأمين العام متابعة تنفيذ هذا القرار.")]
    // A count of things is not a sum of money.
    [InlineData(FactKind.HowMuch, "Urges the fund to provide 100,000 computers to the least developed member States.")]
    // Numbers that name rather than count: a paragraph with its item, a paragraph number, an ordinal written out,
    // the days of a Hijri date as English and French texts spell the months, what follows an Arabic ordinal.
    [InlineData(FactKind.HowMany, "Guided by the resolutions of that session, in particular paragraph 17(f) on the digital divide;")]
    [InlineData(FactKind.HowMany, "Based on paragraphs 170 and 171 of the final communiqué;")]
    [InlineData(FactKind.HowMany, "Le Conseil, réuni en sa trente-huitième session ;")]
    [InlineData(FactKind.HowMany, "Recalling the meeting held on 22 to 24 Shawwal 1427 H;")]
    [InlineData(FactKind.HowMany, "Rappelant la réunion tenue les 20 et 21 Chaabane 1427 H ;")]
    [InlineData(FactKind.HowMany, "Recalling the meeting held on 26 to 28 Rabi' al-Thani 1425 H;")]
    [InlineData(FactKind.HowMany, "وإذ يستند إلى البيان الختامي للدورة الحادية عشرة لمؤتمر القمة؛")]
    public void A_clause_without_such_a_fact_points_at_nothing(FactKind kind, string text) =>
        Assert.Null(Fact(kind, text));

    // A session's place named beside its number ("… réunie à Astana") still asks that session's dates: its four opening paragraphs.
    [Fact]
    public void A_session_s_date_asked_with_its_place_is_read_from_its_opening_paragraphs()
    {
        var answer = corpus.Assistant.Ask(new Question("À quelles dates de l'hégire la trente-huitième session s'est-elle réunie à Astana ?"));

        Assert.Equal(["38/1", "38/2", "38/3", "38/4"], answer.Clauses.Select(c => c.Citation.Resolution).Order());
        Assert.All(answer.Clauses, c => Assert.Equal("PP1", c.Citation.Paragraph));
        Assert.StartsWith("24 au 26 Rajab 1432 H", answer.Lead);
    }

    // Only the three clauses citing 31/13-P name the thirty-first session, held in Istanbul; no word of the question
    // but the session's is in them, and another clause on a meeting (Riyadh's) must not answer for it.
    [Theory]
    [InlineData("In which city did the thirty-first session of the Islamic Conference of Foreign Ministers meet?", "Istanbul")]
    [InlineData("Dans quelle ville s'est réunie la trente et unième session de la Conférence islamique des ministres des Affaires étrangères ?", "Istanbul")]
    public void A_session_asked_by_its_number_is_answered_by_the_clauses_naming_it(string question, string place)
    {
        var answer = corpus.Assistant.Ask(new Question(question));

        Assert.Equal(["38/1:PP13", "38/3:PP10", "38/4:PP8"], answer.Clauses.Select(c => $"{c.Citation.Resolution}:{c.Citation.Paragraph}").Order());
        Assert.StartsWith(place, answer.Lead);
    }

    // 38/1 PP8 recalls three resolutions of the Baku session: the lead counts them, in each language's plural.
    [Theory]
    [InlineData("How many resolutions of the Baku session does 38/1 recall?", "3 resolutions (33/1-INF, 33/2-INF, 33/3-INF), according to 38/1 ¶PP8")]
    [InlineData("كم عدد قرارات دورة باكو التي يذكّر بها القرار الأول؟", "3 قرارات (33/1-إع، 33/2-إع، 33/3 - إع)، بحسب 38/1 ¶PP8")]
    public void Resolutions_counted_are_those_the_clause_cites(string question, string lead)
    {
        var answer = corpus.Assistant.Ask(new Question(question));

        var clause = Assert.Single(answer.Clauses);
        Assert.Equal(("38/1", "PP8"), (clause.Citation.Resolution, clause.Citation.Paragraph));
        Assert.StartsWith(lead, answer.Lead.TrimStart('\u200f'));
    }

    // Two clauses date the Kampala session; only one gives its Hijri dates.
    [Theory]
    [InlineData("What were the Hijri dates of the Kampala session?")]
    [InlineData("À quelles dates de l'hégire s'est tenue la session du Conseil à Kampala ?")]
    public void A_hijri_date_asked_is_answered_by_the_clause_that_gives_it(string question)
    {
        var clause = Assert.Single(corpus.Assistant.Ask(new Question(question)).Clauses);

        Assert.Equal(("38/3", "PP3"), (clause.Citation.Resolution, clause.Citation.Paragraph));
    }

    // Of two meetings one sentence dates, the question's year picks the one whose place or date is asked: the second
    // names no place, and the first's is not its.
    [Theory]
    [InlineData(FactKind.Where, "2009", "Rabat")]
    [InlineData(FactKind.Where, "2010", null)]
    [InlineData(FactKind.When, "2010", "3 and 4 December 2010")]
    public void The_year_a_question_names_picks_the_meeting_a_sentence_dates(FactKind kind, string year, string? fact)
    {
        const string text = "Takes note of the reform adopted by the conference held in Rabat on 5 and 6 May 2009 and by the council held on 3 and 4 December 2010.";

        var located = Locator.Locate(kind, text, Language.En, [], [], numbers: [year]);

        Assert.Equal(fact, located is { Fact: { } span } ? span.Of(text) : null);
    }

    [Theory]
    [InlineData("Welcomes the committee (composed of Mali, Oman, Qatar and Chad) and its work.", "Mali, Oman, Qatar and Chad")]
    [InlineData("Se félicite du comité (composé du Mali, de l'Oman, du Qatar et du Tchad).", "Mali, de l'Oman, du Qatar et du Tchad")]
    public void How_many_is_answered_by_the_list_that_names_them_when_no_number_counts_them(string text, string fact) =>
        Assert.Equal(fact, Fact(FactKind.HowMany, text, text.StartsWith("Se ") ? Language.Fr : Language.En));

    [Theory]
    [InlineData("How much money have member states put into the Digital Solidarity Fund?")]
    [InlineData("How much did the computer programme cost?")]
    [InlineData("Combien a coûté le programme d'ordinateurs ?")]
    [InlineData("Combien les États membres ont-ils versé à l'Agence internationale de presse islamique ?")]
    [InlineData("Where is the headquarters of the Digital Solidarity Fund?")]
    // "sixteen member States" took part in a meeting on the team; no clause says how many have joined it.
    [InlineData("How many countries have joined OIC-CERT so far?")]
    [InlineData("Combien de pays ont déjà adhéré à l'OIC-CERT ?")]
    // No clause names who heads the team.
    [InlineData("Who heads OIC-CERT?")]
    [InlineData("من يرأس فريق الاستجابة للطوارئ الحاسوبية حالياً؟")]
    [InlineData("What budget was allocated to the ISBU for 2013?")]
    [InlineData("Quel budget a été voté pour l'UROI ?")]
    [InlineData("ما الميزانية المخصصة لوكالة الأنباء الإسلامية الدولية؟")]
    // No clause names the Secretary-General it commends, nor who chaired the session.
    [InlineData("Who was the Secretary-General the Council commended? I need his name.")]
    [InlineData("Qui a été élu président de la session d'Astana ?")]
    [InlineData("من ترأس الجلسة الافتتاحية لدورة أستانة؟")]
    [InlineData("Comment s'appelle le Secrétaire général qui a soumis le rapport ?")]
    public void A_fact_question_the_clauses_do_not_answer_is_not_found(string question)
    {
        var answer = corpus.Assistant.Ask(new Question(question));

        Assert.Equal(AnswerOutcome.NotFound, answer.Outcome);
        Assert.Empty(answer.Clauses);
    }

    [Theory]
    [InlineData("When is OIC Day celebrated?", "25 September, according to 38/1 ¶E.1", "25 September")]
    [InlineData("Quelle est la date de la Journée de l'OCI ?", "25 septembre, selon 38/1 ¶E.1", "25 septembre")]
    [InlineData("في أي تاريخ يُحتفل بيوم المنظمة؟", "25 سبتمبر، بحسب 38/1 ¶E.1", "25 سبتمبر")]
    [InlineData("How many computers is the programme for the least developed member countries supposed to provide?", "100,000 computers, according to 38/3 ¶3", "100,000 computers")]
    [InlineData("Who is asked to report to the 39th session on 38/3?", "the Secretary-General, according to 38/3 ¶4", "the Secretary-General")]
    [InlineData("في أي مدينة تنشأ السكرتارية الوطنية الدائمة لمتابعة أنشطة كومياك؟", "داركار، بحسب 38/1 ¶D.1", "داركار")]
    // A session the corpus holds no resolution of, cited by two that it holds: when it met is still answered.
    [InlineData("في أي تاريخ انعقدت الدورة الخامسة والثلاثون لمجلس وزراء الخارجية في كمبالا؟", "18 إلى 20 يونيو 2008، بحسب 38/4 ¶PP5", "18 إلى 20 يونيو 2008")]
    [InlineData("When was the 35th session of the Council of Foreign Ministers held in Kampala?", "18 to 20 June 2008, according to 38/4 ¶PP5", "18 to 20 June 2008")]
    [InlineData("Dans quelle ville s'est tenue la réunion de janvier 2009 sur l'équipe d'intervention d'urgence en informatique ?", "Kuala Lumpur, selon 38/4 ¶PP4", "Kuala Lumpur")]
    [InlineData("What is the name of the president thanked for chairing COMIAC?", "His Excellency President Abdoulaye Wade, according to 38/1 ¶D.2", "His Excellency President Abdoulaye Wade")]
    [InlineData("ما اسم الرئيس الذي يرأس كومياك؟", "فخامة الرئيس عبد الله واد، بحسب 38/1 ¶D.2", "فخامة الرئيس عبد الله واد")]
    // A session's name, place and date, stated by every opening paragraph of its resolutions.
    [InlineData("What name was given to the Thirty-eighth Session of the Council of Foreign Ministers?", "Session of Peace, Cooperation and Development, according to 38/1 ¶PP1 (4 preambular paragraphs)", "Session of Peace, Cooperation and Development")]
    [InlineData("ما هو الاسم الذي حملته الدورة الثامنة والثلاثون لمجلس وزراء الخارجية؟", "دورة: السلام والتعاون والتطور، بحسب 38/1 ¶PP1", "دورة: السلام والتعاون والتطور")]
    [InlineData("Comment s'appelait la 38e session ?", "Session de la paix, de la coopération et du développement, selon 38/1 ¶PP1", "Session de la paix, de la coopération et du développement")]
    [InlineData("أين انعقدت الدورة الثامنة والثلاثون؟", "أستانة، بحسب", "أستانة")]
    // The Hijri date when the Hijri date is asked.
    [InlineData("What were the Hijri dates of the 38th session of the Council of Foreign Ministers in Astana?", "24 to 26 Rajab 1432 H, according to 38/1 ¶PP1", "24 to 26 Rajab 1432 H")]
    [InlineData("ما التاريخ الهجري لانعقاد الدورة الثامنة والثلاثين؟", "24 إلى 26 رجب 1432هـ، بحسب", "24 إلى 26 رجب 1432هـ")]
    // A number in several words is one number: sixteen, not ten; a hundred thousand, not a thousand.
    [InlineData("كم دولة عضواً شارك خبراؤها في اجتماع كوالالمبور في يناير ٢٠٠٩؟", "ست عشرة دولة عضوا، بحسب 38/4 ¶PP4", "ست عشرة دولة عضوا")]
    [InlineData("كم حاسوباً يُقترح توفيرها لصالح الدول الأعضاء الأقل نمواً؟", "100 ألف حاسوب، بحسب 38/3 ¶3", "100 ألف حاسوب")]
    // A session the corpus holds no resolution of: where it met is read from the clauses citing its resolutions.
    [InlineData("Dans quelle ville s'est réunie la 36e session du Conseil des ministres des Affaires étrangères ?", "Damas, selon 38/4 ¶PP3", "Damas")]
    // Another body's general assembly is no UN body.
    [InlineData("And the broadcasters' union: when did its general assembly meet to sign off on the restructuring?", "27 and 28 January 2009, according to 38/1 ¶B.1", "27 and 28 January 2009")]
    [InlineData("Dans quelle ville est installé le secrétariat national permanent qui suit les travaux du COMIAC ?", "Dakar, selon 38/1 ¶D.1", "Dakar")]
    // The dates of the session asked, not those of the session whose resolution recalls it, in the same paragraph.
    [InlineData("Quand s'est tenue la neuvième session du COMIAC ?", "11 au 13 octobre 2010, selon 38/2", "11 au 13 octobre 2010")]
    // The member States counted or listed are no addressee: the list of the committee answers.
    [InlineData("كم عدد الدول الأعضاء في اللجنة؟", "8 دول (المملكة العربية السعودية", "المملكة العربية السعودية، وجمهورية تركيا، والجمهورية الإسلامية الإيرانية، وجمهورية مصر العربية، وماليزيا، وجمهورية السنغال، والجمهورية العربية السورية، والمملكة المغربية")]
    [InlineData("Combien d'États membres compte le comité ?", "8 pays (Royaume d'Arabie saoudite", "Royaume d'Arabie saoudite, de la République de Turquie, de la République islamique d'Iran, de la République arabe d'Égypte, de la Malaisie, de la République du Sénégal, de la République arabe syrienne et du Royaume du Maroc")]
    [InlineData("Which member states sit on the committee?", "the Kingdom of Saudi Arabia, the Republic of Turkey", "the Kingdom of Saudi Arabia, the Republic of Turkey, the Islamic Republic of Iran, the Arab Republic of Egypt, Malaysia, the Republic of Senegal, the Syrian Arab Republic and the Kingdom of Morocco")]
    [InlineData("How many countries are on the committee?", "8 countries (the Kingdom of Saudi Arabia, the Republic of Turkey,", "the Kingdom of Saudi Arabia, the Republic of Turkey, the Islamic Republic of Iran, the Arab Republic of Egypt, Malaysia, the Republic of Senegal, the Syrian Arab Republic and the Kingdom of Morocco")]
    [InlineData("كم عدد الدول في اللجنة؟", "8 دول (المملكة العربية السعودية، وجمهورية تركيا،", "المملكة العربية السعودية، وجمهورية تركيا، والجمهورية الإسلامية الإيرانية، وجمهورية مصر العربية، وماليزيا، وجمهورية السنغال، والجمهورية العربية السورية، والمملكة المغربية")]
    [InlineData("Combien de pays composent le comité créé par la septième conférence des ministres de l'Information ?", "8 pays (Royaume d'Arabie saoudite, de la République de Turquie", "Royaume d'Arabie saoudite, de la République de Turquie, de la République islamique d'Iran, de la République arabe d'Égypte, de la Malaisie, de la République du Sénégal, de la République arabe syrienne et du Royaume du Maroc")]
    public void A_one_fact_answer_leads_with_the_fact_and_highlights_it_in_the_quote(string question, string lead, string fact)
    {
        var answer = corpus.Assistant.Ask(new Question(question));

        Assert.Equal(AnswerOutcome.Found, answer.Outcome);
        Assert.StartsWith(lead, answer.Lead.TrimStart('\u200F'));
        var clause = answer.Clauses[0];
        var highlight = Assert.Single(clause.Highlights);
        Assert.Equal(fact, highlight.Of(clause.Text));
    }

    [Fact]
    public void The_days_a_session_met_are_not_the_year_its_follow_up_committee_meets()
    {
        var answer = corpus.Assistant.Ask(new Question("On what dates was the Eighth Session of the Islamic Conference of Information Ministers held?"));

        Assert.Equal(AnswerOutcome.Found, answer.Outcome);
        Assert.DoesNotContain(answer.Clauses, c => (c.Citation.Resolution, c.Citation.Paragraph) == ("38/1", "C.2"));
        Assert.Contains(answer.Clauses, c => c.Text.Contains("27 and 28 January 2009"));
    }

    [Fact]
    public void Which_countries_is_answered_by_the_clause_that_lists_them_not_one_that_only_names_the_committee()
    {
        var answer = corpus.Assistant.Ask(new Question("Which eight countries make up the committee set up by the seventh session of the information ministers' conference?"));

        var clause = Assert.Single(answer.Clauses);
        Assert.Equal(("38/1", "C.1"), (clause.Citation.Resolution, clause.Citation.Paragraph));
    }

    [Fact]
    public void Every_highlight_lies_inside_its_quote_and_every_fact_lead_quotes_a_highlight()
    {
        foreach (var question in new[] { "When was the Digital Solidarity Fund launched?", "Combien d'États membres ont envoyé des experts à la réunion de Kuala Lumpur ?", "مين الدول اللي بلجنة الاعلام الخارجي", "Which countries sit on the committee for outreach to the external media?" })
        {
            var answer = corpus.Assistant.Ask(new Question(question));
            var highlighted = answer.Clauses.SelectMany(c => c.Highlights.Select(h => (c.Text, h))).ToList();
            Assert.NotEmpty(highlighted);
            Assert.All(highlighted, x => Assert.InRange(x.h.End, x.h.Length, x.Text.Length));
            Assert.Contains(highlighted, x => answer.Lead.Contains(x.h.Of(x.Text)));
        }
    }

    [Fact]
    public void Questions_that_ask_no_fact_highlight_nothing()
    {
        var answer = corpus.Assistant.Ask(new Question("What did 38/4 ask member states to do?"));
        Assert.All(answer.Clauses, c => Assert.Empty(c.Highlights));
    }
}

using ResBot.Knowledge.Answers;
using ResBot.Knowledge.Model;

namespace ResBot.Knowledge.Tests.Answers;

[Collection(BundledCorpusCollection.Name)]
public sealed class AskTests(TestCorpus corpus)
{
    private Answer Ask(string question, Language? prior = null) => corpus.Assistant.Ask(new Question(question, prior));

    [Theory]
    [InlineData("What does the preamble of 38/3 recall?", "Recall")]
    [InlineData("Que rappelle le préambule de la résolution 38/3 ?", "Rappel")]
    [InlineData("ما الذي تستذكره ديباجة القرار 38/3؟", "يستذكر")]
    [InlineData("What does 38/3 recall?", "Recall")]
    public void What_a_preamble_recalls_is_its_recalling_paragraphs_not_the_whole_preamble(string question, string verb)
    {
        var preamble = corpus.Assistant.Resolutions.Single(r => r.Key == "38/3").Paragraphs.Count(p => p.Kind == ParagraphKind.Preambular);

        var answer = Ask(question);

        Assert.Equal(AnswerOutcome.Found, answer.Outcome);
        Assert.InRange(answer.Clauses.Count, 1, preamble - 1);
        Assert.All(answer.Clauses, c =>
        {
            Assert.Equal(ParagraphKind.Preambular, c.Citation.Kind);
            Assert.Contains(verb, string.Join(' ', c.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(3)), StringComparison.OrdinalIgnoreCase);
        });
    }

    [Theory]
    [InlineData("wat does 38/2 do")]
    [InlineData("wut does 38/2 say")]
    [InlineData("kel est le texte de la 38/2")]
    public void Question_words_typed_as_in_a_chat_do_not_become_topic_words(string question)
    {
        var operative = corpus.Assistant.Resolutions.Single(r => r.Key == "38/2").Operative.Select(p => p.Key).ToList();

        var answer = Ask(question);

        Assert.Equal(AnswerOutcome.Found, answer.Outcome);
        Assert.Equal(operative, answer.Clauses.Select(c => c.Citation.Paragraph));
    }

    [Theory]
    [InlineData("Did the Council thank anyone?")]
    [InlineData("Le Conseil a-t-il remercié quelqu'un ?")]
    [InlineData("هل شكر المجلس أحدا؟")]
    public void Thanking_anyone_is_answered_by_the_clauses_that_thank(string question)
    {
        var thanking = corpus.Assistant.Resolutions.SelectMany(r => r.Operative.Where(p => p.Action == OperativeAction.Thanks).Select(p => $"{r.Key}:{p.Key}")).ToList();

        var answer = Ask(question);

        Assert.NotEmpty(thanking);
        Assert.Equal(thanking, answer.Clauses.Select(c => $"{c.Citation.Resolution}:{c.Citation.Paragraph}"));
    }

    [Theory]
    // A number the question writes picks the clause that writes it.
    [InlineData("what did they say about oic day on 25 september", "38/1", "E.1")]
    [InlineData("ils ont dit quoi sur la journée de l'OCI du 25 septembre", "38/1", "E.1")]
    [InlineData("شو قالو عن يوم المنظمه اللي ب 25 سبتمبر", "38/1", "E.1")]
    // Those who have not joined are asked by the clause that says "not", not by the one on those who have.
    [InlineData("What does 38/4 ask of the states that have not yet joined OIC-CERT?", "38/4", "6")]
    [InlineData("Que demande la résolution 38/4 aux États qui n'ont pas encore adhéré à l'OIC-CERT ?", "38/4", "6")]
    [InlineData("ماذا يطلب القرار 38/4 من الدول التي لم تنضم إلى OIC-CERT؟", "38/4", "6")]
    // The follow-up clause every resolution repeats answers for the resolution whose title names the question's term.
    [InlineData("Who is to report back on the Digital Solidarity Fund at the next session?", "38/3", "4")]
    [InlineData("qui fait rapport sur l'OIC-CERT à la 39e session ?", "38/4", "8")]
    public void A_detail_the_question_names_keeps_only_the_clause_that_states_it(string question, string resolution, string paragraph)
    {
        var answer = Ask(question);

        Assert.Equal(AnswerOutcome.Found, answer.Outcome);
        var clause = Assert.Single(answer.Clauses);
        Assert.Equal((resolution, paragraph), (clause.Citation.Resolution, clause.Citation.Paragraph));
    }

    [Theory]
    [InlineData("What does the Council want done about the distorted image of Islam?")]
    [InlineData("What does the Council call for on the distorted image of Islam?")]
    [InlineData("What is asked about the distorted image of Islam?")]
    public void What_is_asked_on_a_topic_of_no_one_in_particular_is_answered_by_the_clauses_on_it_when_none_directs(string question)
    {
        var answer = Ask(question);

        Assert.Equal(AnswerOutcome.Found, answer.Outcome);
        Assert.Contains(answer.Clauses, c => c.Citation.Resolution == "38/1" && c.Citation.Paragraph == "C.1");
    }

    [Theory]
    [InlineData("What did 38/4 ask member states to do?", Language.En)]
    [InlineData("ماذا طلب القرار 38/4 من الدول الأعضاء؟", Language.Ar)]
    [InlineData("que demande la résolution 38/4 aux États membres ?", Language.Fr)]
    [InlineData("What did resolution No. 4/38-INF ask of member States?", Language.En)]
    public void What_a_resolution_asked_of_member_states_is_all_and_only_its_paragraphs_addressing_them(string question, Language language)
    {
        var answer = Ask(question);

        Assert.Equal(AnswerOutcome.Found, answer.Outcome);
        Assert.Equal(language, answer.Language);
        Assert.Equal(["5", "6", "7"], answer.Clauses.Select(c => c.Citation.Paragraph));
        Assert.All(answer.Clauses, c =>
        {
            Assert.Equal("38/4", c.Citation.Resolution);
            Assert.Equal("OIC/CFM-38/2011/INF/RES/FINAL", c.Citation.Document);
            Assert.Equal(ParagraphKind.Operative, c.Citation.Kind);
            Assert.Equal(language, c.TextLanguage);
        });
    }

    [Theory]
    [InlineData(Language.Fr, "Encourage")]
    [InlineData(Language.Ar, "يشجع")]
    public void A_forced_language_changes_the_answer_language_not_how_the_question_is_read(Language forced, string opening)
    {
        var answer = corpus.Assistant.Ask(new Question("What did 38/4 ask member states to do?", ForcedLanguage: forced));

        Assert.Equal(forced, answer.Language);
        Assert.Equal(["5", "6", "7"], answer.Clauses.Select(c => c.Citation.Paragraph));
        Assert.StartsWith(opening, answer.Clauses[0].Text);
    }

    [Fact]
    public void Search_reads_the_query_in_its_own_language_and_quotes_in_the_callers()
    {
        var clauses = corpus.Assistant.Search("Digital Solidarity Fund", Language.Ar, 0, 5);
        Assert.NotEmpty(clauses);
        Assert.All(clauses, c => Assert.Equal(Language.Ar, c.TextLanguage));
        Assert.Contains(clauses, c => c.Citation.Resolution == "38/3");
    }

    [Fact]
    public void Search_ranks_the_clauses_that_write_a_term_out_first_and_says_how_each_writes_it()
    {
        var clauses = corpus.Assistant.Search("OIC-CERT", Language.En, 0, 5);
        Assert.Equal(["5", "6"], clauses.Take(2).Select(c => c.Citation.Paragraph));
        Assert.All(clauses.Take(2), c => Assert.Contains(c.Match!, c.Text));

        // From an Arabic client, the same term is found and each Arabic clause says where it names the team.
        var arabic = corpus.Assistant.Search("OIC-CERT", Language.Ar, 0, 5);
        Assert.Equal("5", arabic[0].Citation.Paragraph);
        Assert.All(arabic, c => Assert.Equal(Language.Ar, c.TextLanguage));
        Assert.All(arabic.Where(c => c.Match is not null), c => Assert.Contains(c.Match!, c.Text));
        Assert.NotNull(arabic[0].Match);
    }

    [Fact]
    public void English_quotes_are_flagged_as_unofficial_translations_and_arabic_as_authoritative()
    {
        var english = Ask("What did 38/4 ask member states to do?");
        Assert.All(english.Clauses, c => Assert.False(c.IsAuthoritative));
        Assert.Contains(english.Notes, n => n.Contains("unofficial translation"));

        var arabic = Ask("ماذا طلب القرار 38/4 من الدول الأعضاء؟");
        Assert.All(arabic.Clauses, c => Assert.True(c.IsAuthoritative));
        Assert.Empty(arabic.Notes);
    }

    [Fact]
    public void Every_quoted_clause_is_the_cited_paragraph_word_for_word()
    {
        var questions = new[]
        {
            "What did 38/4 ask member states to do?", "OIC-CERT", "Digital Solidarity Fund", "كومياك", "Journée de l'OCI",
            "What was the Secretary-General asked to do?", "38/1", "paragraph 6 of 38/4", "E.3 of 38/1", "إينا وإسبو",
        };
        foreach (var question in questions)
        {
            foreach (var clause in Ask(question).Clauses)
            {
                var resolution = corpus.Knowledge.Corpus.FindResolution(clause.Citation.Resolution)!;
                var paragraph = resolution.FindParagraph(clause.Citation.Paragraph)!;
                Assert.Equal(paragraph.Texts[clause.TextLanguage], clause.Text);
                Assert.Equal(resolution.DocumentSymbol, clause.Citation.Document);
            }
        }
    }

    [Theory]
    [InlineData("Show me paragraph 6 of resolution 4/38-INF", "38/4", "6")]
    [InlineData("ما نص الفقرة 6 من القرار ٣٨/٤؟", "38/4", "6")]
    [InlineData("Que dit le paragraphe E.3 de la résolution 38/1 ?", "38/1", "E.3")]
    [InlineData("اعرض الفقرة 3 من البند (هـ) في القرار 38/1", "38/1", "E.3")]
    public void A_paragraph_reference_quotes_exactly_that_paragraph(string question, string resolution, string paragraph)
    {
        var clause = Assert.Single(Ask(question).Clauses);
        Assert.Equal((resolution, paragraph), (clause.Citation.Resolution, clause.Citation.Paragraph));
    }

    // Viruses and hacking both name cyber security, which five clauses of 38/4 are tagged with: the one that writes
    // both words (PP6, on the threats) answers, not the others on cyber security.
    [Theory]
    [InlineData("jpeux savoir ce ke dit la reso sur les virus et le piratage stp")]
    [InlineData("ماذا يقول القرار عن الفيروسات والقرصنة؟")]
    public void A_term_named_two_ways_is_answered_by_the_clause_writing_both(string question)
    {
        var clause = Assert.Single(Ask(question).Clauses);

        Assert.Equal(("38/4", "PP6"), (clause.Citation.Resolution, clause.Citation.Paragraph));
    }

    // Spoken Arabic's fillers (يعني، ايه، ده، الموضوع) are not what the question is about: the internet and borders are.
    [Fact]
    public void Spoken_arabic_fillers_leave_the_topic_words()
    {
        var clause = Assert.Single(Ask("يعني الانترنت ملوش حدود؟ القرار قال ايه فالموضوع ده").Clauses);

        Assert.Equal(("38/4", "PP7"), (clause.Citation.Resolution, clause.Citation.Paragraph));
    }

    // 38/1 D.1 opens by welcoming the Dakar secretariat and only then calls for joint action: it answers what the
    // resolution calls for on that action.
    [Theory]
    [InlineData("What does the first resolution call for to strengthen joint Islamic action in the media and cultural fields?")]
    [InlineData("Qu'appelle de ses vœux la résolution 38/1 pour renforcer l'action islamique commune dans l'information et la culture ?")]
    public void A_clause_that_asks_after_its_opening_verb_answers_what_was_asked(string question) =>
        Assert.Contains(Ask(question).Clauses, c => c.Citation.Resolution == "38/1" && c.Citation.Paragraph == "D.1");

    // Only 38/1 prints sections: a section named alone is its; a number many resolutions print still asks which.
    [Theory]
    [InlineData("Section A, please: quote both paragraphs.", "A.1,A.2")]
    [InlineData("ما نص البند (ب)؟", "B.1")]
    [InlineData("Que dit le paragraphe E.3 ?", "E.3")]
    public void A_section_named_alone_is_read_in_the_only_resolution_that_prints_it(string question, string paragraphs)
    {
        var answer = Ask(question);

        Assert.All(answer.Clauses, c => Assert.Equal("38/1", c.Citation.Resolution));
        Assert.Equal(paragraphs, string.Join(",", answer.Clauses.Select(c => c.Citation.Paragraph)));
    }

    [Fact]
    public void A_paragraph_number_named_alone_asks_which_resolution() =>
        Assert.Equal(AnswerOutcome.NotFound, Ask("quote paragraph 2").Outcome);

    [Theory]
    [InlineData("What does resolution 38/9 say?", Language.En, "38/9")]
    [InlineData("ماذا يقول القرار 38/9؟", Language.Ar, "38/9")]
    [InlineData("Que dit la résolution 9/38 ?", Language.Fr, "38/9")]
    public void An_unknown_resolution_is_not_found_with_the_list_of_what_exists(string question, Language language, string key)
    {
        var answer = Ask(question);
        Assert.Equal(AnswerOutcome.NotFound, answer.Outcome);
        Assert.Equal(language, answer.Language);
        Assert.Empty(answer.Clauses);
        Assert.Contains(key, answer.Lead);
        Assert.Contains("38/4", answer.Lead);
    }

    [Theory]
    [InlineData("What will the 39th session decide?", Language.En)]
    [InlineData("Que décidera la 39e session ?", Language.Fr)]
    [InlineData("متى ستعقد الدورة التاسعة والثلاثون لمجلس وزراء الخارجية؟", Language.Ar)]
    public void A_session_the_corpus_lacks_and_nothing_cites_is_not_found_with_the_sessions_it_holds(string question, Language language)
    {
        var answer = Ask(question);
        Assert.Equal(AnswerOutcome.NotFound, answer.Outcome);
        Assert.Equal(language, answer.Language);
        Assert.Empty(answer.Clauses);
        Assert.Contains("39", answer.Lead);
        Assert.Contains("38", answer.Lead);
    }

    [Theory]
    [InlineData("Which resolution of the 34th session created the national secretariat of COMIAC?")]
    [InlineData("Quelle résolution de la 34e session portait sur la création du secrétariat national du COMIAC ?")]
    [InlineData("أي قرار من الدورة الرابعة والثلاثين أنشأ السكرتارية الوطنية لكومياك؟")]
    public void A_session_the_corpus_lacks_is_answered_by_the_paragraph_citing_it_on_the_topic(string question)
    {
        var answer = Ask(question);
        var clause = Assert.Single(answer.Clauses);
        Assert.Equal(("38/1", "PP9"), (clause.Citation.Resolution, clause.Citation.Paragraph));
        Assert.Contains("34", answer.Lead);
    }

    [Theory]
    [InlineData("What is the General Secretariat asked to do in the resolutions of the 38th session?")]
    [InlineData("Qu'est-ce que le Secrétariat général doit faire selon les résolutions de la 38e session ?")]
    [InlineData("ما الذي طُلب من الأمانة العامة في قرارات الدورة 38؟")]
    public void A_session_named_as_scope_reads_all_its_resolutions(string question)
    {
        var answer = Ask(question);
        Assert.Equal(AnswerOutcome.Found, answer.Outcome);
        Assert.Contains(answer.Clauses, c => c.Citation.Resolution == "38/1");
        Assert.Contains(answer.Clauses, c => c.Citation.Resolution == "38/3");
    }

    [Fact]
    public void An_unknown_paragraph_is_not_found_and_names_the_paragraphs_that_exist()
    {
        var answer = Ask("paragraph 12 of 38/4");
        Assert.Equal(AnswerOutcome.NotFound, answer.Outcome);
        Assert.Empty(answer.Clauses);
        Assert.Contains("5, 6, 7, 8", answer.Lead);
    }

    [Theory]
    [InlineData("What is the weather in Paris tomorrow?", Language.En)]
    [InlineData("من فاز بكأس العالم لكرة القدم؟", Language.Ar)]
    [InlineData("Quel temps fait-il à Astana ?", Language.Fr)]
    public void An_off_topic_question_is_an_honest_not_found_in_its_language(string question, Language language)
    {
        var answer = Ask(question);
        Assert.Equal(AnswerOutcome.NotFound, answer.Outcome);
        Assert.Equal(language, answer.Language);
        Assert.Empty(answer.Clauses);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\u0001\u0002\u0007")]
    public void An_empty_question_is_invalid_and_cites_nothing(string question)
    {
        var answer = Ask(question);
        Assert.Equal(AnswerOutcome.Invalid, answer.Outcome);
        Assert.Empty(answer.Clauses);
    }

    [Fact]
    public void A_ten_thousand_character_question_is_refused_with_the_limit()
    {
        var answer = Ask(string.Concat(Enumerable.Repeat("What did 38/4 ask member states to do? ", 260)));
        Assert.Equal(AnswerOutcome.Invalid, answer.Outcome);
        Assert.Contains(ResolutionAssistant.MaxQuestionLength.ToString(), answer.Lead);
    }

    [Fact]
    public void Control_characters_inside_a_question_are_ignored()
    {
        var answer = Ask("What did 38/4\u0000 ask member\u0007 states to do?");
        Assert.Equal(["5", "6", "7"], answer.Clauses.Select(c => c.Citation.Paragraph));
    }

    [Fact]
    public void A_short_reference_alone_gives_the_operative_part_in_the_locale_language()
    {
        var answer = Ask("38/4?", Language.Fr);
        Assert.Equal(Language.Fr, answer.Language);
        Assert.Equal(["5", "6", "7", "8"], answer.Clauses.Select(c => c.Citation.Paragraph));
    }

    [Theory]
    [InlineData("Afficher la résolution 38/4", Language.Fr)]
    [InlineData("Affiche la résolution 38/4", Language.Fr)]
    [InlineData("Affichez la résolution 38/4 svp", Language.Fr)]
    [InlineData("Montre-moi la résolution 38/4", Language.Fr)]
    [InlineData("Pouvez-vous me faire voir la résolution 38/4 ?", Language.Fr)]
    [InlineData("Display resolution 38/4", Language.En)]
    [InlineData("Can you open resolution 38/4?", Language.En)]
    [InlineData("اعرض القرار 38/4", Language.Ar)]
    [InlineData("أظهر القرار 38/4", Language.Ar)]
    public void A_display_verb_in_any_form_shows_the_resolution_named(string question, Language language)
    {
        // Display verbs say how to answer, not what about: read as topic words they find nothing in 38/4.
        var answer = Ask(question);

        Assert.Equal(AnswerOutcome.Found, answer.Outcome);
        Assert.Equal(language, answer.Language);
        Assert.Equal(["5", "6", "7", "8"], answer.Clauses.Select(c => c.Citation.Paragraph));
    }

    [Fact]
    public void Topic_words_in_one_language_find_clauses_through_the_glossary()
    {
        var answer = Ask("ماذا قيل عن كوميالك؟");
        Assert.Equal(AnswerOutcome.Found, answer.Outcome);
        Assert.Contains(answer.Clauses, c => c.Citation.Resolution == "38/2" || c.Citation.Paragraph.StartsWith("D."));
    }

    [Fact]
    public void The_whole_resolution_lists_every_paragraph_in_order()
    {
        var answer = corpus.Assistant.ShowResolution("38/4", Language.Fr);
        Assert.Equal(13, answer.Clauses.Count);
        Assert.Equal("PP1", answer.Clauses[0].Citation.Paragraph);
        Assert.Equal("8", answer.Clauses[^1].Citation.Paragraph);
        Assert.All(answer.Clauses, c => Assert.Equal(Language.Fr, c.TextLanguage));
    }

    [Fact]
    public void Showing_paragraphs_in_another_language_keeps_their_citations()
    {
        var answer = corpus.Assistant.ShowParagraphs("38/4", ["5", "99"], Language.Ar);
        var clause = Assert.Single(answer.Clauses);
        Assert.Equal("5", clause.Citation.Paragraph);
        Assert.True(clause.IsAuthoritative);
        Assert.StartsWith("يشجع", clause.Text);
    }

    [Fact]
    public void Search_pages_through_clauses()
    {
        var first = corpus.Assistant.Search("member states", Language.En, 0, 3);
        var second = corpus.Assistant.Search("member states", Language.En, 3, 3);
        Assert.Equal(3, first.Count);
        Assert.NotEmpty(second);
        Assert.Empty(first.Select(c => c.Citation).Intersect(second.Select(c => c.Citation)));
    }

    [Theory]
    [InlineData("أين يرد اسم أستانة؟", "أستانة")]
    [InlineData("Which paragraphs name Kazakhstan?", "Kazakhstan")]
    public void Where_a_name_appears_is_every_clause_naming_it_whatever_the_verb_of_mentioning(string question, string name)
    {
        var answer = Ask(question);

        Assert.Equal(4, answer.Clauses.Count);
        Assert.All(answer.Clauses, c => Assert.Contains(name, c.Text));
    }

    [Fact]
    public void A_paraphrase_sharing_few_words_is_answered_by_the_clause_that_stands_far_above_the_rest()
    {
        var answer = Ask("Does a paragraph admit that the internet cannot be fenced inside one country, so that nations must team up against dangers online?");

        var clause = Assert.Single(answer.Clauses);
        Assert.Equal(("38/4", "PP7"), (clause.Citation.Resolution, clause.Citation.Paragraph));
    }

    [Theory]
    [InlineData("What is the Secretary-General asked to do in the resolution on the OIC-CERT?", "38/4", "8")]
    [InlineData("Qu'est-ce que la résolution sur le Fonds de solidarité numérique demande au Secrétaire général ?", "38/3", "4")]
    [InlineData("ما المطلوب من الأمين العام في القرار الخاص بصندوق التضامن الرقمي؟", "38/3", "4")]
    [InlineData("ما المطلوب من الأمين العام في قرار صندوق التضامن الرقمي؟", "38/3", "4")]
    public void A_resolution_named_by_what_it_is_about_is_the_one_searched(string question, string resolution, string paragraph)
    {
        var clause = Assert.Single(Ask(question).Clauses);
        Assert.Equal((resolution, paragraph), (clause.Citation.Resolution, clause.Citation.Paragraph));
    }

    [Theory]
    [InlineData("What are member states' newspapers and broadcasters asked to do?", "the media")]
    [InlineData("Que demande-t-on à la presse des États membres ?", "aux médias")]
    [InlineData("ما المطلوب من الصحافة في الدول الأعضاء؟", "وسائل الإعلام")]
    public void The_media_of_member_states_are_asked_by_the_clause_addressing_the_media_not_the_states(string question, string addressee)
    {
        var answer = Ask(question);

        var clause = Assert.Single(answer.Clauses);
        Assert.Equal(("38/1", "A.2"), (clause.Citation.Resolution, clause.Citation.Paragraph));
        Assert.Contains(addressee, answer.Lead);
    }

    [Fact]
    public void Nothing_asked_of_an_addressee_says_so_in_grammatical_french()
    {
        var answer = Ask("Que demande la résolution 38/2 au Secrétariat général ?");

        Assert.Equal(AnswerOutcome.NotFound, answer.Outcome);
        Assert.Contains("adressé au Secrétariat général", answer.Lead);
    }

    [Fact]
    public void Tasking_someone_is_asking_them()
    {
        var answer = Ask("Which resolutions task the Secretary-General with a follow-up report?");

        Assert.Equal(["38/1", "38/2", "38/3", "38/4"], answer.Clauses.Select(c => c.Citation.Resolution).Order());
        Assert.All(answer.Clauses, c => Assert.StartsWith("Requests the Secretary-General", c.Text));
    }

    [Fact]
    public void Oic_members_are_the_member_states()
    {
        var clause = Assert.Single(Ask("What does the Council urge OIC members not yet in the fund to do?").Clauses);
        Assert.Equal(("38/3", "1"), (clause.Citation.Resolution, clause.Citation.Paragraph));
    }

    [Fact]
    public void Among_the_clauses_asking_the_same_addressee_a_neighbour_well_behind_on_the_topic_is_left_out()
    {
        var clause = Assert.Single(Ask("Are member states asked to give the General Secretariat the information material they hold on the OIC?").Clauses);
        Assert.Equal(("38/1", "E.2"), (clause.Citation.Resolution, clause.Citation.Paragraph));
    }

    private IReadOnlyList<string> Cited(string question) =>
        Ask(question).Clauses.Select(c => $"{c.Citation.Resolution}:{c.Citation.Paragraph}").Order().ToList();

    [Theory]
    // The calendar asked is how the date is written, not a name a clause must print.
    [InlineData("Give me the Hijri dates of the Astana session.")]
    [InlineData("Quelles sont les dates de la session d'Astana selon le calendrier de l'hégire ?")]
    public void A_calendar_named_asks_the_date_in_that_calendar(string question) =>
        Assert.Equal(["38/1:PP1", "38/2:PP1", "38/3:PP1", "38/4:PP1"], Cited(question));

    [Theory]
    // Another body's session named by its number is what the clauses must name: the ninth, not the eighth.
    [InlineData("When did the ninth session of COMIAC take place?")]
    [InlineData("Quand la neuvième session du COMIAC s'est-elle réunie ?")]
    public void Another_bodys_session_named_picks_the_clauses_on_that_session(string question)
    {
        var cited = Cited(question);

        Assert.NotEmpty(cited);
        Assert.All(cited, c => Assert.StartsWith("38/2:", c));
    }

    [Theory]
    // « Demande » prints "calls upon" in a clause, but asks anything in a question: D.3 "prie".
    [InlineData("Que demande la 38/1 aux organes subsidiaires de l'OCI ?")]
    [InlineData("What does 38/1 ask of the OIC's specialised and affiliated organs?")]
    [InlineData("ماذا يطلب القرار 38/1 من الأجهزة المتخصصة والمنتمية؟")]
    public void The_oics_subsidiary_organs_are_asked_by_the_clause_naming_them(string question) =>
        Assert.Equal(["38/1:D.3"], Cited(question));

    [Theory]
    // The clause on joining OIC-CERT shares "join" and stands far above the rest, but names another body.
    [InlineData("Who is called upon to join the Digital Solidarity Fund?")]
    [InlineData("Qui est appelé à adhérer au Fonds de solidarité numérique ?")]
    public void A_clause_standing_out_on_its_words_but_naming_another_body_does_not_answer(string question) =>
        Assert.DoesNotContain("38/4:6", Cited(question));

    [Theory]
    // Where something is, not where the resolution creating it was adopted (Islamabad, 38/1 PP9).
    [InlineData("Where is the COMIAC national secretariat?", "Dakar")]
    [InlineData("Où se trouve le secrétariat national du COMIAC ?", "Dakar")]
    // The session asked, not a meeting of another body that outscores its opening paragraph (Riyadh, 38/1 PP10), nor
    // the earlier session the same paragraph cites (Dushanbe, May 2010).
    [InlineData("Where did the 38th CFM meet?", "Astana")]
    [InlineData("When was the 38th session held?", "June 2011")]
    [InlineData("Quand s'est tenue la 38e session ?", "juin 2011")]
    public void A_place_or_date_asked_is_the_one_of_what_the_question_names(string question, string fact)
    {
        var answer = Ask(question);

        Assert.Equal(AnswerOutcome.Found, answer.Outcome);
        // The lead states the fact first: "Dakar, according to 38/1 ¶D.1 …".
        Assert.Contains(fact, answer.Lead.Split(',')[0]);
    }

    // The question names the body it is about: the Fund's clause on "States that have not yet joined" is no answer
    // to a question on those that have not joined OIC-CERT, however many of its words it shares.
    [Theory]
    [InlineData("Qu'attend le texte des pays qui n'ont pas encore rejoint l'OIC Computer Emergency Response Team ?")]
    [InlineData("What is expected of the countries that have not yet joined the OIC Computer Emergency Response Team?")]
    public void A_clause_on_another_body_does_not_answer_for_the_body_named(string question)
    {
        var answer = Ask(question);

        var clause = Assert.Single(answer.Clauses);
        Assert.Equal(("38/4", "6"), (clause.Citation.Resolution, clause.Citation.Paragraph));
    }

    // A verb in the title that names the resolution asks nothing; "all the demands" is all it asks.
    [Theory]
    [InlineData("ما المطلوب من الأمين العام في القرار الخاص بالموافقة على قرارات كومياك؟", "38/2", new[] { "2" })]
    [InlineData("ما الذي يدعو القرار 38/1 حكومات الدول الأعضاء إلى القيام به؟ أريد كل المطالب", "38/1", new[] { "B.1", "D.3", "E.1", "E.2", "E.3" })]
    public void What_a_resolution_asks_is_read_past_its_title_and_fillers(string question, string resolution, string[] paragraphs)
    {
        var answer = Ask(question);

        Assert.Equal(paragraphs, answer.Clauses.Select(c => c.Citation.Paragraph));
        Assert.All(answer.Clauses, c => Assert.Equal(resolution, c.Citation.Resolution));
    }

    // Two resolutions named by their titles in one question are both its scope; a session named as the body's
    // ("la neuvième session de la « كومياك »") or as where a report goes (« pour la 39e session ») is no scope.
    [Theory]
    [InlineData("ما الذي يطلبه كل من القرار الخاص بصندوق التضامن الرقمي والقرار الخاص بفريق الطوارئ الحاسوبية من الأمين العام؟", new[] { "38/3:4", "38/4:8" })]
    [InlineData("Le Conseil a-t-il approuvé les résolutions de la neuvième session de la « كومياك » ?", new[] { "38/2:1" })]
    [InlineData("Quelles résolutions demandent au Secrétaire général un rapport pour la 39e session ?", new[] { "38/4:8", "38/3:4", "38/2:2", "38/1:OP-final" })]
    // A preamble named with a topic and no resolution is the preamble of the resolution on that topic.
    [InlineData("In its preamble, what kinds of online threats does the cyber resolution say the ministers are worried about?", new[] { "38/4:PP6" })]
    [InlineData("Le préambule de la résolution sur le Fonds évoque un appel du sommet extraordinaire de La Mecque : lequel ?", new[] { "38/3:PP8" })]
    public void Scopes_named_by_title_body_or_part_are_read_as_such(string question, string[] cited)
    {
        var answer = Ask(question);

        Assert.Equal(cited.Order(), answer.Clauses.Select(c => $"{c.Citation.Resolution}:{c.Citation.Paragraph}").Order());
    }
}

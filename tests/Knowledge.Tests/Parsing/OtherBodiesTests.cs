using ResBot.Knowledge.Model;
using ResBot.Knowledge.Parsing;

namespace ResBot.Knowledge.Tests.Parsing;

/// <summary>Documents of other bodies, in the shapes they are published in.</summary>
public sealed class OtherBodiesTests
{
    [Fact]
    public void A_general_assembly_resolution_is_keyed_by_its_symbol_with_its_title_on_the_heading_line()
    {
        const string text = "A/RES/60/1\n\nResolution adopted by the General Assembly on 16 September 2005\n\n" +
                            "60/1. 2005 World Summit Outcome\n\nThe General Assembly,\n\nAdopts the following 2005 World Summit Outcome:\n\n" +
                            "1. We, the Heads of State and Government, have gathered at United Nations Headquarters in New York.\n\n" +
                            "2. We reaffirm our faith in the United Nations.\n";
        var document = DocumentParser.Parse(text, "a-res-60-1.en.txt").Document!;

        Assert.Equal(("A/RES/60/1", "UN", Language.En), (document.Symbol, document.Body, document.Language));
        var resolution = Assert.Single(document.Resolutions);
        Assert.Equal("A/RES/60/1", resolution.Key);
        Assert.Equal("2005 World Summit Outcome", resolution.Title);
        // "The General Assembly," is the chapeau, not a paragraph; "Adopts …:" is the resolution's one operative clause.
        Assert.Equal(["OP-u1", "1", "2"], resolution.Paragraphs.Select(p => p.Key));
    }

    [Fact]
    public void A_french_document_without_metadata_is_recognised_as_french()
    {
        const string text = "OIC/CFM-38/2011/INF/RES/FINAL\n\nRÉSOLUTION N° 4/38-INF\nSUR\nle soutien à l'OIC-CERT\n\n" +
                            "Rappelant ses résolutions antérieures ;\n\n5. Encourage les États membres à coopérer avec l'OIC-CERT.\n";
        var document = DocumentParser.Parse(text, "fr.txt").Document!;
        Assert.Equal(Language.Fr, document.Language);
        Assert.Equal("38/4", document.Resolutions.Single().Key);
    }
}

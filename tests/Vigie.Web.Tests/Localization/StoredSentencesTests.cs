using Vigie.Web.Localization;

namespace Vigie.Web.Tests.Localization;

public sealed class StoredSentencesTests
{
    [Fact]
    public void Translate_FrenchVerdictSummary_EveryReasonAndSignalTranslated()
    {
        const string Stored = "phishing, risk 97: the page presents itself as En Marche (title, wording copied from En Marche's sign-in page) "
            + "but is served from copy.lab.test, not from En Marche's domains; it asks for a password; it asks for a PIN, a one-time or SMS code; "
            + "the name imitates a watched domain (match score 90)";

        var french = StoredSentences.Translate("fr", Stored);

        Assert.Equal("hameçonnage, risque 97 : la page se présente comme En Marche (titre, texte copié de la page de connexion de En Marche) "
            + "mais vient de copy.lab.test, pas des domaines de En Marche; elle demande un mot de passe; elle demande un code PIN, un code à usage unique ou par SMS; "
            + "le nom imite un domaine surveillé (score de ressemblance 90)", french);
    }

    [Fact]
    public void Translate_FrenchSummaries_MostLiteralFormWins()
    {
        Assert.Equal("bureau d’enregistrement inconnu, créé le 2026-11-30", StoredSentences.Translate("fr", "registrar unknown, created 2026-11-30"));
        Assert.Equal("Gandi SAS, créé le 2026-11-30", StoredSentences.Translate("fr", "Gandi SAS, created 2026-11-30"));
        Assert.Equal("127.0.6.3; aucun serveur de messagerie", StoredSentences.Translate("fr", "127.0.6.3; no mail exchangers"));
        Assert.Equal("signalement d’abus envoyé à aucun contact d’abus trouvé", StoredSentences.Translate("fr", "abuse report sent to no abuse contact found"));
    }

    [Fact]
    public void Translate_EnglishOrUnknownText_AsStored()
    {
        Assert.Equal("it asks for a password", StoredSentences.Translate("en", "it asks for a password"));
        Assert.Equal("200 http://copy.lab.test/", StoredSentences.Translate("fr", "200 http://copy.lab.test/"));
        Assert.Equal("looks fine to me", StoredSentences.Translate("fr", "looks fine to me"));
    }

    [Fact]
    public void Explanation_French_RebuiltFromTechniques()
    {
        var french = StoredSentences.Explanation("fr", "en-rnarche.fr", "en-marche.fr", ["homoglyph", "made-up"], "en-rnarche.fr imitates en-marche.fr with letters that look alike");

        Assert.Equal("en-rnarche.fr imite en-marche.fr (caractères qui se ressemblent, made-up)", french);
    }

    [Fact]
    public void StoredTexts_EveryEnglishForm_HasItsFrench() =>
        Assert.Equal(Texts.Stored.Keys("en").Order(StringComparer.Ordinal), Texts.Stored.Keys("fr").Order(StringComparer.Ordinal));
}

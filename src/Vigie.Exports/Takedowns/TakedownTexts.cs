namespace Vigie.Exports.Takedowns;

/// <summary>The fixed words of an abuse report in one language; the evidence itself is never translated.</summary>
internal sealed record TakedownTexts(
    string Subject,
    string FollowUpSubject,
    string Greeting,
    string Introduction,
    string FollowUp,
    string Request,
    string Imitates,
    string Technique,
    string FirstSeen,
    string Url,
    string Addresses,
    string Verdict,
    string Copies,
    string Timeline,
    string Headers,
    string Attachment,
    string Closing)
{
    public static IReadOnlyList<string> Languages { get; } = ["en", "fr"];

    public static TakedownTexts For(string language) => language switch
    {
        "en" => English,
        "fr" => French,
        _ => throw new ExportException($"--lang: '{language}' is not one of {string.Join(", ", Languages)}"),
    };

    private static readonly TakedownTexts English = new(
        "Abuse report: phishing domain {0} imitating {1}",
        "Follow-up: phishing domain {0} imitating {1} is still active",
        "Hello,",
        "We report the domain {0}, which imitates {1}, a domain of {2}, to deceive its members and staff. We ask you to suspend it (registrar) or to stop serving it (hosting), in line with your acceptable use policy.",
        "We reported this domain on {0} and it is still active. We ask you again to act on it.",
        "The evidence below was collected automatically by Vigie; the attached zip holds every capture with its SHA-256.",
        "Imitates",
        "How",
        "First seen",
        "Web address",
        "Addresses",
        "Assessment",
        "Copies the genuine page",
        "Timeline (UTC)",
        "Response headers",
        "Attached: {0} (screenshots, page, headers, certificates; SHA256SUMS.txt lists each file)",
        "Thank you for your help.");

    private static readonly TakedownTexts French = new(
        "Signalement d'abus : domaine d'hameçonnage {0} imitant {1}",
        "Relance : le domaine d'hameçonnage {0} imitant {1} est toujours actif",
        "Bonjour,",
        "Nous signalons le domaine {0}, qui imite {1}, un domaine de {2}, pour tromper ses membres et son équipe. Nous vous demandons de le suspendre (bureau d'enregistrement) ou de cesser de l'héberger (hébergeur), conformément à votre politique d'utilisation.",
        "Nous avons signalé ce domaine le {0} et il est toujours actif. Nous vous demandons à nouveau d'agir.",
        "Les preuves ci-dessous ont été collectées automatiquement par Vigie ; le zip joint contient chaque capture avec son SHA-256.",
        "Imite",
        "Procédé",
        "Vu pour la première fois",
        "Adresse web",
        "Adresses IP",
        "Évaluation",
        "Copie la page authentique",
        "Chronologie (UTC)",
        "En-têtes de réponse",
        "Pièce jointe : {0} (captures d'écran, page, en-têtes, certificats ; SHA256SUMS.txt liste chaque fichier)",
        "Merci de votre aide.");
}

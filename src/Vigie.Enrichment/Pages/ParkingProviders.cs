namespace Vigie.Enrichment.Pages;

/// <summary>
/// Markers of domain parking. The providers are those measured in Vissers et al., "Parking Sensors: Analyzing and
/// Detecting Parked Domains" (NDSS 2015) plus today's marketplaces; a parked page loads the provider's script or
/// frame, or shows its for-sale banner.
/// </summary>
internal static class ParkingProviders
{
    public static IReadOnlyList<(string Marker, string Provider)> Hosts { get; } =
    [
        ("sedoparking.com", "Sedo"), ("sedo.com", "Sedo"), ("bodis.com", "Bodis"), ("parkingcrew.net", "ParkingCrew"),
        ("above.com", "Above"), ("trafficz.com", "TrafficZ"), ("skenzo.com", "Skenzo"), ("voodoo.com", "Voodoo"),
        ("domainsponsor.com", "DomainSponsor"), ("fabulous.com", "Fabulous"), ("parklogic.com", "ParkLogic"),
        ("dan.com", "Dan.com"), ("afternic.com", "Afternic"), ("hugedomains.com", "HugeDomains"),
        ("parkingpage.namecheap.com", "Namecheap"), ("wsimg.com/parking-lander", "GoDaddy"),
        ("uniregistry.com", "Uniregistry"), ("sav.com", "Sav"), ("domainmarket.com", "DomainMarket"),
    ];

    public static IReadOnlyList<string> Phrases { get; } =
    [
        "this domain may be for sale", "this domain is for sale", "domain is for sale", "buy this domain",
        "this domain is parked", "parked free", "ce domaine est à vendre", "ce nom de domaine est à vendre",
    ];
}

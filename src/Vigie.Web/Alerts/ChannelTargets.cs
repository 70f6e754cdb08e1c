namespace Vigie.Web.Alerts;

/// <summary>
/// Where a channel delivers, as `vigie serve --check-config` prints it: a check is often pasted into a ticket or a chat,
/// so no credential may appear. Slack, Mattermost and Teams webhook URLs are themselves the credential (whoever has one
/// can post), so only their host is shown; other URLs lose their user info and query string.
/// </summary>
internal static class ChannelTargets
{
    public static string WithoutCredentials(Uri url) =>
        new UriBuilder(url) { UserName = "", Password = "" }.Uri.GetLeftPart(UriPartial.Path) + (url.Query.Length > 1 ? "?(query hidden)" : "");

    public static string Hidden(Uri url) => $"{url.Scheme}://{url.Authority}/… (the URL is the credential: hidden)";
}

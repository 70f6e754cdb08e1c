namespace Vigie.Sources.CertificateTransparency;

/// <summary>Where the current lists are published (Chrome's CT policy and Apple's CT policy pages point here).</summary>
internal static class LogListSources
{
    public static readonly Uri GoogleList = new("https://www.gstatic.com/ct/log_list/v3/all_logs_list.json");

    public static readonly Uri GoogleSignature = new("https://www.gstatic.com/ct/log_list/v3/all_logs_list.sig");

    public static readonly Uri AppleList = new("https://valid.apple.com/ct/log_list/current_log_list.json");
}

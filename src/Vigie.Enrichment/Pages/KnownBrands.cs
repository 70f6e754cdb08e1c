namespace Vigie.Enrichment.Pages;

/// <summary>
/// The brand lexicon: everyday brands that phishing kits imitate most (the targets named in APWG's Phishing Activity
/// Trends reports and in the kit corpus of ../shared/data/pages), with their own domains and the product names that
/// stand for them. A watchlist that lists one of these domains watches the whole brand.
/// </summary>
internal static class KnownBrands
{
    public static IReadOnlyList<Brand> All { get; } =
    [
        new("Microsoft",
            ["microsoft.com", "office.com", "live.com", "outlook.com", "microsoftonline.com", "office365.com", "hotmail.com",
             "onedrive.com", "sharepoint.com", "msauth.net", "msftauth.net", "microsoftonline-p.com", "msn.com"],
            ["microsoft", "outlook", "onedrive", "one drive", "office 365", "office365", "microsoft 365", "hotmail", "sharepoint",
             "excel online", "word online", "windows live", "outlook web app"],
            ["no account? create one", "can't access your account?", "sign in with a different microsoft account", "work or school account",
             "forgot my password", "keep me signed in", "pick an account", "sign in with your organizational account",
             "your account or password is incorrect", "if you don't remember your password, reset it now",
             "because you're accessing sensitive info"])
        {
            // login.microsoftonline.com's converged sign-in: e-mail field, password field, form, buttons, "keep me signed in".
            Markup = ["i0116", "i0118", "i0281", "loginfmt", "idSIButton9", "idBtn_Back", "idA_PWD_ForgotPassword", "idChkBx_PWD_KMSI0Pwd", "KmsiCheckboxField"],
            ShortNames = ["ms", "msft", "o365"],
        },
        new("Google", ["google.com", "gmail.com", "googlemail.com", "gstatic.com", "youtube.com"],
            ["google", "gmail", "g-mail", "googlemail", "google drive", "google docs"],
            ["one account. all of google", "to continue to gmail", "use your google account"])
        {
            // accounts.google.com's two-step sign-in ("Passwd" with its capital, the old single-page form's field).
            Markup = ["identifierId", "identifierNext", "passwordNext", "Passwd", "profileIdentifier"],
        },
        new("Apple", ["apple.com", "icloud.com", "cdn-apple.com"], ["apple", "apple id", "appleid", "icloud", "itunes"], ["manage your apple id"]),
        new("PayPal", ["paypal.com", "paypalobjects.com"], ["paypal"], []) { Markup = ["splitEmail", "splitPassword"] },
        new("Yahoo", ["yahoo.com", "yimg.com", "yahoo.net"], ["yahoo"], []),
        new("AOL", ["aol.com", "aolcdn.com"], ["aol"], []),
        new("Wells Fargo", ["wellsfargo.com", "wf.com"], ["wells fargo", "wellsfargo"], []) { ShortNames = ["wf"] },
        new("Bank of America", ["bankofamerica.com", "bofa.com"], ["bank of america", "bankofamerica"], []) { ShortNames = ["bofa", "boa"] },
        new("Chase", ["chase.com", "jpmorganchase.com"], ["chase"], []),
        new("DocuSign", ["docusign.com", "docusign.net"], ["docusign"], []),
        new("Dropbox", ["dropbox.com", "dropboxstatic.com"], ["dropbox"], []),
        new("AT&T", ["att.com", "att.net", "sbcglobal.net"], ["at&t", "att.net", "sbcglobal"], []),
        new("Adobe", ["adobe.com", "adobelogin.com"], ["adobe", "acrobat"], []),
        new("Netflix", ["netflix.com", "nflxext.com"], ["netflix"], []),
        new("Facebook", ["facebook.com", "fb.com", "fbcdn.net", "facebook.net"], ["facebook"], []) { ShortNames = ["fb"] },
        new("Amazon", ["amazon.com", "amazon.co.uk", "amazon.de", "amazon.fr", "media-amazon.com"], ["amazon"], []),
        new("LinkedIn", ["linkedin.com", "licdn.com"], ["linkedin"], []),
        new("DHL", ["dhl.com", "dhl.de"], ["dhl"], []),
    ];
}

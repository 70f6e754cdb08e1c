namespace Vigie.Enrichment.Tests.Support;

/// <summary>The pages of the local lab: a genuine sign-in page, its copy on a lookalike, a parked page.</summary>
internal static class LabPages
{
    /// <summary>The genuine site's icon: a 32×32 ICO.</summary>
    public static readonly byte[] Icon = TestImages.Ico(32, 32, TestImages.Bitmap32(32, 32, TestImages.Disc(32)));

    public const string Css = """
        body { margin: 0; font-family: sans-serif; background: #f3f5f9; }
        header { background: #1d3b8b; color: white; padding: 24px 48px; font-size: 32px; font-weight: bold; }
        .card { width: 420px; margin: 80px auto; background: white; padding: 40px; border-radius: 8px;
                box-shadow: 0 4px 16px rgba(0,0,0,.15); }
        h1 { color: #1d3b8b; font-size: 26px; }
        input { display: block; width: 100%; box-sizing: border-box; padding: 12px; margin: 12px 0;
                border: 1px solid #99a; border-radius: 4px; font-size: 16px; }
        button { width: 100%; padding: 14px; background: #e63027; color: white; border: 0; border-radius: 4px;
                 font-size: 18px; }
        .logo { display: inline-block; width: 48px; height: 48px; background: #e63027; border-radius: 50%;
                vertical-align: middle; margin-right: 16px; }
        """;

    /// <summary>
    /// The genuine page; <paramref name="assetBase"/> is where its style sheet lives, <paramref name="action"/> where
    /// it posts, <paramref name="notice"/> a line kits add to a copy ("security check"): close, not identical.
    /// </summary>
    public static string Login(string assetBase, string action, string notice = "") => $$"""
        <!DOCTYPE html>
        <html lang="fr"><head><meta charset="utf-8"><title>En Marche ! — Connexion</title>
        <link rel="stylesheet" href="{{assetBase}}/static/site.css">
        <link rel="icon" href="{{assetBase}}/favicon.ico"></head>
        <body>
        <header><span class="logo"></span>En Marche !</header>
        <div class="card">
          <h1>Connexion à votre espace militant</h1>{{notice}}
          <form method="post" action="{{action}}">
            <label for="email">Adresse e-mail</label>
            <input type="email" id="email" name="email" placeholder="prenom.nom@en-marche.fr">
            <label for="password">Mot de passe</label>
            <input type="password" id="password" name="password">
            <button type="submit">Se connecter</button>
          </form>
          <p><a href="/reset">Mot de passe oublié ?</a></p>
        </div>
        </body></html>
        """;

    /// <summary>A typical parking page: a for-sale banner, sponsored listings, a parking provider's script.</summary>
    public const string Parked = """
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><title>en-rnarche.fr - This domain may be for sale!</title>
        <script src="https://img.sedoparking.com/templates/js/park.js"></script>
        <style>body{font-family:Arial;background:#fff;color:#333} .ads a{display:block;color:#06c;margin:18px;font-size:22px}
        .banner{background:#ffd54f;padding:16px;text-align:center;font-size:20px}</style></head>
        <body>
        <div class="banner">The domain en-rnarche.fr may be for sale. <a href="https://sedo.com/search/details/?domain=en-rnarche.fr">Buy this domain</a></div>
        <h2 style="margin:24px">Related Links</h2>
        <div class="ads"><a href="/lander?q=1">Political Campaign Software</a><a href="/lander?q=2">Volunteer Management</a>
        <a href="/lander?q=3">Cheap Flights to Paris</a><a href="/lander?q=4">Online Donations</a></div>
        <p style="margin:24px;font-size:12px">Copyright © 2026. All rights reserved. Privacy Policy</p>
        </body></html>
        """;
}

namespace Vigie.Enrichment.Tests.Support;

/// <summary>
/// Hand-written pages in the shapes issue 16 found in ../shared/data/pages: a copied Microsoft two-step sign-in
/// posting to next.php, a shop's own sign-in page on a name that looks like a bank's, a page that shows only
/// the genuine site's icon, and a page whose sign-in form exists only once its script ran.
/// </summary>
internal static class LabKitPages
{
    public const string MicrosoftTwoStep = """
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><title>Sign in to your account</title>
        <style>body{font-family:Segoe UI,sans-serif;background:#f2f2f2}.box{width:440px;margin:80px auto;background:#fff;padding:44px}
        input{display:block;width:100%;border:0;border-bottom:1px solid #666;padding:6px 0;margin:16px 0}
        button{float:right;background:#0067b8;color:#fff;border:0;padding:8px 32px}#step2{display:none}</style></head>
        <body><div class="box">
          <img src="images/microsoft_logo.svg" alt="Microsoft" width="108" height="24">
          <form method="post" action="next.php" id="f">
            <div id="step1"><div role="heading">Sign in</div>
              <input type="email" name="loginfmt" placeholder="Email, phone, or Skype">
              <p>No account? <a href="#">Create one!</a></p><p><a href="#">Can’t access your account?</a></p>
              <button type="button" onclick="document.getElementById('step2').style.display='block'">Next</button></div>
            <div id="step2"><div role="heading">Enter password</div>
              <input type="password" name="passwd" placeholder="Password">
              <p><a href="#">Forgot my password</a></p><button type="submit">Sign in</button></div>
          </form>
        </div>
        <div id="footer">©2024 Microsoft · Terms of use · Privacy &amp; cookies</div>
        </body></html>
        """;

    /// <summary>A sign-in page that names no brand anywhere; only its icon, the genuine site's file, says whose it pretends to be.</summary>
    public const string IconOnly = """
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><title>Connexion</title><link rel="icon" href="/favicon.ico"></head>
        <body><h1>Connexion</h1>
        <form method="post" action="/session"><input type="email" name="email"><input type="password" name="password">
        <button type="submit">Valider</button></form></body></html>
        """;

    public const string ShopSignIn = """
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><title>Chase Outdoor — Sign in</title></head>
        <body><header><img src="/img/chase-outdoor-logo.png" alt="Chase Outdoor">
          <a href="/tents">Tents</a> · <a href="/boots">Boots</a> · <a href="/sale">Sale</a> · <a href="#basket">Basket</a></header>
        <h1>Welcome back to Chase Outdoor</h1>
        <p>Sign in to follow your purchase and your returns.</p>
        <form method="post" action="/account/login">
          <input type="email" name="email" placeholder="E-mail"><input type="password" name="password" placeholder="Password">
          <button type="submit">Sign in</button></form>
        <p><a href="/account/forgot">Forgot your password?</a> · <a href="/account/new">Create an account</a></p>
        <div class="social-login"><button>Sign in with Google</button><button>Continue with Facebook</button></div>
        <footer>Follow us on Facebook and Instagram · Pay with PayPal · © 2024 Chase Outdoor Ltd</footer>
        </body></html>
        """;

    /// <summary>
    /// The served markup holds no field at all: a script builds the e-mail and password form after load, as kits do
    /// to escape scanners that read the HTML only. Plain DOM calls, nothing encoded, so only running it shows the form.
    /// </summary>
    public const string ScriptedForm = """
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><title>Log in to your PayPal account</title></head>
        <body><div id="app"><p>Loading…</p></div>
        <script>
        window.addEventListener('load', function () {
          var app = document.getElementById('app');
          app.textContent = '';
          var form = document.createElement('form');
          form.method = 'post';
          form.action = 'verify/send.php';
          [['email', 'login_email', 'Email'], ['password', 'login_password', 'Password']].forEach(function (f) {
            var input = document.createElement('input');
            input.type = f[0]; input.name = f[1]; input.placeholder = f[2];
            form.appendChild(input);
          });
          var button = document.createElement('button');
          button.type = 'submit'; button.textContent = 'Log In';
          form.appendChild(button);
          app.appendChild(form);
        });
        </script></body></html>
        """;
}

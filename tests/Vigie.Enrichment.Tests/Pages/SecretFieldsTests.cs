using Vigie.Enrichment.Pages;
using Vigie.Enrichment.Tests.Support;

namespace Vigie.Enrichment.Tests.Pages;

public sealed class SecretFieldsTests
{
    [Fact]
    public async Task AnalyzeAsync_CardAndOneTimeCodeWithoutPassword_Harvesting()
    {
        const string html = """
            <form action="verify.php" method="post">
              <label for="cc">Card number</label><input id="cc" name="ccnum" inputmode="numeric">
              <input name="exp" placeholder="MM/YY"><input name="cvv" type="password" maxlength="4">
              <label>Code sent by SMS <input name="otp"></label>
            </form>
            """;

        var page = await AnalyzePage.RunAsync(html);

        Assert.Equal(SecretKinds.CardNumber | SecretKinds.CardExpiry | SecretKinds.CardCode | SecretKinds.OneTimeCode, page.Secrets);
        Assert.False(page.HasPasswordForm);
        Assert.Equal(page.Secrets, Assert.Single(page.CredentialForms).Secrets);
    }

    [Fact]
    public async Task AnalyzeAsync_PasswordOutsideAnyForm_Found()
    {
        const string html = """
            <div class="box"><input type="email" id="i0116" placeholder="Email"><input type="password" id="i0118">
            <button onclick="send()">Sign in</button></div>
            """;

        var page = await AnalyzePage.RunAsync(html);

        Assert.True(page.HasPasswordForm);
        Assert.True(page.SecretsOutsideForms);
    }

    [Fact]
    public async Task AnalyzeAsync_MemorableInformationAndSecurityQuestion_Found()
    {
        const string html = "<input name='memorable_info'><select name='sq1'><option>Mother's maiden name</option></select><input name='answer1' aria-label='Security answer'>";

        var page = await AnalyzePage.RunAsync(html);

        Assert.Equal(SecretKinds.MemorableInformation | SecretKinds.SecurityQuestion, page.Secrets);
    }

    [Fact]
    public async Task AnalyzeAsync_SearchAndPostcode_NoSecret()
    {
        var page = await AnalyzePage.RunAsync("<form><input name=q placeholder=Search><input name=postcode placeholder='Postal code'><input type=hidden name=token></form>");

        Assert.Equal(SecretKinds.None, page.Secrets);
    }
}

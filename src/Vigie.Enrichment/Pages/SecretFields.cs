using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Vigie.Enrichment.Pages;

/// <summary>
/// Finds the fields that ask for a secret anywhere in the DOM, inside a form or not (kits leave the password input
/// outside any form, or in broken nesting the parser moves out, and post it by script): each input, select and
/// textarea is read by its type, autocomplete token (WHATWG HTML §4.10.18.7: cc-number, cc-exp, cc-csc,
/// one-time-code, current-password), name, id, placeholder, aria-label and the text of its label.
/// </summary>
internal static partial class SecretFields
{
    public static SecretKinds Of(IElement field)
    {
        var type = (field.GetAttribute("type") ?? "text").Trim().ToLowerInvariant();
        if (type is "hidden" or "submit" or "button" or "checkbox" or "radio" or "image" or "reset" or "file")
        {
            return SecretKinds.None;
        }

        var hints = Hints(field);
        var kinds = type == "password" ? SecretKinds.Password : SecretKinds.None;
        foreach (var (kind, pattern) in Patterns)
        {
            if (pattern.IsMatch(hints))
            {
                kinds |= kind;
            }
        }

        // A password-type field named for a card code or a PIN is that, not a sign-in password.
        return (kinds & ~SecretKinds.Password) != SecretKinds.None && type == "password" && !PasswordPattern().IsMatch(hints)
            ? kinds & ~SecretKinds.Password
            : kinds;
    }

    private static readonly (SecretKinds Kind, Regex Pattern)[] Patterns =
    [
        (SecretKinds.Password, PasswordPattern()), (SecretKinds.CardNumber, CardNumberPattern()), (SecretKinds.CardExpiry, ExpiryPattern()),
        (SecretKinds.CardCode, CardCodePattern()), (SecretKinds.OneTimeCode, OneTimePattern()), (SecretKinds.MemorableInformation, MemorablePattern()),
        (SecretKinds.SecurityQuestion, QuestionPattern()), (SecretKinds.Pin, PinPattern()), (SecretKinds.SocialSecurityNumber, SsnPattern()),
    ];

    /// <summary>The secrets every field of the document asks for, and whether one of them is outside any form.</summary>
    public static (SecretKinds Kinds, bool OutsideForms) InDocument(IHtmlDocument document)
    {
        var kinds = SecretKinds.None;
        var outside = false;
        foreach (var field in document.QuerySelectorAll("input, select, textarea").Take(2_000))
        {
            var found = Of(field);
            kinds |= found;
            outside |= found != SecretKinds.None && field.Closest("form") is null && (field as IHtmlInputElement)?.Form is null;
        }

        return (kinds, outside);
    }

    private static string Hints(IElement field)
    {
        var id = field.Id;
        var label = string.IsNullOrEmpty(id) ? null : field.Owner?.QuerySelector($"label[for='{id.Replace("'", "", StringComparison.Ordinal)}']")?.TextContent;
        var wrapping = field.Closest("label")?.TextContent;
        return string.Join(' ', field.GetAttribute("name"), id, field.GetAttribute("autocomplete"), field.GetAttribute("placeholder"),
            field.GetAttribute("aria-label"), field.GetAttribute("title"), label, wrapping, Preceding(field)).ToLowerInvariant();
    }

    /// <summary>Kits often caption a field with bare text before it ("NUMERO DE CARTE : &lt;input&gt;"), not a label: the last words before it.</summary>
    private static string Preceding(IElement field)
    {
        for (var node = field.PreviousSibling; node is not null; node = node.PreviousSibling)
        {
            if (node is IElement { LocalName: "input" or "select" or "textarea" })
            {
                return "";
            }

            var text = node.TextContent.Trim();
            if (text.Length > 0)
            {
                return text.Length > 40 ? text[^40..] : text;
            }
        }

        return "";
    }

    [GeneratedRegex(@"pass(?:word|wd|e|code)?\b|passwd|\bpwd|\bpw\b|current-password|mot de passe|kennwort|passwort|contrase|senha")]
    private static partial Regex PasswordPattern();

    [GeneratedRegex(@"cc-number|card.?(?:num|no\b)|cc.?(?:num|no\b)|\bccn\b|credit.?card|debit.?card|num(?:ero|éro)?.?(?:de.?)?carte|kartennummer|\bpan\b")]
    private static partial Regex CardNumberPattern();

    [GeneratedRegex(@"cc-exp|\bexp(?:iry|iration|ires|date|_|-|\b)|\bmm\s*/\s*yy|date d.expiration|ablaufdatum|gültig")]
    private static partial Regex ExpiryPattern();

    [GeneratedRegex(@"cc-csc|\bcvv2?\b|\bcvc2?\b|\bcsc\b|\bcvn\b|\bcid\b|card.?(?:code|verification)|cryptogram|security code on|\bccv\b")]
    private static partial Regex CardCodePattern();

    [GeneratedRegex(@"one-time-code|\botp\b|one.?time|\bsms\b|verification.?code|security.?code|passcode|\b2fa\b|\bmfa\b|auth(?:entication)?.?code|code.?sms|certicode|\btan\b|access.?code")]
    private static partial Regex OneTimePattern();

    [GeneratedRegex(@"memorable")]
    private static partial Regex MemorablePattern();

    [GeneratedRegex(@"security.?question|secret.?question|security.?answer|\bsq\d|\bq\d?ans|question.?secr|maiden.?name|mother.?s")]
    private static partial Regex QuestionPattern();

    [GeneratedRegex(@"\bpin\b|atm.?pin|card.?pin|\bpin.?code|code.?pin")]
    private static partial Regex PinPattern();

    [GeneratedRegex(@"\bssn\b|social.?security|sozialversicherung|\bsin\b number")]
    private static partial Regex SsnPattern();
}

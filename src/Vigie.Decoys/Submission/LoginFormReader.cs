using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Vigie.Enrichment.Pages;

namespace Vigie.Decoys.Submission;

/// <summary>
/// Finds the form a phishing page wants credentials in: the form holding a password field (read as the investigation
/// reads it, <see cref="SecretFields"/>), else the form asking for an e-mail or a user name alone — the first step of
/// the flows that Microsoft and Google lookalikes copy (loginfmt, identifier). Every named field goes with it as a
/// browser would send it: hidden inputs with their values, checked boxes, the selected option, the clicked button.
/// </summary>
internal static partial class LoginFormReader
{
    public static LoginForm? Find(string html, Uri page)
    {
        var document = new HtmlParser().ParseDocument(html);
        var forms = document.Forms.ToList();
        return forms.Select(f => Read(f, page)).FirstOrDefault(f => f is { PasswordField: not null })
            ?? forms.Select(f => Read(f, page)).FirstOrDefault(f => f is { UserField: not null });
    }

    private static LoginForm? Read(IHtmlFormElement form, Uri page)
    {
        var fields = new List<KeyValuePair<string, string>>();
        string? user = null, password = null;
        var button = false;
        foreach (var element in form.Elements)
        {
            var name = element.GetAttribute("name");
            if (string.IsNullOrEmpty(name) || element.HasAttribute("disabled"))
            {
                continue;
            }

            var type = (element.GetAttribute("type") ?? "text").ToLowerInvariant();
            switch (element)
            {
                case IHtmlInputElement when type is "checkbox" or "radio":
                    if (element.HasAttribute("checked"))
                    {
                        fields.Add(new(name, element.GetAttribute("value") ?? "on"));
                    }

                    break;
                case IHtmlInputElement or IHtmlButtonElement when type is "submit" or "image" or "button" or "reset":
                    if (!button && type == "submit")
                    {
                        fields.Add(new(name, element.GetAttribute("value") ?? ""));
                        button = true;
                    }

                    break;
                case IHtmlSelectElement select:
                    fields.Add(new(name, select.Value ?? ""));
                    break;
                default:
                    if (password is null && (SecretFields.Of(element) & SecretKinds.Password) != 0)
                    {
                        password = name;
                    }
                    else if (user is null && type != "hidden" && IsUserField(element, type))
                    {
                        user = name;
                    }

                    fields.Add(new(name, element is IHtmlTextAreaElement area ? area.Value : element.GetAttribute("value") ?? ""));
                    break;
            }
        }

        if (user is null && password is null)
        {
            return null;
        }

        var action = form.GetAttribute("action");
        var target = string.IsNullOrWhiteSpace(action) ? page : new Uri(page, action.Trim());
        var method = (form.GetAttribute("method") ?? "get").Trim().Equals("post", StringComparison.OrdinalIgnoreCase) ? "POST" : "GET";
        return new LoginForm(target, method, fields, user, password);
    }

    private static bool IsUserField(IElement element, string type) =>
        type is "email" || (type is "text" or "tel" && UserHint().IsMatch(string.Join(' ',
            element.GetAttribute("name"), element.Id, element.GetAttribute("autocomplete"), element.GetAttribute("placeholder"), element.GetAttribute("aria-label")).ToLowerInvariant()));

    [GeneratedRegex(@"user|e-?mail|mail|login|identifi|account|courriel|adresse|utilisateur|loginfmt|\bid\b|upn")]
    private static partial Regex UserHint();
}

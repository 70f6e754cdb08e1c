namespace Vigie.Core.Unicode;

/// <summary>
/// The Unicode script of a character (UAX 24), reduced to the scripts that matter for domain registration
/// policies; every other script is <see cref="Other"/>.
/// </summary>
internal enum UnicodeScript : byte
{
    Unknown,
    Common,
    Inherited,
    Latin,
    Greek,
    Cyrillic,
    Armenian,
    Hebrew,
    Arabic,
    Georgian,
    Han,
    Hiragana,
    Katakana,
    Hangul,
    Thai,
    Devanagari,
    Other,
}

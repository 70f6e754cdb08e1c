using Vigie.Core.Permutations.Generators;

namespace Vigie.Core.Permutations;

/// <summary>Builds the generators for a run, in <see cref="Techniques.All"/> order, from the options.</summary>
internal static class GeneratorCatalog
{
    public static IReadOnlyList<IPermutationGenerator> Create(PermutationOptions options)
    {
        var selected = options.Fuzzers ?? Techniques.All;
        var unknown = selected.FirstOrDefault(f => !Techniques.All.Contains(f));
        if (unknown is not null)
        {
            throw new ArgumentException($"unknown technique '{unknown}' (known: {string.Join(", ", Techniques.All)})", nameof(options));
        }

        var generators = new List<IPermutationGenerator>();
        foreach (var technique in Techniques.All.Where(selected.Contains))
        {
            if (technique == Techniques.Stacked)
            {
                AddStacked(generators, options);
            }
            else
            {
                generators.Add(Create(technique, options));
            }
        }

        return generators;
    }

    private static IPermutationGenerator Create(string technique, PermutationOptions options) => technique switch
    {
        Techniques.Dictionary => new DictionaryGenerator(options.Dictionary.Count > 0 ? options.Dictionary : WordLists.Dictionary),
        Techniques.TldSwap => new TldSwapGenerator(options.Tlds.Count > 0 ? options.Tlds : WordLists.Tlds),
        Techniques.Various => new VariousGenerator(),
        Techniques.DotToHyphen => new DotToHyphenGenerator(options.Subdomains, WordLists.StackWords),
        Techniques.Combosquat => new CombosquatGenerator([.. WordLists.ServiceWords.Concat(options.Keywords).Distinct(StringComparer.Ordinal)]),
        _ => CreateLabelGenerator(technique),
    };

    private static LabelGenerator CreateLabelGenerator(string technique) => technique switch
    {
        Techniques.Addition => new AdditionGenerator(),
        Techniques.Bitsquatting => new BitsquattingGenerator(),
        Techniques.Cyrillic => new CyrillicGenerator(),
        Techniques.Homoglyph => new HomoglyphGenerator(),
        Techniques.Hyphenation => new HyphenationGenerator(),
        Techniques.Insertion => new InsertionGenerator(),
        Techniques.Omission => new OmissionGenerator(),
        Techniques.Plural => new PluralGenerator(),
        Techniques.Repetition => new RepetitionGenerator(),
        Techniques.Replacement => new ReplacementGenerator(),
        Techniques.Subdomain => new SubdomainGenerator(),
        Techniques.Transposition => new TranspositionGenerator(),
        Techniques.VowelSwap => new VowelSwapGenerator(),
        _ => throw new ArgumentOutOfRangeException(nameof(technique), technique, "no generator for this technique"),
    };

    // Known subdomains are stacked as flattened dots ("mail.en-marche.fr" -> "mail-en-marhce.fr"); without
    // them, a few service words are, as combosquats.
    private static void AddStacked(List<IPermutationGenerator> generators, PermutationOptions options)
    {
        var (source, words) = options.Subdomains.Count > 0
            ? (Techniques.DotToHyphen, options.Subdomains)
            : (Techniques.Combosquat, WordLists.StackWords);
        foreach (var typo in Techniques.Typos)
        {
            generators.Add(new StackedGenerator(source, words, CreateLabelGenerator(typo)));
        }
    }
}

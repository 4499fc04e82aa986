using BriefBot.Core.Content;
using BriefBot.Core.Extraction.Lexicon;
using BriefBot.Core.Extraction.Text;
using BriefBot.Core.Knowledge;

namespace BriefBot.Core.Extraction;

/// <summary>
/// One extraction: find candidates in every article, merge them, index every name, scan every sentence once for
/// mentions, then settle reading authors, quotes and definitions from those mentions.
/// </summary>
internal sealed class ExtractionRun(IReadOnlyList<Article> articles, ParallelOptions parallel)
{
    private readonly List<ArticleView> _views = Prepare(articles, parallel);
    private readonly Dictionary<string, int> _articleOrder = articles.Select((a, i) => (a.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
    private readonly Dictionary<string, Candidate> _candidates = new(StringComparer.Ordinal);
    // In reading order, so a sentence naming an entity twice is only next to itself: see RecordMentions.
    private readonly Dictionary<string, Mention[]> _mentions = new(StringComparer.Ordinal);
    private readonly HitStrings _hitStrings = new();

    public CorpusExtraction Run()
    {
        // Finding candidates needs nothing but the article itself, so articles are read in parallel;
        // their hits are then joined in article order, which keeps the result deterministic.
        var perArticle = new ArticleHits[_views.Count];
        Parallel.For(0, _views.Count, parallel, i => perArticle[i] = FindIn(_views[i]));
        var rawReadings = perArticle.SelectMany(h => h.Readings).ToList();
        var personHits = Joined(perArticle, h => h.People, extra: rawReadings.Sum(r => r.NamedAuthors.Count));
        var orgHits = Joined(perArticle, h => h.Organisations);
        var conceptHits = Joined(perArticle, h => h.Concepts);

        // Concepts merge beside people and organisations: only dropping those that name one of them waits for both.
        List<Candidate> people = [], orgs = [], concepts = [];
        HashSet<string> personKeys = [];
        Parallel.Invoke(
            parallel,
            () => concepts = ConceptMerger.Merge(conceptHits),
            () =>
            {
                AddCitedAuthors(rawReadings, personHits);
                people = PersonMerger.Merge(personHits);
                personKeys = people.Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
                orgs = OrganisationMerger.Merge(orgHits, personKeys);
            });
        concepts = ConceptMerger.WithoutNames(concepts, orgs.Select(o => o.Key).Concat(personKeys).ToHashSet(StringComparer.Ordinal));

        var index = new AliasIndex();
        AddStates(index);
        foreach (var phrase in CountryData.NotStatePhrases)
        {
            index.Add(phrase, null, AliasMode.Folded);
        }

        foreach (var person in people)
        {
            Register(person, PersonId(person));
            index.Add(person.Name, person.Key, person.Name.Contains(' ', StringComparison.Ordinal) ? AliasMode.Folded : AliasMode.Capitalised);
            foreach (var name in person.Names.Keys)
            {
                index.Add(name, person.Key, name.Contains(' ', StringComparison.Ordinal) ? AliasMode.Folded : AliasMode.Capitalised);
            }

            if (person.Name.Contains(' ', StringComparison.Ordinal))
            {
                var words = person.Name.Split(' ');
                var surname = PersonMerger.FamilyName(person.Name);
                person.Aliases[surname] = AliasMode.Surname;
                index.Add(surname, person.Key, AliasMode.Surname);

                // Family name first ("Nguyen Thi Lan" is "Nguyen" on second mention).
                if (words.Length >= 3 && !Words.GivenNames.Contains(words[0]) && char.IsUpper(words[0][0]))
                {
                    person.Aliases[words[0]] = AliasMode.Surname;
                    index.Add(words[0], person.Key, AliasMode.Surname);
                }
            }
        }

        foreach (var org in orgs)
        {
            Register(org, "actor:" + Folding.Slug(org.Name));
            foreach (var name in org.Names.Keys)
            {
                index.Add(name, org.Key, AliasIndex.ModeFor(name));
            }

            foreach (var name in org.Names.Keys)
            {
                if (AcronymsWrittenAsWords.AsWord(name) is { } word)
                {
                    org.Aliases[word] = AliasIndex.ModeFor(word); // "Nato" in papers that write NATO so
                }
            }

            foreach (var (alias, mode) in org.Aliases)
            {
                index.Add(alias, org.Key, mode);
            }
        }

        foreach (var concept in concepts)
        {
            Register(concept, "concept:" + Folding.Slug(concept.Name));
            foreach (var name in concept.Names.Keys.Concat(concept.Aliases.Keys))
            {
                index.Add(name, concept.Key, AliasMode.Folded);
            }
        }

        var (readings, quotes) = MentionsReadingsAndQuotes(index, rawReadings);

        // Each entity is put together on its own (in parallel); sorting by id then fixes the order.
        var candidates = _candidates.Values.ToArray();
        var built = new Entity?[candidates.Length];
        Parallel.For(0, candidates.Length, parallel, i =>
        {
            var candidate = candidates[i];
            var mentions = ReadingOrder.Of(_mentions.GetValueOrDefault(candidate.Key), candidate.Seen, ArticleOrder);
            built[i] = mentions.Length == 0 || IsMerelyMentioned(candidate) ? null : ToEntity(candidate, mentions, quotes.GetValueOrDefault(candidate.Key) ?? []);
        });
        var entities = built.OfType<Entity>().ToList();
        entities.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        var byKeyId = _candidates.Values.ToDictionary(c => c.Key, c => IdOf(c), StringComparer.Ordinal);
        var kept = entities.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var finalReadings = new Reading[readings.Count];
        Parallel.For(0, finalReadings.Length, parallel, i => finalReadings[i] = readings[i] with
        {
            TopicIds = readings[i].TopicIds.Select(k => byKeyId.GetValueOrDefault(k)).OfType<string>().Where(kept.Contains).Distinct().ToList(),
        });
        return new CorpusExtraction(entities, finalReadings);
    }

    /// <summary>The authors named beside cited works, as people seen in the citing sentence.</summary>
    private static void AddCitedAuthors(List<RawReading> rawReadings, List<PersonHit> personHits)
    {
        var cleaned = new Dictionary<string, string?>(StringComparer.Ordinal); // the same authors are cited again and again
        foreach (var reading in rawReadings)
        {
            foreach (var name in reading.NamedAuthors)
            {
                if (!cleaned.TryGetValue(name, out var clean))
                {
                    cleaned[name] = clean = PersonFinder.Clean(name);
                }

                if (clean is not null && clean.Contains(' ', StringComparison.Ordinal))
                {
                    personHits.Add(new PersonHit(clean, [], false, reading.Sentence, Speaks: true));
                }
            }
        }
    }

    /// <summary>
    /// Finds each article's mentions, then settles its citations' authors and topics and gives out its quotations, which
    /// need only the article's own mentions: one pass per article (in parallel) reads its text once for all three. The
    /// pass only reads the candidates; the states it finds become candidates after it (<see cref="RecordMentions"/>).
    /// </summary>
    private (List<Reading> Readings, Dictionary<string, List<Quote>> Quotes) MentionsReadingsAndQuotes(
        AliasIndex index, List<RawReading> rawReadings)
    {
        var citations = ReadingResolver.ArticleRuns(rawReadings);
        var settled = new (List<string> Authors, List<string> Topics)[rawReadings.Count];
        var quotes = new List<(string Speaker, Quote Quote)>[_views.Count];
        Parallel.For(0, _views.Count, parallel, i =>
        {
            var article = _views[i];
            FindMentionsIn(article, index);
            if (citations.TryGetValue(article, out var own))
            {
                ReadingResolver.SettleArticle(rawReadings, own, this, settled);
            }

            quotes[i] = QuoteAttributor.AttributeIn(article, this);
            article.ReleaseText();
        });
        RecordMentions(index);
        return (ReadingResolver.Gather(rawReadings, settled), QuoteAttributor.Gather(quotes));
    }

    /// <summary>Prepares every article (sentence offsets, quotations) in parallel: each needs only its own text.</summary>
    private static List<ArticleView> Prepare(IReadOnlyList<Article> articles, ParallelOptions parallel)
    {
        var views = new ArticleView[articles.Count];
        Parallel.For(0, articles.Count, parallel, i => views[i] = new ArticleView(articles[i]));
        return [.. views];
    }

    /// <summary>A person neither in office nor quoted or cited as a source is no expert: "X was detained last week".</summary>
    private static bool IsMerelyMentioned(Candidate c) => c.Kind == EntityKind.Expert && !c.Source;

    internal Candidate? Find(string key) => _candidates.GetValueOrDefault(key);

    internal bool IsPerson(string key) => _candidates.TryGetValue(key, out var c) && (c.Kind == EntityKind.Expert || c.ActorKind == ActorKind.Leader);

    private readonly Dictionary<string, string> _ids = new(StringComparer.Ordinal);
    private readonly HashSet<string> _usedIds = new(StringComparer.Ordinal);

    internal string IdOf(Candidate c) => _ids[c.Key];

    private void Register(Candidate candidate, string id)
    {
        var unique = id;
        var n = 2;
        while (!_usedIds.Add(unique))
        {
            unique = $"{id}-{n++}";
        }

        _ids[candidate.Key] = unique;
        _candidates[candidate.Key] = candidate;
    }

    private static string PersonId(Candidate person) =>
        (person.Kind == EntityKind.Expert ? "expert:" : "actor:") + Folding.Slug(person.Name);

    private void AddStates(AliasIndex index)
    {
        foreach (var country in Gazetteer.Countries)
        {
            var key = "state:" + Folding.Slug(country.Name);
            foreach (var name in country.AllNames)
            {
                index.Add(name, key, AliasIndex.ModeFor(name));
            }
        }
    }

    private Candidate StateCandidate(string key)
    {
        if (_candidates.TryGetValue(key, out var existing))
        {
            return existing;
        }

        var slug = key["state:".Length..];
        var country = Gazetteer.Countries.First(c => Folding.Slug(c.Name) == slug);
        var candidate = new Candidate(key, EntityKind.Actor, ActorKind.State) { FixedName = country.Name };
        candidate.AddName(country.Name);
        foreach (var name in country.OtherNames.Concat(country.Demonyms).Concat(country.Capitals))
        {
            candidate.Aliases[name] = AliasIndex.ModeFor(name);
        }

        Register(candidate, "actor:" + slug);
        return candidate;
    }

    /// <summary>
    /// Records the mentions found in every article (<see cref="FindMentionsIn"/>) in article order, which keeps ids and
    /// results deterministic; each state named gets its candidate.
    /// </summary>
    private void RecordMentions(AliasIndex index)
    {
        // Each entity's mentions go into an array of their number, counted first: grown by doubling, the outgrown arrays of
        // the long ones (a state named in thousands of articles) were garbage old enough for the collector to carry, and
        // the entity would copy its list into an array again.
        var keys = index.Keys;
        var counts = new int[keys.Count];
        EachMention(keys.Count, (key, _) => counts[key]++);

        var mentions = new Mention[keys.Count][];
        var filled = new int[keys.Count];
        EachMention(keys.Count, (key, mention) =>
        {
            if (filled[key] == 0 && keys[key].StartsWith("state:", StringComparison.Ordinal))
            {
                StateCandidate(keys[key]);
            }

            (mentions[key] ??= new Mention[counts[key]])[filled[key]++] = mention;
        });

        for (var key = 0; key < mentions.Length; key++)
        {
            if (mentions[key] is { } list)
            {
                _mentions[keys[key]] = list;
            }
        }
    }

    /// <summary>
    /// Hands <paramref name="record"/> every (key number, sentence) the mention scan found, in article order, a sentence
    /// once per key however often it names the entity.
    /// </summary>
    private void EachMention(int keyCount, Action<int, Mention> record)
    {
        var last = new Mention?[keyCount];
        foreach (var article in _views)
        {
            foreach (var s in article.Sentences)
            {
                var mention = new Mention(article.Id, s.Paragraph.Index, s.Index);
                foreach (var (key, _) in s.FoundNumbers)
                {
                    if (last[key] != mention)
                    {
                        last[key] = mention;
                        record(key, mention);
                    }
                }
            }
        }
    }

    /// <summary>
    /// Notes the entities named in one article on each of its sentences (<see cref="SentenceView.Found"/>), in reading
    /// order. Articles are scanned on their own: the index is only read, and which of several same-named entities is
    /// meant depends on that article alone.
    /// </summary>
    private static void FindMentionsIn(ArticleView article, AliasIndex index)
    {
        var lastSeen = new Dictionary<int, int>();
        var clock = 0;
        var found = t_found ??= [];
        var words = t_words ??= new SentenceWords();
        var hits = t_hits ??= [];
        found.Clear();
        var starts = new int[article.SentenceCount + 1];
        foreach (var s in article.Sentences)
        {
            starts[s.Number] = found.Count;
            s.ReadWords(words);
            hits.Clear();
            index.Scan(words, hits);
            foreach (var (word, targets) in hits)
            {
                var chosen = Choose(targets, lastSeen);
                if (chosen is not { Number: >= 0 and var key } || chosen.Key is { } k && k.StartsWith("state:", StringComparison.Ordinal) &&
                    PlaceCompound.Locates(words, word + chosen.Raw.Length - 1))
                {
                    continue;
                }

                if (chosen.Mode != AliasMode.Surname)
                {
                    lastSeen[key] = ++clock;
                }

                found.Add((key, words.Start(word)));
            }
        }

        starts[^1] = found.Count;
        article.SetFound([.. found], starts, index.Keys);
    }

    [ThreadStatic]
    private static List<(int Key, int Start)>? t_found;

    [ThreadStatic]
    private static SentenceWords? t_words;

    [ThreadStatic]
    private static List<(int Word, List<AliasIndex.Target> Targets)>? t_hits;

    /// <summary>Several entities share this name (two people called Khan): take the one named most recently in this article.</summary>
    private static AliasIndex.Target? Choose(List<AliasIndex.Target> targets, Dictionary<int, int> lastSeen)
    {
        if (targets.Count == 1)
        {
            return targets[0];
        }

        foreach (var target in targets)
        {
            if (target.Mode != AliasMode.Surname)
            {
                return target;
            }
        }

        // The first of those named last wins a tie, as a stable sort would have it.
        AliasIndex.Target? best = null;
        var bestSeen = int.MinValue;
        foreach (var target in targets)
        {
            var seen = target.Number < 0 ? -1 : lastSeen.GetValueOrDefault(target.Number);
            if (best is null || seen > bestSeen)
            {
                best = target;
                bestSeen = seen;
            }
        }

        return best;
    }

    /// <summary>Every article's hits of one kind in one list, in article order, made at its final length (with room for <paramref name="extra"/> more).</summary>
    private static List<T> Joined<T>(ArticleHits[] perArticle, Func<ArticleHits, T[]> part, int extra = 0)
    {
        var joined = new List<T>(perArticle.Sum(h => part(h).Length) + extra);
        foreach (var hits in perArticle)
        {
            joined.AddRange(part(hits));
        }

        return joined;
    }

    private ArticleHits FindIn(ArticleView article)
    {
        var readings = ReadingFinder.Find(article);
        var people = t_people ??= [];
        var organisations = t_organisations ??= [];
        var concepts = t_concepts ??= [];
        people.Clear();
        organisations.Clear();
        concepts.Clear();
        foreach (var p in article.Paragraphs)
        {
            if (p.IsHeading)
            {
                continue;
            }

            var paragraphWords = t_paragraphWords ??= new ParagraphWords();
            paragraphWords.Clear();
            foreach (var s in p.Sentences)
            {
                var words = WordRanges.Of(s.Text);
                paragraphWords.Add(words);
                PersonFinder.Find(s, words, people);
                OrganisationFinder.Find(s, words, organisations);
            }

            ConceptFinder.Find(p, paragraphWords, concepts);
        }

        BodyAnaphora.Resolve(people, 0, organisations);
        LedeDescription.Apply(article, people, organisations);
        AddAuthors(article, people);
        article.ReleaseText();
        _hitStrings.Share(people, organisations, concepts);
        return new ArticleHits(readings, [.. people], [.. organisations], [.. concepts]);
    }

    // An article's hits are gathered in lists kept by the thread and handed on in arrays of their length: they live until
    // every article is read, so lists grown by doubling would leave the collector to carry their spare room.
    [ThreadStatic]
    private static List<PersonHit>? t_people;

    [ThreadStatic]
    private static ParagraphWords? t_paragraphWords;

    [ThreadStatic]
    private static List<OrgHit>? t_organisations;

    [ThreadStatic]
    private static List<ConceptHit>? t_concepts;

    private sealed record ArticleHits(List<RawReading> Readings, PersonHit[] People, OrgHit[] Organisations, ConceptHit[] Concepts);

    private void AddAuthors(ArticleView article, List<PersonHit> hits)
    {
        if (article.Paragraphs.Count == 0 || article.Paragraphs[0].Sentences.Count == 0)
        {
            return;
        }

        var where = article.Paragraphs[0].Sentences[0];
        foreach (var author in article.Article.Authors)
        {
            if (PersonFinder.Clean(author) is { } name)
            {
                hits.Add(new PersonHit(name, [], false, where, Speaks: true));
            }
        }
    }

    /// <param name="mentions">In reading order, each once (<see cref="ReadingOrder"/>).</param>
    private Entity ToEntity(Candidate c, Mention[] mentions, List<Quote> quotes)
    {
        var name = c.Name;
        var aliases = c.Names.Keys.Concat(c.Aliases.Keys)
            .Where(a => !string.Equals(a, name, StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Order(StringComparer.Ordinal)
            .ToList();
        var definition = c.Kind == EntityKind.Concept
            ? c.Definitions.OrderByDescending(d => d.Score).ThenBy(d => ArticleOrder(d.ArticleId)).ThenBy(d => d.Paragraph).ThenBy(d => d.Sentence).FirstOrDefault()?.Text
            : null;
        return new Entity(IdOf(c), c.Kind, c.Kind == EntityKind.Actor ? c.ActorKind : null, name, aliases, c.Roles.ToList(), c.Affiliations.ToList(),
            definition, mentions, quotes);
    }

    private int ArticleOrder(string articleId) => _articleOrder.GetValueOrDefault(articleId, int.MaxValue);
}

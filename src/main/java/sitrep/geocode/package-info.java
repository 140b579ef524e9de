/**
 * Geocode stage: finds place and actor names in text and ranks the readings of each place name.
 *
 * <p>Input: document text (a {@code String}) and the gazetteer ({@link sitrep.geocode.Gazetteer}, loaded from the
 * bundled {@code /gazetteer/places.tsv.gz} and {@code /gazetteer/actors.csv}, with the precomputed name keys of
 * {@code /gazetteer/places.keys.gz} ({@link sitrep.geocode.GazetteerIndex}) and the analysts' aliases of
 * {@code /gazetteer/aliases.csv}, which rank like main names). Output: {@link
 * sitrep.geocode.NameMatch} lists (offsets into the original text) and, per match, {@link sitrep.geocode.Candidate}
 * lists from {@link sitrep.geocode.PlaceResolver}, convertible to {@link sitrep.model.Place}.
 *
 * <p>Guarantees: matches are sorted by offset, never overlap, lie on word boundaries and take the longest name;
 * the same text and gazetteer give the same matches and rankings. Spelling variants meet through one normaliser
 * (case, diacritics, apostrophes, hyphens, optional {@code al-}/{@code ash-}... articles, doubled letters, {@code
 * ain/ayn/ein}, vowel-insensitive fallback, "air base"/"airbase"/"base"/"camp" suffixes, Arabic letter forms).
 * Noise rules for places: names must be capitalised unless curated and multi-word; one- and two-letter names are
 * ignored; one-word names that are common English words or personal names, and villages (population under 1000),
 * are not read at a sentence start or inside a run of capitalised words; a name right before "website", "TV" or
 * "channel" is a media outlet, and a common word written with an article ("Al-Hurra") is not a place whose name has
 * none. A corrupt gazetteer file is a {@link
 * sitrep.pipeline.SitrepException} naming file and line.
 */
package sitrep.geocode;

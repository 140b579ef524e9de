/**
 * Extract: a {@link sitrep.model.Document} in, its candidate incidents out (one source each, with evidence sentences
 * and offsets). Sentences, attack and weapon cues, counts, casualties, dates resolved against the publication date,
 * claimed or attributed actors. Places and actors come through a {@link sitrep.extract.PlaceFinder}.
 */
package sitrep.extract;

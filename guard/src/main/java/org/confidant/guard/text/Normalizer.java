package org.confidant.guard.text;

import java.util.function.Function;

/**
 * Turns a text into the form recognizers read, keeping a map back to the original.
 *
 * <p>Four passes run in this order, each on the previous one's output, and their maps are
 * composed so that every normalized character points at the stretch of the original it came from:
 * <ol>
 *   <li><b>Character folding</b> ({@link CharFolding}): Unicode NFKC per character with its
 *       combining marks (fullwidth and mathematical letters, ligatures, superscripts, circled
 *       digits); invisible characters dropped (zero-width space, joiners, word joiner, BOM, soft
 *       hyphen, bidi controls, variation selectors, tag characters); unusual spaces to
 *       {@code ' '}; dashes to {@code '-'}; curly quotes and apostrophes to {@code '} and
 *       {@code "}.
 *   <li><b>Look-alike letters</b> ({@link Confusables}): Cyrillic, Greek and Armenian letters that
 *       look Latin become ASCII when their word also has Latin letters or digits, or, for a word
 *       made only of look-alikes, when it sits next to a number or among Latin words; real Russian
 *       or Greek text is left alone. O, l and I inside numbers become digits. Accented Latin
 *       letters (á é í ó ú ñ ü) are kept.
 *   <li><b>Spelled-out digits</b> ({@link SpelledDigits}): runs of at least three English or
 *       Spanish number words, possibly mixed with digits, become digits, separators kept
 *       ("five five five, oh one three four" -> "5 5 5, 0 1 3 4"), a spoken "dash" becomes
 *       '-', two two-digit numbers join ("nineteen eighty-six" -> "1986"); isolated number words
 *       stay.
 *   <li><b>Spoken e-mail addresses</b> ({@link SpokenEmails}): "jake at example dot com",
 *       "jake (at) example [dot] org", "jake arroba example punto com", "jake@example dot com"
 *       -> "jake@example.com", only when the domain ends in a known top-level domain.
 * </ol>
 * The text keeps its case; {@link NormalizedText#lower()} gives the lower-case view.
 *
 * <p>Guarantees: runs in time linear in the text's length; never throws on any input (empty,
 * huge, binary junk, lone surrogates). The {@linkplain #Normalizer() default} normalizer skips a
 * pass that fails unexpectedly rather than fail the check; {@link #strict()} lets such a failure
 * surface, for tests and fuzzing. Instances are stateless and thread-safe.
 */
public final class Normalizer {
  private final boolean strict;

  /** A normalizer that degrades to fewer passes rather than ever throw. */
  public Normalizer() {
    this(false);
  }

  private Normalizer(boolean strict) {
    this.strict = strict;
  }

  /** A normalizer that lets an unexpected failure of a pass propagate (for tests and fuzzing). */
  public static Normalizer strict() {
    return new Normalizer(true);
  }

  /** Normalizes {@code original}; see the class comment for the steps. */
  public NormalizedText normalize(String original) {
    String text = original == null ? "" : original;
    NormalizedText result;
    try {
      result = CharFolding.fold(text);
    } catch (RuntimeException e) {
      if (strict) {
        throw e;
      }
      result = NormalizedText.identity(text);
    }
    result = pass(result, Confusables::fold);
    result = pass(result, SpelledDigits::convert);
    result = pass(result, SpokenEmails::join);
    return result;
  }

  private NormalizedText pass(NormalizedText sofar, Function<String, NormalizedText> step) {
    try {
      NormalizedText next = step.apply(sofar.text());
      return next == null ? sofar : sofar.then(next);
    } catch (RuntimeException e) {
      if (strict) {
        throw e;
      }
      return sofar;
    }
  }
}

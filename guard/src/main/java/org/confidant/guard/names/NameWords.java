package org.confidant.guard.names;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The small word lists the full-name recognizer consults besides the name frequencies: everyday
 * words that need more evidence before they count as a name, honorifics, name particles, words
 * that start place names, words that end place or organisation names, and words that announce
 * a person.
 *
 * <p>All lists hold lookup keys ({@link NameTokens#key}): lower case, no accents, no
 * apostrophes. Immutable and thread-safe; the everyday-word list is read once from
 * {@code common-words.txt} beside this class.
 */
final class NameWords {
  private NameWords() {}

  /** Everyday English and Spanish words ("grace", "church", "said", "calle"). */
  static final Set<String> COMMON = load("common-words.txt");

  /** Honorifics and titles that may precede a full name ("Dr. Ana Ruiz"). */
  static final Set<String> TITLES = keys("dr mr mrs ms mx miss prof professor sr sra srta dra "
      + "rev reverend fr pastor sir dame don dona senor senora senorita lic ing mme mlle herr frau "
      + "capt sgt lt col gen officer detective judge");

  /** Lower-case particles inside names ("Juan de la Cruz", "García y López"). */
  static final Set<String> PARTICLES = keys("de del la las los van von der den da di du dos das "
      + "le ter ten bin ibn");

  /** First names that often start a double first name ("Juan Carlos", "Mary Beth", "Ana María"). */
  static final Set<String> DOUBLE_FIRST = keys("juan jose maria ana luis miguel jean marie mary "
      + "anne ann sarah billy bobby jo mari rosa");

  /** Words that start place names, never a person's name ("San Diego", "Fort Worth"). */
  static final Set<String> PLACE_PREFIXES = keys("san santa santo sao saint sainte st ste fort "
      + "ft mount mt monte mont lake port porto puerto new los las el la le rue via calle avenida "
      + "rua cape glen palm upper lower north south east west little great grand big old villa "
      + "sankt costa isla cerro rio lago punta bahia bay lady our");

  /** Words after a name that make it a place or an organisation ("Whittaker Street"). */
  static final Set<String> PLACE_SUFFIXES = keys("street st avenue ave road rd lane ln drive dr "
      + "boulevard blvd way court ct place pl circle cir parkway pkwy highway hwy terrace trail "
      + "square plaza park parks garden gardens church chapel cathedral temple hall center centre "
      + "school college university academy institute hospital clinic library museum theater "
      + "theatre club cafe restaurant bar pub grill diner market store shop mall bank building "
      + "tower city town village county island beach bay lake river creek mountain valley hill "
      + "hills heights springs falls station airport bridge inc llc ltd corp co company "
      + "corporation foundation association society group memorial stadium arena field high "
      + "elementary middle show band award awards prize scholarship fund trust associates hotel "
      + "motel inn lodge ranch farm camp house home homes bridge tunnel dam expressway freeway "
      + "pike loop row walk crossing point junction ridge grove estates manor");

  /** Words just before a name that make a person likely ("thanks", "my sponsee", "con"). */
  static final Set<String> CUES_BEFORE = keys("to with thanks thank thx ty shoutout named called "
      + "call calling text texted tell told ask asked met meet saw see seen from for by and dear hi "
      + "hey hello congrats congratulations welcome love miss missed visit visited about sponsee "
      + "sponsor sponsored cousin brother sister friend husband wife neighbor neighbour boss mom "
      + "dad son daughter uncle aunt partner girlfriend boyfriend fiance fiancee ex guy girl lady "
      + "man woman dude apparently is was meet remember contact email emailed cc name under "
      + "of at add added user beneficiary guardian speaker producer commenter says said starring "
      + "directed founder founders assistant tribute invite invited introduce introduced "
      + "con a gracias llama llamado llamada padrino madrina ahijado ahijada amigo amiga hermano "
      + "hermana primo prima vecino vecina esposo esposa novio novia jefe jefa senor senora para "
      + "de llamo soy nombre heard hear dr mr mrs ms miss");

  /** Words just after a name that make a person likely ("mike brennan from the 6am group"). */
  static final Set<String> CUES_AFTER = keys("said says told texted called asked is was has had "
      + "got gets from who lives lived works worked wants wanted just says relapsed went came "
      + "explained points will spoke speaks shared wrote dijo vive tiene esta fue es que");

  /** Word endings typical of surnames from many languages, for words in no list. */
  private static final String[] SURNAME_ENDINGS = {
      "ova", "ovo", "eva", "ov", "ev", "ski", "ska", "sky", "ic", "vich", "enko", "escu", "sson",
      "sen", "ez", "ian", "yan", "oglu", "poulos", "idis", "akis", "berg", "stein", "mann",
      "qvist", "kvist", "strom", "ini", "etti", "ucci", "elli", "ardo", "wicz", "czyk", "ak",
      "uk", "ik", "chuk", "shvili", "dze", "aki", "moto", "mura", "yama", "naka", "kawa", "aite",
      "iene", "nen", "dottir", "feld", "baum", "hoff", "aert"};

  /** Whether {@code key}, which is in no name list, has the shape of a surname. */
  static boolean surnameShaped(String key) {
    if (key.length() < 4 || key.endsWith("ing") || key.endsWith("ly") || key.endsWith("ed")) {
      return false;
    }
    for (String e : SURNAME_ENDINGS) {
      if (key.endsWith(e)) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> keys(String words) {
    Set<String> out = new HashSet<>();
    for (String w : words.split(" ")) {
      if (!w.isEmpty()) {
        out.add(NameTokens.key(w));
      }
    }
    return org.confidant.guard.text.WordTable.copyOf(out);
  }

  private static Set<String> load(String resource) {
    Set<String> out = new HashSet<>();
    for (String line : lines(resource)) {
      for (String w : line.split("\\s+")) {
        if (!w.isEmpty()) {
          out.add(NameTokens.key(w));
        }
      }
    }
    return org.confidant.guard.text.WordTable.copyOf(out);
  }

  /** The lines of a resource beside this class, without comments and blank lines. */
  static List<String> lines(String resource) {
    try (InputStream raw = NameWords.class.getResourceAsStream(resource)) {
      if (raw == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(raw, StandardCharsets.UTF_8));
      List<String> out = new ArrayList<>();
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        int hash = line.indexOf('#');
        String s = (hash >= 0 ? line.substring(0, hash) : line).strip();
        if (!s.isEmpty()) {
          out.add(s);
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}

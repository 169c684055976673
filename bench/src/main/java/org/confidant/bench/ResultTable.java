package org.confidant.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns a JMH JSON result file into the Markdown table of docs/benchmarks.md: per benchmark the
 * guard's and CoreNLP's p50 and p99 latency, characters per second, and the ratio.
 *
 * <p>Run with {@code java -cp bench/target/benchmarks.jar org.confidant.bench.ResultTable
 * bench/target/jmh-result.json}; engines missing from the file are shown as "-".
 */
public final class ResultTable {
  private static final String[] NAMES = {"chatLine200", "message1k", "post5k", "throughputMixed"};

  private ResultTable() {}

  public static void main(String[] args) throws IOException {
    Path file = Path.of(args.length > 0 ? args[0] : "bench/target/jmh-result.json");
    JsonNode results = JsonMapper.builder().build().readTree(Files.readString(file));
    Map<String, JsonNode> byName = new LinkedHashMap<>();
    for (JsonNode r : results) {
      String b = r.get("benchmark").asString();
      byName.put(b.substring(b.lastIndexOf('.', b.lastIndexOf('.') - 1) + 1), r);
    }
    System.out.println("| benchmark | guard p50 | guard p99 | CoreNLP p50 | CoreNLP p99 "
        + "| guard speed-up |");
    System.out.println("|---|---:|---:|---:|---:|---:|");
    for (String n : NAMES) {
      JsonNode g = byName.get("GuardBenchmark." + n);
      JsonNode c = byName.get("CoreNlpBenchmark." + n);
      if (n.equals("throughputMixed")) {
        double gc = chars(g);
        double cc = chars(c);
        System.out.printf(Locale.ROOT, "| %s (characters/s) | %s | | %s | | %s |%n", n,
            number(gc), number(cc), gc > 0 && cc > 0 ? ratio(gc / cc) : "-");
      } else {
        double g50 = percentile(g, "50.0");
        double c50 = percentile(c, "50.0");
        System.out.printf(Locale.ROOT, "| %s | %s | %s | %s | %s | %s |%n", n, micros(g50),
            micros(percentile(g, "99.0")), micros(c50), micros(percentile(c, "99.0")),
            g50 > 0 && c50 > 0 ? ratio(c50 / g50) : "-");
      }
    }
  }

  private static double percentile(JsonNode r, String p) {
    if (r == null) {
      return -1;
    }
    JsonNode v = r.path("primaryMetric").path("scorePercentiles").get(p);
    return v == null ? -1 : v.asDouble();
  }

  private static double chars(JsonNode r) {
    if (r == null) {
      return -1;
    }
    JsonNode v = r.path("secondaryMetrics").path("chars").get("score");
    return v == null ? -1 : v.asDouble();
  }

  private static String micros(double us) {
    if (us < 0) {
      return "-";
    }
    return us >= 1000 ? String.format(Locale.ROOT, "%.1f ms", us / 1000)
        : String.format(Locale.ROOT, "%.0f µs", us);
  }

  private static String number(double v) {
    return v < 0 ? "-" : String.format(Locale.ROOT, "%,.0f", v);
  }

  private static String ratio(double r) {
    return String.format(Locale.ROOT, "%.0f×", r);
  }
}

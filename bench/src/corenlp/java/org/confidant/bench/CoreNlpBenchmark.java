package org.confidant.bench;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Stanford CoreNLP 4.5.10 named-entity recognition on the same texts as {@link GuardBenchmark},
 * with the same benchmark names, so one run gives the ratio.
 *
 * <p>Only compiled under the Maven profile {@code corenlp}; CoreNLP is GPL-licensed and is never
 * part of Confidant. The pipeline is {@code tokenize,ssplit,pos,lemma,ner} with CoreNLP's
 * standard three English CRF models, without SUTime, numeric classifiers or the fine-grained
 * (KBP) regex NER: the named-entity part a PII detector needs, not the full default pipeline.
 */
@State(Scope.Benchmark)
public class CoreNlpBenchmark {
  private StanfordCoreNLP pipeline;
  private String[] chat;
  private String[] messages;
  private String[] posts;
  private String[] mixed;

  /** The pipeline's properties, also listed in docs/benchmarks.md. */
  static Properties properties() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    p.setProperty("tokenize.language", "en");
    p.setProperty("ner.useSUTime", "false");
    p.setProperty("ner.applyNumericClassifiers", "false");
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ner.buildEntityMentions", "true");
    p.setProperty("threads", "1");
    return p;
  }

  @Setup(Level.Trial)
  public void setUp() {
    pipeline = new StanfordCoreNLP(properties());
    chat = BenchTexts.chatLines().toArray(String[]::new);
    messages = BenchTexts.messages().toArray(String[]::new);
    posts = BenchTexts.posts().toArray(String[]::new);
    mixed = BenchTexts.mixed().toArray(String[]::new);
  }

  private CoreDocument annotate(String text) {
    CoreDocument doc = new CoreDocument(text);
    pipeline.annotate(doc);
    return doc;
  }

  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public CoreDocument chatLine200(GuardBenchmark.Cursor c) {
    return annotate(chat[c.take(chat.length)]);
  }

  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public CoreDocument message1k(GuardBenchmark.Cursor c) {
    return annotate(messages[c.take(messages.length)]);
  }

  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public CoreDocument post5k(GuardBenchmark.Cursor c) {
    return annotate(posts[c.take(posts.length)]);
  }

  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  public CoreDocument throughputMixed(GuardBenchmark.Cursor c, GuardBenchmark.Chars counter) {
    String text = mixed[c.take(mixed.length)];
    counter.chars += text.length();
    return annotate(text);
  }
}

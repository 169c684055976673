package org.confidant.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.confidant.guard.Channel;
import org.confidant.guard.Guard;
import org.confidant.guard.Message;
import org.confidant.guard.ShareIndex;
import org.confidant.guard.Verdict;
import org.confidant.guard.meeting.FingerprintIndex;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The guard's cost per message: latency percentiles ({@link Mode#SampleTime}) for 200-character
 * chat lines, 1 KB messages and 5 KB posts, and throughput in characters per second over a mixed
 * workload (the {@code chars} counter of {@link #throughputMixed}).
 *
 * <p>Each call runs the full check: normalization, every registered recognizer, policy and
 * redaction. Messages cycle through the five channels and carry a writer, group members and
 * three heard shares, so channel-dependent recognizers run as they would in use.
 * {@link CoreNlpBenchmark} (profile {@code corenlp}) runs the same texts through Stanford
 * CoreNLP's NER for comparison.
 */
@State(Scope.Benchmark)
public class GuardBenchmark {
  static final List<String> MEMBERS = List.of("Sam R.", "Mike B.", "Sarah K.", "Jake T.",
      "Lupe M.", "Dana W.");
  static final List<String> SHARES = List.of(
      "I almost drove to the liquor store on Friday but I called my sponsor instead.",
      "My brother stopped talking to me after the second DUI and I still miss him.",
      "I have been lying to my boss about where I go at lunch, it is these meetings.");

  private Guard guard;
  private Message[] chat;
  private Message[] messages;
  private Message[] posts;
  private Message[] mixed;

  @Setup(Level.Trial)
  public void setUp() {
    guard = Guard.standard();
    ShareIndex shares = FingerprintIndex.of(SHARES);
    chat = messages(BenchTexts.chatLines(), shares);
    messages = messages(BenchTexts.messages(), shares);
    posts = messages(BenchTexts.posts(), shares);
    mixed = messages(BenchTexts.mixed(), shares);
  }

  static Message[] messages(List<String> texts, ShareIndex shares) {
    Channel[] channels = Channel.values();
    Message[] out = new Message[texts.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = Message.builder(texts.get(i), channels[i % channels.length])
          .author("Sam R.").members(MEMBERS).sponsees(List.of("Jake T.")).shares(shares).build();
    }
    return out;
  }

  /** Which text a thread checks next; each thread walks the set in order. */
  @State(Scope.Thread)
  public static class Cursor {
    int next;

    int take(int size) {
      int i = next;
      next = i + 1 == size ? 0 : i + 1;
      return i;
    }
  }

  /** Characters checked, reported by JMH as a rate: characters per second. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Chars {
    public long chars;

    @Setup(Level.Iteration)
    public void reset() {
      chars = 0;
    }
  }

  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public Verdict chatLine200(Cursor c) {
    return guard.check(chat[c.take(chat.length)]);
  }

  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public Verdict message1k(Cursor c) {
    return guard.check(messages[c.take(messages.length)]);
  }

  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public Verdict post5k(Cursor c) {
    return guard.check(posts[c.take(posts.length)]);
  }

  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  public Verdict throughputMixed(Cursor c, Chars counter) {
    Message m = mixed[c.take(mixed.length)];
    counter.chars += m.text().length();
    return guard.check(m);
  }
}

package org.confidant.bench.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;

/**
 * Load generator for live meetings: holds many attendees' event streams open, posts shares at a
 * fixed rate and measures delivery to every attendee. Loopback only, bounded in time.
 *
 * <p>Usage: {@code LoadGenerator BASE_URL SERVER_PID [meetings] [attendeesPerMeeting] [sharesPerSecond] [seconds]}.
 * It sets up through the JSON API (sign-up, sign-in, group, invites, meeting, session, waiting
 * room, admit), measures the server's heap (via {@code jcmd}) before and after opening every
 * stream, then posts shares round-robin over the meetings from random attendees and records, for
 * every share, the time from sending it to each attendee receiving it. All texts are fictional and
 * carry a letter tag that identifies the share; nothing is read from a corpus.
 */
public final class LoadGenerator {

  private static final String[] NAMES = {"Alex", "Blair", "Casey", "Drew", "Emery", "Finley", "Gray", "Harper",
      "Indy", "Jules", "Kai", "Lane", "Morgan", "Noel", "Oakley", "Parker", "Quinn", "Reese", "Sage", "Taylor"};
  private static final String[] SENTENCES = {
      "Grateful to be here today and keeping it simple one day at a time",
      "This week I called my sponsor before the meeting instead of after and it helped",
      "I am learning that acceptance is the answer to a lot of my problems",
      "Thanks for the readings tonight, the third step really spoke to me",
      "Went for a long walk this morning and prayed for the willingness to stay open",
      "Hearing everyone share reminds me that I am not alone in this"};

  /** Seconds of shares at the full rate before the measured ones. */
  static final int WARMUP_SECONDS = 15;

  private final URI base;
  private final long serverPid;
  private final int meetings;
  private final int perMeeting;
  private final int sharesPerSecond;
  private final int seconds;
  private final HttpClient http;
  /** Clients that read the event streams: each has one selector thread, so streams are spread over several. */
  private final HttpClient[] streamClients;
  private final Random random = new Random(20261127L);

  private final Map<String, Long> sentAt = new ConcurrentHashMap<>();
  private final AtomicLong[] latencyBuckets = new AtomicLong[60_001]; // per ms up to 60 s
  private final AtomicLong delivered = new AtomicLong();
  private final AtomicInteger streamsOpen = new AtomicInteger();
  private final AtomicInteger streamErrors = new AtomicInteger();

  LoadGenerator(URI base, long serverPid, int meetings, int perMeeting, int sharesPerSecond, int seconds) {
    this.base = base;
    this.serverPid = serverPid;
    this.meetings = meetings;
    this.perMeeting = perMeeting;
    this.sharesPerSecond = sharesPerSecond;
    this.seconds = seconds;
    this.http = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(10))
        .executor(Executors.newFixedThreadPool(4))
        .build();
    this.streamClients = new HttpClient[8];
    for (int i = 0; i < streamClients.length; i++) {
      streamClients[i] = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10)).executor(Executors.newFixedThreadPool(2)).build();
    }
    for (int i = 0; i < latencyBuckets.length; i++) {
      latencyBuckets[i] = new AtomicLong();
    }
  }

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: LoadGenerator BASE_URL SERVER_PID [meetings=100] [attendeesPerMeeting=20] "
          + "[sharesPerSecond=200] [seconds=30]");
      System.exit(64);
    }
    LoadGenerator g = new LoadGenerator(URI.create(args[0]), Long.parseLong(args[1]),
        arg(args, 2, 100), arg(args, 3, 20), arg(args, 4, 200), arg(args, 5, 30));
    System.exit(g.run() ? 0 : 1);
  }

  private static int arg(String[] args, int i, int fallback) {
    return args.length > i ? Integer.parseInt(args[i]) : fallback;
  }

  /** One meeting: its session id and its attendees (index 0 is the secretary, who chairs). */
  record Room(String sessionId, List<ApiClient> attendees) {}

  boolean run() throws Exception {
    long t0 = System.nanoTime();
    List<Room> rooms = setUp();
    System.out.printf("setup: %d meetings x %d attendees in %.1f s%n", meetings, perMeeting, secondsSince(t0));

    long heapBefore = heapUsedAfterGc();
    Map<String, long[]> histogramBefore = System.getenv("LOAD_HISTOGRAM") == null ? null : histogram();
    List<Future<?>> streams = new ArrayList<>();
    CountDownLatch connected = new CountDownLatch(meetings * perMeeting);
    for (Room room : rooms) {
      for (ApiClient attendee : room.attendees()) {
        streams.add(openStream(room, attendee, connected));
      }
    }
    boolean allConnected = connected.await(120, TimeUnit.SECONDS);
    Thread.sleep(3000);
    long heapIdle = heapUsedAfterGc();
    int open = streamsOpen.get();
    System.out.printf("streams: %d of %d open%s; heap used after GC %d KB before, %d KB with them open%n", open,
        meetings * perMeeting, allConnected ? "" : " (timed out waiting)", heapBefore / 1024, heapIdle / 1024);
    double perConnection = open == 0 ? Double.NaN : (heapIdle - heapBefore) / (double) open;
    if (histogramBefore != null) {
      printGrowth(histogramBefore, histogram(), open);
    }
    System.out.printf("heap per idle connection: %.1f KB%n", perConnection / 1024);

    // Post shares at a fixed rate, round-robin over meetings, from a random attendee of each.
    AtomicInteger accepted = new AtomicInteger();
    AtomicInteger refused = new AtomicInteger();
    AtomicInteger failed = new AtomicInteger();
    ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
    long periodNanos = 1_000_000_000L / sharesPerSecond;
    // A warm-up at the same rate first (the server's JIT compiler is still busy after setup); only
    // the shares after it are counted and timed.
    long warmup = (long) sharesPerSecond * WARMUP_SECONDS;
    long total = warmup + (long) sharesPerSecond * seconds;
    AtomicLong measuredStart = new AtomicLong();
    AtomicLong sent = new AtomicLong();
    CountDownLatch done = new CountDownLatch(1);
    ticker.scheduleAtFixedRate(() -> {
      long n = sent.getAndIncrement();
      if (n >= total) {
        done.countDown();
        return;
      }
      Room room = rooms.get((int) (n % rooms.size()));
      ApiClient poster = room.attendees().get(random.nextInt(room.attendees().size()));
      String tag = tag(n);
      String text = SENTENCES[(int) (n % SENTENCES.length)] + " " + tag;
      boolean measured = n >= warmup;
      if (n == warmup) {
        measuredStart.set(System.nanoTime());
      }
      if (measured) {
        sentAt.put(tag, System.nanoTime());
      }
      poster.callAsync("POST", "/api/sessions/" + room.sessionId() + "/shares", Map.of("text", text))
          .whenComplete((status, error) -> {
            if (!measured) {
              if (error != null || status / 100 != 2) {
                failed.incrementAndGet();
              }
            } else if (error != null) {
              failed.incrementAndGet();
            } else if (status / 100 == 2) {
              accepted.incrementAndGet();
            } else {
              refused.incrementAndGet();
            }
          });
    }, 0, periodNanos, TimeUnit.NANOSECONDS);
    done.await();
    ticker.shutdownNow();
    double postSeconds = secondsSince(measuredStart.get());
    Thread.sleep(5000); // let the last deliveries arrive
    long expected = (long) accepted.get() * perMeeting;

    long[] counts = new long[latencyBuckets.length];
    for (int i = 0; i < counts.length; i++) {
      counts[i] = latencyBuckets[i].get();
    }
    long counted = total - warmup;
    System.out.printf("shares: %d sent in %.1f s (%.1f/s) after a %d s warm-up, %d accepted, %d refused, %d failed%n",
        counted, postSeconds, counted / postSeconds, WARMUP_SECONDS, accepted.get(), refused.get(), failed.get());
    System.out.printf("deliveries: %d of %d expected (%.1f/s); stream errors %d%n", delivered.get(), expected,
        delivered.get() / postSeconds, streamErrors.get());
    System.out.printf("delivery latency: p50 %d ms, p95 %d ms, p99 %d ms, max %d ms%n", percentile(counts, 0.50),
        percentile(counts, 0.95), percentile(counts, 0.99), percentile(counts, 1.0));
    boolean ok = failed.get() == 0 && refused.get() == 0 && streamErrors.get() == 0 && delivered.get() >= expected;
    for (Future<?> f : streams) {
      f.cancel(true);
    }
    System.out.println(ok ? "result: no errors" : "result: ERRORS (see counts above)");
    return ok;
  }

  private List<Room> setUp() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<Room>> futures = new ArrayList<>();
    for (int m = 0; m < meetings; m++) {
      int meeting = m;
      futures.add(pool.submit(() -> setUpMeeting(meeting)));
    }
    List<Room> rooms = new ArrayList<>();
    for (Future<Room> f : futures) {
      rooms.add(f.get());
    }
    pool.shutdown();
    return rooms;
  }

  private Room setUpMeeting(int m) throws IOException, InterruptedException {
    List<ApiClient> people = new ArrayList<>();
    for (int i = 0; i < perMeeting; i++) {
      people.add(signUpAndIn(NAMES[(m + i) % NAMES.length] + " " + (char) ('A' + (i % 26)) + "."));
    }
    ApiClient secretary = people.get(0);
    String groupId = secretary.call("POST", "/api/groups", Map.of("name", "Load group " + m)).path("id").asString();
    for (ApiClient member : people.subList(1, people.size())) {
      String url = secretary.call("POST", "/api/groups/" + groupId + "/invites", null).path("url").asString();
      String token = url.substring(url.lastIndexOf('/') + 1);
      member.call("POST", "/api/invites/" + token, null);
    }
    String meetingId = secretary.call("POST", "/api/groups/" + groupId + "/meetings", Map.of(
        "title", "Evening meeting " + m, "weekday", 1 + (m % 7), "startTime", "19:00",
        "timeZone", "America/Chicago", "format", "CLOSED")).path("id").asString();
    String sessionId = secretary.call("POST", "/api/meetings/" + meetingId + "/sessions", null)
        .path("sessionId").asString();
    for (ApiClient member : people.subList(1, people.size())) {
      member.call("POST", "/api/sessions/" + sessionId + "/join", Map.of());
    }
    JsonNode attendees = secretary.call("GET", "/api/sessions/" + sessionId + "/attendees", null);
    for (JsonNode a : attendees) {
      if (a.path("state").asString("").equals("WAITING")) {
        secretary.call("POST", "/api/sessions/" + sessionId + "/attendees/" + a.path("accountId").asString() + "/admit",
            null);
      }
    }
    return new Room(sessionId, people);
  }

  private ApiClient signUpAndIn(String displayName) throws IOException, InterruptedException {
    ApiClient client = new ApiClient(http, base);
    String passphrase = "quiet harbor " + Long.toString(random.nextLong() & Long.MAX_VALUE, 36) + " lantern";
    client.refreshCsrf();
    JsonNode created = client.call("POST", "/api/accounts", Map.of("displayName", displayName, "passphrase", passphrase));
    client.refreshCsrf();
    client.call("POST", "/api/session", Map.of("signInName", created.path("signInName").asString(),
        "passphrase", passphrase));
    client.refreshCsrf(); // sign-in gives the session a new id and a new CSRF token
    return client;
  }

  private Future<?> openStream(Room room, ApiClient attendee, CountDownLatch connected) {
    HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/sessions/" + room.sessionId() + "/stream"))
        .header("Accept", "text/event-stream").header("Cookie", attendee.cookie()).GET().build();
    HttpClient reader = streamClients[Math.floorMod(attendee.hashCode(), streamClients.length)];
    return reader.sendAsync(request, HttpResponse.BodyHandlers.fromLineSubscriber(new LineSubscriber(connected)))
        .whenComplete((r, e) -> {
          if (e != null && !(e instanceof java.util.concurrent.CancellationException)) {
            streamErrors.incrementAndGet();
          } else if (r != null && r.statusCode() != 200) {
            streamErrors.incrementAndGet();
          }
        });
  }

  /** Reads one event stream, timing every share it carries. */
  private final class LineSubscriber implements java.util.concurrent.Flow.Subscriber<String> {
    private final CountDownLatch connected;

    LineSubscriber(CountDownLatch connected) {
      this.connected = connected;
    }

    @Override
    public void onSubscribe(java.util.concurrent.Flow.Subscription subscription) {
      streamsOpen.incrementAndGet();
      connected.countDown();
      subscription.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(String line) {
      if (!line.startsWith("data:")) {
        return;
      }
      int at = line.indexOf(" zq");
      if (at < 0) {
        return;
      }
      int end = at + 1;
      while (end < line.length() && Character.isLetter(line.charAt(end))) {
        end++;
      }
      Long start = sentAt.get(line.substring(at + 1, end));
      if (start != null) {
        long ms = (System.nanoTime() - start) / 1_000_000;
        latencyBuckets[(int) Math.min(ms, latencyBuckets.length - 1)].incrementAndGet();
        delivered.incrementAndGet();
      }
    }

    @Override
    public void onError(Throwable throwable) {
      streamsOpen.decrementAndGet();
    }

    @Override
    public void onComplete() {
      streamsOpen.decrementAndGet();
    }
  }

  /** A tag of letters only ("zq" + base-26), so that the guard sees no number in the share. */
  static String tag(long n) {
    StringBuilder b = new StringBuilder("zq");
    do {
      b.append((char) ('a' + (n % 26)));
      n /= 26;
    } while (n > 0);
    return b.toString();
  }

  private static long percentile(long[] counts, double p) {
    long total = Arrays.stream(counts).sum();
    if (total == 0) {
      return -1;
    }
    long rank = (long) Math.ceil(p * total);
    long seen = 0;
    for (int i = 0; i < counts.length; i++) {
      seen += counts[i];
      if (seen >= rank) {
        return i;
      }
    }
    return counts.length - 1;
  }

  /** The server's heap in use after a full GC, read with jcmd (same machine). */
  private long heapUsedAfterGc() throws IOException, InterruptedException {
    run("jcmd", Long.toString(serverPid), "GC.run");
    Thread.sleep(500);
    run("jcmd", Long.toString(serverPid), "GC.run");
    String info = run("jcmd", Long.toString(serverPid), "GC.heap_info");
    // e.g. " garbage-first heap   total 262144K, used 38123K [0x..."
    int used = info.indexOf("used ");
    int k = info.indexOf('K', used);
    if (used < 0 || k < 0) {
      throw new IllegalStateException("could not read the heap from jcmd GC.heap_info");
    }
    return Long.parseLong(info.substring(used + 5, k).trim()) * 1024;
  }

  /** Class name to {instances, bytes} from {@code jcmd GC.class_histogram} (which runs a full GC first). */
  private Map<String, long[]> histogram() throws IOException, InterruptedException {
    Map<String, long[]> classes = new java.util.HashMap<>();
    for (String line : run("jcmd", Long.toString(serverPid), "GC.class_histogram").split("\n")) {
      String[] f = line.trim().split("\\s+");
      if (f.length >= 4 && f[0].endsWith(":")) {
        classes.put(f[3], new long[] {Long.parseLong(f[1]), Long.parseLong(f[2])});
      }
    }
    return classes;
  }

  /** Prints the classes whose heap grew most while the streams opened, per open stream (a diagnostic). */
  private static void printGrowth(Map<String, long[]> before, Map<String, long[]> after, int streams) {
    System.out.println("heap growth per open stream, by class (LOAD_HISTOGRAM):");
    after.entrySet().stream()
        .map(e -> Map.entry(e.getKey(), new long[] {
            e.getValue()[0] - before.getOrDefault(e.getKey(), new long[2])[0],
            e.getValue()[1] - before.getOrDefault(e.getKey(), new long[2])[1]}))
        .sorted((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1]))
        .limit(20)
        .forEach(e -> System.out.printf("  %8.1f bytes %6.2f objects  %s%n", e.getValue()[1] / (double) streams,
            e.getValue()[0] / (double) streams, e.getKey()));
  }

  private static String run(String... command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes());
    p.waitFor();
    return out;
  }

  private static double secondsSince(long nanos) {
    return (System.nanoTime() - nanos) / 1e9;
  }
}

package io.highbar.loadtool;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * The command line. Every loop of the tool is bounded by these values (duration + grace, idle hold, burst
 * timeout), and every target is checked by {@link LoopbackGuard} when parsed.
 */
public record Options(
        Mode mode,
        URI gateway,
        String kafka,
        int kafkaSamples,
        int candidates,
        double rate,
        Duration duration,
        Duration warmup,
        Duration grace,
        int answersPerCandidate,
        String username,
        String password,
        String competencyId,
        boolean json,
        int idleStreams,
        Duration idleHold,
        int idleSample,
        URI metrics,
        int burst,
        int streamsPerSession,
        Path latencyLog,
        int stalledStreams) {

    public enum Mode { STEADY, IDLE_STREAMS, BURST }

    static final int MAX_CANDIDATES = 5_000;
    static final int MAX_IDLE_STREAMS = 20_000;
    static final int MAX_BURST = 5_000;
    static final int MAX_STALLED_STREAMS = 20;
    static final Duration MAX_DURATION = Duration.ofHours(1);

    public static final String USAGE = """
            usage: java -jar load-tool.jar [options]

            Steady load (default): N simulated candidates answer through the gateway at an overall target rate.
              --gateway URL              gateway base URL (default http://localhost:8080)
              --candidates N             concurrent candidates, one session each (default 50, max 5000)
              --rate R                   target answers per second over all candidates (default 10)
              --duration D               how long to send answers after the warmup (default 30s, max 1h)
              --warmup D                 answers sent before this are not measured (default 5s)
              --grace D                  wait this long after the end for outstanding evaluations (default 30s)
              --answers-per-candidate N  stop a candidate after N answers (default: no cap)
              --username U --password P  sign in first (POST /api/auth/token); a 404 there means no sign-in
              --competency ID            competency of the sessions (default insist-on-highest-standards)
              --json                     also print one machine-readable JSON summary line at the end
              --latency-log FILE         write every accepted answer to FILE as CSV (sent at, in ms since the
                                         epoch; latency in ms; outcome; measured): where the slow ones sit in time
              --stalled-streams K        beside each candidate's stream, K more streams of its session that are
                                         requested and never read (1 KB receive buffer; default 0, max 20): what
                                         stalled clients cost the candidates' latency (plain-HTTP gateway only)

            Raw Kafka round trip on the same broker, for comparison (runs before the load):
              --kafka HOST:PORT          bootstrap servers (default localhost:9092)
              --kafka-samples N          round trips to measure (default 200; 0 skips the Kafka part)

            Other modes (instead of steady load):
              --idle-streams N           open N sessions with an idle SSE stream each and hold them
              --idle-hold D              how long to hold them (default 60s)
              --idle-sample N            then answer in N of them and time the evaluation's arrival (default 20)
              --streams-per-session K    open the N idle streams on N/K sessions, K streams each (default 1): the
                                         sample answers then time one event's delivery to every stream of a session
              --metrics URL              interview-service heap metric, read if reachable, with the signed-in
                                         token (default
                                         http://localhost:8081/actuator/metrics/jvm.memory.used?tag=area:heap)
              --burst N                  N sessions answer at once; reports the drain time until all are evaluated

            Durations: 500ms, 30s, 2m, 1h (a bare number is seconds). Only loopback targets are accepted.
            """;

    public static Options parse(String... args) {
        Mode mode = Mode.STEADY;
        String gateway = "http://localhost:8080";
        String kafka = "localhost:9092";
        int kafkaSamples = 200;
        int candidates = 50;
        double rate = 10;
        Duration duration = Duration.ofSeconds(30);
        Duration warmup = Duration.ofSeconds(5);
        Duration grace = Duration.ofSeconds(30);
        int answersPerCandidate = 0;
        String username = null;
        String password = null;
        String competency = "insist-on-highest-standards";
        boolean json = false;
        int idleStreams = 0;
        Duration idleHold = Duration.ofSeconds(60);
        int idleSample = 20;
        int stalledStreams = 0;
        String metrics = "http://localhost:8081/actuator/metrics/jvm.memory.used?tag=area:heap";
        int burst = 0;
        int streamsPerSession = 1;
        Path latencyLog = null;

        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String name = arg;
            String inline = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                name = arg.substring(0, eq);
                inline = arg.substring(eq + 1);
            }
            if (name.equals("--json")) {
                json = true;
                continue;
            }
            if (name.equals("--help") || name.equals("-h")) {
                throw new HelpRequested();
            }
            if (!KNOWN.contains("|" + name + "|")) {
                throw new UsageException("unknown option '" + arg + "' (see --help)");
            }
            String value;
            if (inline != null) {
                value = inline;
            } else {
                if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
                    throw new UsageException(name + " needs a value");
                }
                value = args[++i];
            }
            switch (name) {
                case "--gateway" -> gateway = value;
                case "--kafka" -> kafka = value;
                case "--kafka-samples" -> kafkaSamples = integer(name, value, 0, 100_000);
                case "--candidates" -> candidates = integer(name, value, 1, MAX_CANDIDATES);
                case "--rate" -> rate = positiveNumber(name, value);
                case "--duration" -> duration = duration(name, value, false);
                case "--warmup" -> warmup = duration(name, value, true);
                case "--grace" -> grace = duration(name, value, true);
                case "--answers-per-candidate" -> answersPerCandidate = integer(name, value, 1, 1_000_000);
                case "--username" -> username = value;
                case "--password" -> password = value;
                case "--competency" -> competency = value;
                case "--idle-streams" -> {
                    idleStreams = integer(name, value, 1, MAX_IDLE_STREAMS);
                    mode = exclusive(mode, Mode.IDLE_STREAMS);
                }
                case "--idle-hold" -> idleHold = duration(name, value, false);
                case "--idle-sample" -> idleSample = integer(name, value, 0, MAX_IDLE_STREAMS);
                case "--metrics" -> metrics = value;
                case "--streams-per-session" -> streamsPerSession = integer(name, value, 1, MAX_IDLE_STREAMS);
                case "--latency-log" -> latencyLog = writableFile(name, value);
                case "--stalled-streams" -> stalledStreams = integer(name, value, 0, MAX_STALLED_STREAMS);
                case "--burst" -> {
                    burst = integer(name, value, 1, MAX_BURST);
                    mode = exclusive(mode, Mode.BURST);
                }
                default -> throw new IllegalStateException(name);
            }
        }
        if ((username == null) != (password == null)) {
            throw new UsageException("--username and --password go together");
        }
        if (competency.isBlank()) {
            throw new UsageException("--competency must not be blank");
        }
        URI gatewayUri = LoopbackGuard.requireLoopbackUrl("--gateway", stripSlash(gateway));
        if (stalledStreams > 0 && mode != Mode.STEADY) {
            throw new UsageException("--stalled-streams is for steady load, not with --idle-streams or --burst");
        }
        if (stalledStreams > 0 && !"http".equalsIgnoreCase(gatewayUri.getScheme())) {
            throw new UsageException("--stalled-streams needs a plain http:// gateway (its streams are raw sockets)");
        }
        URI metricsUri = LoopbackGuard.requireLoopbackUrl("--metrics", metrics);
        if (kafkaSamples > 0) {
            LoopbackGuard.requireLoopbackBootstrap("--kafka", kafka);
        }
        return new Options(mode, gatewayUri, kafka, kafkaSamples, candidates, rate, duration, warmup, grace,
                answersPerCandidate, username, password, competency, json, idleStreams, idleHold,
                Math.min(idleSample, Math.max(idleStreams, 0)), metricsUri, burst, streamsPerSession, latencyLog,
                stalledStreams);
    }

    public boolean signIn() {
        return username != null;
    }

    /** The whole steady run, sending plus grace: the tool never runs longer than this (plus setup). */
    public Duration steadyBound() {
        return warmup.plus(duration).plus(grace);
    }

    /** {@code 500ms}, {@code 30s}, {@code 2m30s}: durations as the options take them. */
    public static String format(Duration d) {
        if (d.toMillis() % 1000 != 0) {
            return d.toMillis() + "ms";
        }
        long s = d.toSeconds();
        if (s >= 60 && s % 60 == 0) {
            return s / 60 + "m";
        }
        return s >= 60 ? s / 60 + "m" + s % 60 + "s" : s + "s";
    }

    private static final String KNOWN = "|--gateway|--kafka|--kafka-samples|--candidates|--rate|--duration"
            + "|--warmup|--grace|--answers-per-candidate|--username|--password|--competency|--idle-streams"
            + "|--idle-hold|--idle-sample|--metrics|--burst|--streams-per-session|--latency-log|--stalled-streams|";

    /** Thrown for --help: the caller prints {@link #USAGE} and exits 0. */
    public static final class HelpRequested extends RuntimeException {
        HelpRequested() {
            super("help");
        }
    }

    private static Mode exclusive(Mode current, Mode wanted) {
        if (current != Mode.STEADY && current != wanted) {
            throw new UsageException("--idle-streams and --burst are separate modes: give one of them");
        }
        return wanted;
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** Checked when parsed, so a typo in the folder fails before the run rather than after it. */
    static Path writableFile(String name, String value) {
        Path file;
        try {
            file = Path.of(value).toAbsolutePath();
        } catch (java.nio.file.InvalidPathException e) {
            throw new UsageException(name + ": '" + value + "' is not a file name");
        }
        Path folder = file.getParent();
        if (java.nio.file.Files.isDirectory(file) || folder == null || !java.nio.file.Files.isDirectory(folder)
                || !java.nio.file.Files.isWritable(folder)) {
            throw new UsageException(name + ": cannot write '" + value + "' (its folder must exist and be writable)");
        }
        return file;
    }

    static int integer(String name, String value, int min, int max) {
        int n;
        try {
            n = Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new UsageException(name + ": '" + value + "' is not a whole number");
        }
        if (n < min || n > max) {
            throw new UsageException(name + " must be between " + min + " and " + max + ", was " + n);
        }
        return n;
    }

    static double positiveNumber(String name, String value) {
        double d;
        try {
            d = Double.parseDouble(value.trim());
        } catch (NumberFormatException e) {
            throw new UsageException(name + ": '" + value + "' is not a number");
        }
        if (!(d > 0) || Double.isInfinite(d) || d > 100_000) {
            throw new UsageException(name + " must be greater than 0 and at most 100000, was " + value);
        }
        return d;
    }

    /** {@code 500ms}, {@code 30s}, {@code 2m}, {@code 1h}, or a bare number of seconds. */
    static Duration duration(String name, String value, boolean zeroAllowed) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        Duration d;
        try {
            if (v.endsWith("ms")) {
                d = Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2)));
            } else if (v.endsWith("s")) {
                d = Duration.ofSeconds(Long.parseLong(v.substring(0, v.length() - 1)));
            } else if (v.endsWith("m")) {
                d = Duration.ofMinutes(Long.parseLong(v.substring(0, v.length() - 1)));
            } else if (v.endsWith("h")) {
                d = Duration.ofHours(Long.parseLong(v.substring(0, v.length() - 1)));
            } else {
                d = Duration.ofSeconds(Long.parseLong(v));
            }
        } catch (NumberFormatException e) {
            throw new UsageException(name + ": '" + value + "' is not a duration (e.g. 500ms, 30s, 2m)");
        }
        if (d.isNegative() || (!zeroAllowed && d.isZero())) {
            throw new UsageException(name + " must be " + (zeroAllowed ? "zero or more" : "more than zero")
                    + ", was " + value);
        }
        if (d.compareTo(MAX_DURATION) > 0) {
            throw new UsageException(name + " must be at most 1h, was " + value);
        }
        return d;
    }
}

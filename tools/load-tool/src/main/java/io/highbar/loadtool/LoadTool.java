package io.highbar.loadtool;

import java.io.PrintStream;
import java.net.http.HttpClient;
import java.time.Duration;

/** Entry point: parses the options, checks the targets are loopback, runs the chosen mode, prints. */
public final class LoadTool {

    private LoadTool() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (Options.HelpRequested e) {
            out.print(Options.USAGE);
            return 0;
        } catch (UsageException e) {
            err.println("load-tool: " + e.getMessage());
            return 2;
        }
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        Gateway gateway = new Gateway(options.gateway(), http);
        Corpus corpus = Corpus.load();
        try {
            Report report = switch (options.mode()) {
                case STEADY -> new SteadyRun(options, gateway, corpus).run(out);
                case BURST -> new BurstRun(options, gateway, corpus).run(out);
                case IDLE_STREAMS -> new IdleStreamsRun(options, gateway, corpus).run(out);
            };
            if (options.json()) {
                out.println(report.json());
            }
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("load-tool: interrupted");
            return 1;
        }
    }
}

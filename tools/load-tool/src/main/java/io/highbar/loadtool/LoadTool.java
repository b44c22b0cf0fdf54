package io.highbar.loadtool;

/** Entry point: parses the options and runs the chosen mode. */
public final class LoadTool {

    private LoadTool() {
    }

    public static void main(String[] args) {
        try {
            Options.parse(args);
        } catch (Options.HelpRequested e) {
            System.out.print(Options.USAGE);
        } catch (UsageException e) {
            System.err.println("load-tool: " + e.getMessage());
            System.exit(2);
        }
    }
}

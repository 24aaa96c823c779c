package org.bertopic4j.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Loads a page in Debian's headless Chromium, offline (every host name resolves to nothing), and
 * reports what happened: the console messages, the URLs the page asked the network for (from the
 * net log, leaving out the browser's own background requests, whose initiator is not a page), and
 * the screenshot.
 */
final class HeadlessChromium {
    static final Path BINARY = Path.of("/usr/bin/chromium");

    /**
     * What one page load produced.
     *
     * @param consoleMessages the page's console messages (errors, warnings, CSP violations, logs)
     * @param pageRequests URLs the page requested that are not file: or data: URLs
     * @param screenshot the PNG written
     */
    record Load(List<String> consoleMessages, List<String> pageRequests, Path screenshot) {
    }

    private HeadlessChromium() {
    }

    static boolean available() {
        return Files.isExecutable(BINARY);
    }

    static Load load(Path page, Path workDir) throws IOException, InterruptedException {
        Path netLog = workDir.resolve("net-log.json");
        Path shot = workDir.resolve("screenshot.png");
        Path stderr = workDir.resolve("chromium-stderr.txt");
        List<String> command = List.of(BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-extensions", "--user-data-dir=" + workDir.resolve("profile"),
                "--host-resolver-rules=MAP * ~NOTFOUND", "--log-net-log=" + netLog, "--enable-logging=stderr",
                "--v=0", "--window-size=1280,1600", "--screenshot=" + shot, page.toUri().toString());
        Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(stderr.toFile()).start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("chromium did not finish within 60 s");
        }
        List<String> console = new ArrayList<>();
        for (String line : Files.readAllLines(stderr, StandardCharsets.UTF_8)) {
            int at = line.indexOf(":CONSOLE");
            if (at >= 0) {
                console.add(line.substring(at));
            }
        }
        return new Load(console, pageRequests(netLog), shot);
    }

    /** URLs of URL_REQUEST_START_JOB events started by a page (initiator other than "not an origin"). */
    private static List<String> pageRequests(Path netLog) throws IOException {
        JsonNode root = new ObjectMapper().readTree(netLog.toFile());
        Map<Integer, String> eventNames = new HashMap<>();
        JsonNode types = root.path("constants").path("logEventTypes");
        types.fieldNames().forEachRemaining(name -> eventNames.put(types.get(name).asInt(), name));
        List<String> out = new ArrayList<>();
        for (JsonNode event : root.path("events")) {
            if (!"URL_REQUEST_START_JOB".equals(eventNames.get(event.path("type").asInt()))) {
                continue;
            }
            JsonNode params = event.path("params");
            String url = params.path("url").asText();
            if (url.isEmpty()) {
                continue; // the job's end event, which repeats no URL
            }
            boolean browserOwn = "not an origin".equals(params.path("initiator").asText())
                    && !params.path("network_isolation_key").asText().contains("file://");
            if (!browserOwn && !url.startsWith("file:") && !url.startsWith("data:")) {
                out.add(url);
            }
        }
        return out;
    }
}

package dev.eager.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Loads a rendered report in headless Chromium and asks the page itself, once loaded, which images
 * it could not show (not complete, or no pixels) and which sections it draws empty or flat. The
 * report has no script (it works offline and is trusted as plain HTML), so the check runs on a copy
 * with one appended; {@code --dump-dom} prints the DOM with the verdict written into it, after
 * {@code --virtual-time-budget} has let every image load. A screenshot of the first screen is kept.
 *
 * <p>By hand: {@code chromium --headless --no-sandbox --screenshot=first.png --window-size=1320,1000
 * file:///path/to/report/index.html}.
 */
final class ChromiumCheck {
    /** Where Chromium is looked for. */
    static final String WHERE = "$CHROMIUM, chromium, chromium-browser or google-chrome on the PATH";
    private static final Pattern VERDICT = Pattern.compile("<pre id=\"page-check\">(OK|PROBLEMS) (\\d+) images, (\\d+) sections(.*?)</pre>",
            Pattern.DOTALL);
    private static final String SCRIPT = """
            <script>
            window.addEventListener('load', function () {
              var problems = [];
              var images = document.images;
              for (var i = 0; i < images.length; i++) {
                if (!images[i].complete || images[i].naturalWidth === 0) {
                  problems.push('missing image ' + images[i].getAttribute('src'));
                }
              }
              var sections = document.querySelectorAll('section');
              for (var j = 0; j < sections.length; j++) {
                var s = sections[j];
                var heading = s.querySelector('h2');
                var text = s.innerText.replace(heading ? heading.innerText : '', '').trim();
                if (text === '' && s.querySelectorAll('img').length === 0) {
                  problems.push('empty section #' + s.id);
                }
                if (s.getBoundingClientRect().height < 60) {
                  problems.push('section #' + s.id + ' drawn ' + s.getBoundingClientRect().height + ' px high');
                }
              }
              var out = document.createElement('pre');
              out.id = 'page-check';
              out.textContent = (problems.length ? 'PROBLEMS ' : 'OK ') + images.length + ' images, ' + sections.length
                  + ' sections' + (problems.length ? ': ' + problems.join('; ') : '');
              document.body.appendChild(out);
            });
            </script>
            """;

    private final Path binary;

    private ChromiumCheck(Path binary) {
        this.binary = binary;
    }

    /** What the browser said, and the screenshot of the first screen. */
    record Result(boolean ok, int images, int sections, String problems, Path screenshot) {
    }

    /** Chromium, if this machine has it. */
    static Optional<ChromiumCheck> find() {
        List<Path> candidates = new ArrayList<>();
        String env = System.getenv("CHROMIUM");
        if (env != null && !env.isBlank()) {
            candidates.add(Path.of(env));
        }
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(java.io.File.pathSeparator)) {
            for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
                candidates.add(Path.of(dir, name));
            }
        }
        return candidates.stream().filter(Files::isExecutable).findFirst().map(ChromiumCheck::new);
    }

    /** Checks the report in {@code report}, working in {@code work} (a copy, the screenshot). */
    Result check(Path report, Path work) throws IOException, InterruptedException {
        Files.createDirectories(work);
        try (Stream<Path> files = Files.list(report)) {
            for (Path f : files.toList()) {
                Files.copy(f, work.resolve(f.getFileName()));
            }
        }
        String html = Files.readString(work.resolve("index.html"));
        Path page = work.resolve("check.html");
        Files.writeString(page, html.replace("</body>", SCRIPT + "</body>"));
        String dom = chromium(work, "--virtual-time-budget=15000", "--dump-dom", page.toUri().toString());
        Path screenshot = work.resolve("first-screen.png");
        chromium(work, "--screenshot=" + screenshot, "--window-size=1320,1000", "--hide-scrollbars",
                work.resolve("index.html").toUri().toString());
        Matcher m = VERDICT.matcher(dom);
        if (!m.find()) {
            return new Result(false, 0, 0, "Chromium printed no verdict: " + dom.substring(0, Math.min(400, dom.length())),
                    screenshot);
        }
        return new Result(m.group(1).equals("OK"), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                m.group(4).replaceFirst("^: ", "").replace("&amp;", "&"), screenshot);
    }

    private String chromium(Path work, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--allow-file-access-from-files", "--no-first-run", "--user-data-dir=" + work.resolve(".chromium")));
        command.addAll(List.of(args));
        Path out = work.resolve(".chromium-out");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile())
                .redirectError(work.resolve(".chromium-err").toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("chromium did not finish within 120 s: " + command);
        }
        return Files.readString(out);
    }
}
